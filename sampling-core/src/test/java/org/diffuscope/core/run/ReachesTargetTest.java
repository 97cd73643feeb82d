package org.diffuscope.core.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.corrector.SmoothnessCache;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.sampler.ExponentialIntegrator;
import org.diffuscope.core.sampler.Predictors;
import org.diffuscope.core.sampler.ProbabilityFlowHeun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every predictor x corrector, and every predictor on every process, reaches p_{t-min} of a 3-component mixture:
 * mean, covariance and mode weights within tolerances derived from the particle count (fixed seeds).
 */
class ReachesTargetTest {

    static final int N = 4000;
    static final DiffusedTarget OU = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));
    static final SmoothnessCache L_OU = new SmoothnessCache(OU);

    static Stream<Arguments> predictorsTimesCorrectors() {
        return Correctors.NAMES.stream().flatMap(c -> Predictors.NAMES.stream().map(p -> Arguments.of(p, c)));
    }

    static Stream<Arguments> predictorsTimesProcesses() {
        return Stream.of("vp-linear", "vp-cosine", "ve").flatMap(
                process -> Predictors.NAMES.stream().map(p -> Arguments.of(p, process)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("predictorsTimesCorrectors")
    void reachesTheTarget(String predictor, String corrector) {
        try (SamplingRun run = SamplingRun.builder(OU).predictor(Predictors.byName(predictor))
                .corrector(CorrectorSettings.of(Correctors.byName(corrector))).steps(100).particles(N).seed(1)
                .threads(2).smoothness(L_OU).build()) {
            check(run, OU, predictor + " + " + corrector);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("predictorsTimesProcesses")
    void reachesTheTargetOnEveryProcess(String predictor, String process) {
        DiffusedTarget dt = new DiffusedTarget(Mixtures.three(), ForwardProcess.named(process));
        try (SamplingRun run = SamplingRun.builder(dt).predictor(Predictors.byName(predictor)).steps(100)
                .particles(N).seed(2).threads(2).build()) {
            check(run, dt, predictor + " on " + process);
        }
    }

    @org.junit.jupiter.api.Test
    void heunWithEdmChurnReachesTheTarget() {
        ProbabilityFlowHeun churn = new ProbabilityFlowHeun(40, 0.05, 50, 1.003);
        try (SamplingRun run = SamplingRun.builder(OU).predictor(churn).steps(100).particles(N).seed(3).threads(2)
                .build()) {
            check(run, OU, "ode-heun with churn");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ula", "ulmc", "mala"})
    void thePaperScheduleReachesTheTarget(String corrector) {
        try (SamplingRun run = SamplingRun.builder(OU).predictor(new ExponentialIntegrator()).steps(100)
                .corrector(CorrectorSettings.paper(Correctors.byName(corrector))).particles(N).seed(4).threads(2)
                .smoothness(L_OU).build()) {
            check(run, OU, "ode-ei + " + corrector + " (paper schedule)");
        }
    }

    /**
     * Tolerances: the mean error |mean - m|/sqrt(tr C) has standard deviation 1/sqrt(N); the relative covariance
     * error about sqrt(2/N) times the mixture's kurtosis excess (<= 2 here); the mode-weight error sums K terms of
     * standard deviation <= sqrt(w_k (1 - w_k)/N). Each gets 4 standard deviations.
     */
    static void check(SamplingRun run, DiffusedTarget dt, String label) {
        StepResult r = run.solve();
        assertFalse(r.diverged(), label + " diverged: " + r.divergence());
        assertTrue(run.isFinished());
        Particles x = run.particles();
        double t = run.time();
        double mean = Mixtures.meanError(x, dt, t);
        double cov = Mixtures.covError(x, dt, t);
        double modes = Mixtures.modeWeightError(x, dt, t);
        double modeSd = 0;
        for (double w : dt.target().modeWeights()) {
            modeSd += Math.sqrt(w * (1 - w) / N);
        }
        String numbers = label + ": mean " + mean + ", cov " + cov + ", modes " + modes;
        assertTrue(mean < 4 / Math.sqrt(N), numbers);
        assertTrue(cov < 4 * 2 * Math.sqrt(2.0 / N), numbers);
        assertTrue(modes < 4 * modeSd, numbers);
    }
}
