package org.diffuscope.core.corrector;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Mixtures;
import org.diffuscope.core.target.GaussianMixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each corrector leaves p_t invariant, pulls a wrong start towards it, and spends the score evaluations it says. */
class CorrectorInvarianceTest {

    static final int N = 20_000;
    static final double T = 0.3;
    static final DiffusedTarget OU = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));

    static CorrectorCall call(Corrector c) {
        return c.plan(c.needsSmoothness(false) ? OU.smoothness(T) : Double.NaN, 5, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ula", "ulmc", "langevin-snr", "mala"})
    void leavesPtInvariant(String name) {
        Corrector c = Correctors.byName(name);
        Particles exact = OU.sample(T, N, 7);
        try (CorrectorHarness h = new CorrectorHarness(OU, c, N, 3, 2)) {
            Particles after = h.run(exact, T, call(c), 6);
            double mean = Mixtures.meanError(after, OU, T);
            double cov = Mixtures.covError(after, OU, T);
            double modes = Mixtures.modeWeightError(after, OU, T);
            // the exact samples themselves sit within 1/sqrt(N); allow 4 (mean), 4 sqrt(2) x kurtosis 2 (cov)
            String numbers = name + ": mean " + mean + ", cov " + cov + ", modes " + modes;
            assertTrue(mean < 4 / Math.sqrt(N), numbers);
            assertTrue(cov < 8 * Math.sqrt(2.0 / N), numbers);
            assertTrue(modes < 4 * 3 * 0.5 / Math.sqrt(N), numbers);
            // ... and the particles did move
            double moved = 0;
            for (int q = 0; q < 2 * N; q++) {
                moved += Math.abs(after.data()[q] - exact.data()[q]) / (2 * N);
            }
            assertTrue(moved > 0.05, name + " moved the particles by only " + moved);
            int perCall = c instanceof Mala ? 6 : 5;
            assertEquals(6L * perCall, h.nfe, "score evaluations");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ula", "ulmc", "mala"})
    void pullsAWrongStartTowardsPt(String name) {
        Corrector c = Correctors.byName(name);
        Particles wrong = OU.sample(T, N, 8);
        for (int q = 0; q < 2 * N; q++) {
            wrong.data()[q] *= 1.3;
        }
        double before = Mixtures.covError(wrong, OU, T);
        try (CorrectorHarness h = new CorrectorHarness(OU, c, N, 4, 2)) {
            Particles after = h.run(wrong, T, call(c), 20);
            double now = Mixtures.covError(after, OU, T);
            assertTrue(now < before / 3, name + ": covariance error " + before + " -> " + now);
        }
    }

    @Test
    void malaAcceptanceIsSaneAndShrinksWithTheStep() {
        double l = OU.smoothness(T);
        Particles exact = OU.sample(T, N, 9);
        double[] rates = new double[3];
        double[] steps = {0.1 / l, 0.5 / l, 3 / l};
        for (int k = 0; k < 3; k++) {
            try (CorrectorHarness h = new CorrectorHarness(OU, new Mala(StepSize.fixed(steps[k])), N, 5, 2)) {
                h.run(exact, T, new CorrectorCall(3, steps[k], Double.NaN), 2);
                rates[k] = (double) h.stepper.acceptances() / h.stepper.proposals();
                assertEquals(2L * 3 * N, h.stepper.proposals());
                assertEquals(2L * 4, h.stepper.logpEvaluations());
            }
        }
        assertTrue(rates[1] > 0.6 && rates[1] < 0.99, "acceptance at 0.5/L: " + rates[1]);
        assertTrue(rates[0] > rates[1] && rates[1] > rates[2], "acceptance must fall as the step grows: "
                + java.util.Arrays.toString(rates));
    }

    @Test
    void ulmcNoiseHasTheStatedJointCovariance() {
        // target N(0, I) under OU: p_t = N(0, I), s(x) = -x. From x = 0 (s = 0) two iterations give
        // x1 = c1 v + zx1, v1 = eta v + zv1, x2 = x1 (1 - c2) + c1 v1 + zx2, whose variance involves Var zx, Cov, Var zv
        GaussianMixture standard = new GaussianMixture(new double[] {1}, new double[][] {{0, 0}},
                new double[][] {{1, 0, 0, 1}});
        DiffusedTarget dt = new DiffusedTarget(standard, ForwardProcess.named("ou"));
        double gamma = 2;
        double step = 0.5;
        UlmcCoefficients k = UlmcCoefficients.of(gamma, step);
        int n = 100_000;
        Particles zero = new Particles(n, 2);
        for (int iterations = 1; iterations <= 2; iterations++) {
            try (CorrectorHarness h = new CorrectorHarness(dt, new UnderdampedLangevin(StepSize.fixed(step), gamma),
                    n, 6, 2)) {
                Particles x = h.run(zero, 0.5, new CorrectorCall(iterations, step, gamma), 1);
                double var = 0;
                for (double v : x.data()) {
                    var += v * v / (2.0 * n);
                }
                double c1 = k.c1();
                double a = 1 - k.c2();
                double want = iterations == 1 ? c1 * c1 + k.varX()
                        : Math.pow(a * c1 + c1 * k.eta(), 2) + a * a * k.varX() + c1 * c1 * k.varV()
                                + 2 * a * c1 * k.cov() + k.varX();
                assertEquals(want, var, 4 * Math.sqrt(2.0 / (2 * n)) * want, iterations + " iteration(s)");
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Particles exact = OU.sample(T, 1000, 10);
        for (String name : new String[] {"ula", "ulmc", "langevin-snr", "mala"}) {
            Corrector c = Correctors.byName(name);
            double[][] got = new double[3][];
            for (int threads = 1; threads <= 3; threads++) {
                try (CorrectorHarness h = new CorrectorHarness(OU, c, 1000, 11, threads)) {
                    got[threads - 1] = h.run(exact, T, call(c), 2).data();
                }
            }
            assertArrayEquals(got[0], got[1], 0.0, name + ": 1 vs 2 threads");
            assertArrayEquals(got[0], got[2], 0.0, name + ": 1 vs 3 threads");
        }
    }

    @Test
    void paperSchedulePlansTotalTimes() {
        double l = 400;
        CorrectorCall ula = OverdampedLangevin.standard().plan(l, 1, true);
        assertEquals(1 / l, ula.iterations() * ula.stepSize(), 1e-15);
        assertEquals(10, ula.iterations());
        CorrectorCall ulmc = UnderdampedLangevin.standard().plan(l, 1, true);
        assertEquals(20, ulmc.friction(), 1e-12);
        assertEquals(1 / 20.0, ulmc.iterations() * ulmc.stepSize(), 1e-15);
        assertTrue(ulmc.stepSize() <= 0.05);
        CorrectorCall fixed = UnderdampedLangevin.standard().plan(l, 3, false);
        assertEquals(new CorrectorCall(3, 0.05, 2), fixed);
        assertEquals(0.5 / l, Mala.standard().plan(l, 1, false).stepSize(), 0);
    }
}
