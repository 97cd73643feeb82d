package org.diffuscope.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.OverdampedLangevin;
import org.diffuscope.core.corrector.StepSize;
import org.diffuscope.core.corrector.UnderdampedLangevin;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.sampler.ExponentialIntegrator;
import org.junit.jupiter.api.Test;

/** science.md §5: ULA at a fixed step 0.05 on a ring of 8 with variance 0.005 blows up; the run reports it. */
class DivergenceTest {

    static final DiffusedTarget TIGHT_RING = new DiffusedTarget(Mixtures.ring8(0.005), ForwardProcess.named("ou"));

    static SamplingRun run(CorrectorSettings corrector) {
        return SamplingRun.builder(TIGHT_RING).predictor(new ExponentialIntegrator()).steps(40).particles(1000)
                .seed(3).threads(2).corrector(corrector).build();
    }

    @Test
    void aTooLargeUlaStepIsReportedNotThrown() {
        // 60 iterations per call: near t-min, where e L(t) ~ 7, (1 - e L)^k overflows within a few steps
        CorrectorSettings ula = new CorrectorSettings(new OverdampedLangevin(StepSize.fixed(0.05)), 60, 1, false);
        try (SamplingRun run = run(ula)) {
            StepResult r = run.solve();
            assertTrue(r.diverged(), "expected a divergence, got " + r);
            Divergence d = r.divergence();
            assertNotNull(d);
            assertEquals(Phase.CORRECTOR, d.phase());
            assertTrue(d.count() > 0 && d.count() <= 1000, "count " + d.count());
            assertTrue(d.step() > 0 && d.step() <= 40, "step " + d.step());
            assertEquals(run.config().grid().time(d.step()), d.t(), 0.0, "t is the grid time of the step");
            assertTrue(d.message().contains("step " + d.step()) && d.message().contains("smaller"), d.message());
            assertEquals(d, run.divergence());
            assertFalse(run.isFinished());
            // the run keeps its last finite state, refuses to go on, and can be re-initialised
            assertTrue(Arrays.stream(run.particles().data()).allMatch(Double::isFinite), "no NaN output");
            assertThrows(IllegalStateException.class, run::step);
            run.init();
            assertEquals(null, run.divergence());
            assertEquals(0, run.stepIndex());
        }
    }

    @Test
    void ulmcAtItsDefaultsIsFineOnTheSameTarget() {
        CorrectorSettings ulmc = new CorrectorSettings(UnderdampedLangevin.standard(), 20, 1, false);
        try (SamplingRun run = run(ulmc)) {
            StepResult r = run.solve();
            assertFalse(r.diverged(), String.valueOf(r.divergence()));
            assertTrue(run.isFinished());
            double radius = Mixtures.meanRadius(run.particles());
            assertEquals(2.0, radius, 0.1, "ULMC keeps the ring");
        }
    }
}
