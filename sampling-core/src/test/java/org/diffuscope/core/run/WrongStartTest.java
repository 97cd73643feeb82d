package org.diffuscope.core.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.UnderdampedLangevin;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.sampler.ExponentialIntegrator;
import org.diffuscope.core.sampler.ExponentialIntegratorSde;
import org.diffuscope.core.sampler.Predictor;
import org.diffuscope.core.schedule.TimeGrid;
import org.junit.jupiter.api.Test;

/**
 * science.md §8.2: with t-max = 0.7 the prior N(0, I) is far from p_{t-max}; the ODE transports that error to the
 * end (the ring comes out too small), the SDE and an underdamped corrector remove most of it.
 */
class WrongStartTest {

    static final int N = 5000;
    static final DiffusedTarget RING = new DiffusedTarget(Mixtures.ring8(0.02), ForwardProcess.named("ou"));
    static final TimeGrid GRID = TimeGrid.logSnr(RING.process(), 1e-3, 0.7, 60);

    static double radius(Predictor predictor, CorrectorSettings corrector) {
        try (SamplingRun run = SamplingRun.builder(RING).predictor(predictor).grid(GRID).corrector(corrector)
                .particles(N).seed(5).threads(2).build()) {
            run.solve();
            return Mixtures.meanRadius(run.particles());
        }
    }

    @Test
    void theOdeKeepsTheBiasAndTheCorrectorRemovesIt() {
        Particles exact = RING.sample(GRID.tMin(), 50_000, 6);
        double want = Mixtures.meanRadius(exact);
        // sd of the radius ~0.15: the mean radius of N particles has sd ~0.15/sqrt(N) ~ 0.002
        double noise = 0.15 / Math.sqrt(N);
        double ode = radius(new ExponentialIntegrator(), CorrectorSettings.none());
        double corrected = radius(new ExponentialIntegrator(),
                CorrectorSettings.of(UnderdampedLangevin.standard()).withSteps(2));
        double sde = radius(new ExponentialIntegratorSde(), CorrectorSettings.none());
        String numbers = "exact " + want + ", ode-ei " + ode + ", ode-ei + ulmc " + corrected + ", sde-ei " + sde;
        double bias = Math.abs(ode - want);
        assertTrue(bias > 10 * noise, "the ODE should keep a clear bias: " + numbers);
        assertTrue(Math.abs(corrected - want) < bias / 3, "ULMC should remove most of it: " + numbers);
        assertTrue(Math.abs(sde - want) < bias / 2, "the SDE should remove much of it: " + numbers);
    }
}
