package org.diffuscope.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.sampler.AffinePredictor;
import org.diffuscope.core.sampler.EulerMaruyama;
import org.diffuscope.core.sampler.Predictors;
import org.diffuscope.core.target.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** cli.md "Randomness": switching the corrector on or off leaves the prior and the predictor's noise unchanged. */
class RandomnessContractTest {

    static final int N = 600;
    static final DiffusedTarget OU = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));

    static SamplingRun run(String predictor, String corrector, Prior prior, int threads) {
        return SamplingRun.builder(OU).predictor(Predictors.byName(predictor)).steps(15).particles(N).seed(77)
                .prior(prior).threads(threads).corrector(CorrectorSettings.of(Correctors.byName(corrector)))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ula", "ulmc", "langevin-snr", "mala"})
    void theCorrectorDoesNotChangeThePrior(String corrector) {
        for (Prior prior : Prior.values()) {
            try (SamplingRun off = run("sde-em", "none", prior, 1); SamplingRun on = run("sde-em", corrector, prior, 2)) {
                off.init();
                on.init();
                assertArrayEquals(off.particles().data(), on.particles().data(), 0.0, prior + " prior");
            }
        }
    }

    /**
     * Recovers the noise z_i that sde-em injected at each step from the states around it,
     * {@code z = (x' - a x - b s(x, t)) / c}, and returns it per step.
     */
    static List<double[]> injectedNoise(String corrector) {
        AffinePredictor em = new EulerMaruyama();
        List<double[]> noise = new ArrayList<>();
        try (SamplingRun run = run("sde-em", corrector, Prior.NORMAL, 2)) {
            double[] before = new double[N * 2];
            double[] tBefore = new double[1];
            double[] s = new double[N * 2];
            run.addObserver(e -> {
                if (e.phase() == Phase.PREDICTOR) {
                    double[] after = new double[N * 2];
                    e.particles().copyTo(after);
                    AffinePredictor.Affine k = em.affine(OU.process(), tBefore[0], e.t());
                    Evaluator ev = OU.marginal(tBefore[0]).evaluator();
                    ev.scoreRows(before, 0, N, s);
                    double[] z = new double[N * 2];
                    for (int q = 0; q < z.length; q++) {
                        z[q] = (after[q] - k.a() * before[q] - k.b() * s[q]) / k.c();
                    }
                    noise.add(z);
                }
                e.particles().copyTo(before);
                tBefore[0] = e.t();
            });
            assertFalse(run.solve().diverged());
        }
        return noise;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ula", "ulmc", "langevin-snr", "mala"})
    void theCorrectorDoesNotChangeThePredictorNoise(String corrector) {
        List<double[]> off = injectedNoise("none");
        List<double[]> on = injectedNoise(corrector);
        assertEquals(15, off.size());
        assertEquals(15, on.size());
        for (int i = 0; i < off.size(); i++) {
            assertArrayEquals(off.get(i), on.get(i), 1e-7, "noise of step " + i + " with " + corrector);
            // the recovered noise really is the standard normal draw, not something trivially equal
            double meanSquare = 0;
            for (double z : off.get(i)) {
                meanSquare += z * z / off.get(i).length;
            }
            assertEquals(1.0, meanSquare, 5 * Math.sqrt(2.0 / off.get(i).length), "E z^2 at step " + i);
        }
        // different steps get different noise
        assertFalse(java.util.Arrays.equals(off.get(0), off.get(1)));
    }

    @Test
    void theCorrectorChangesTheResult() {
        try (SamplingRun off = run("sde-em", "none", Prior.NORMAL, 1); SamplingRun on = run("sde-em", "ula", Prior.NORMAL, 1)) {
            off.solve();
            on.solve();
            assertFalse(java.util.Arrays.equals(off.particles().data(), on.particles().data()));
        }
    }
}
