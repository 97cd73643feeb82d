package org.diffuscope.core.sampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Mixtures;
import org.diffuscope.core.run.RunConfig;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.score.CountingScore;
import org.diffuscope.core.score.ScoreError;
import org.diffuscope.core.score.ScoreModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every predictor keeps (architecture.md, "A step"), written once and run against all of them. */
class PredictorContractTest {

    /** Not a multiple of the block size, so the last block is partial. */
    static final int N = 700;

    static Stream<Predictor> predictors() {
        return Stream.concat(Predictors.all().stream(),
                Stream.of(new ProbabilityFlowHeun(40, 0.05, 50, 1.003)));
    }

    static Stream<ForwardProcess> processes() {
        return Stream.of("ou", "vp-cosine", "ve").map(ForwardProcess::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("predictors")
    void aStepLeavesItsInputAloneAndCountsItsScores(Predictor predictor) {
        processes().forEach(process -> {
            DiffusedTarget dt = new DiffusedTarget(Mixtures.three(), process);
            CountingScore score = new CountingScore(ScoreModel.exact(dt));
            double t = process.tMax() * 0.5;
            double tNext = process.tMax() * 0.4;
            Particles exact = dt.sample(t, N, 1);
            double[] x = exact.data().clone();
            double[] out = new double[x.length];
            try (BlockPool pool = new BlockPool(2)) {
                StepContext ctx = new StepContext(dt, score, N, 5, pool, 10);
                Stepper stepper = predictor.stepper(ctx);
                int nfe = stepper.step(3, t, tNext, x, out);
                assertArrayEquals(exact.data(), x, 0.0, predictor.name() + ": input modified");
                assertEquals((long) nfe * N, score.rows(), predictor.name() + ": NFE reported vs scores computed");
                assertEquals(ctx.evaluations(), nfe, predictor.name() + ": evaluation indices reserved");
                assertTrue(Arrays.stream(out).allMatch(Double::isFinite), predictor.name());
                assertFalse(Arrays.equals(x, out), predictor.name() + " did not move");
                if (!predictor.adaptive()) {
                    assertEquals(tNext, stepper.reached(), 0.0);
                } else {
                    assertTrue(stepper.reached() < t && stepper.reached() >= tNext);
                }
                int expected = predictor instanceof ProbabilityFlowHeun ? 2 : predictor.adaptive() ? -1 : 1;
                if (expected > 0) {
                    assertEquals(expected, nfe, predictor.name() + " NFE per step");
                }
            }
        });
    }

    static SamplingRun run(Predictor predictor, int threads, long seed, String corrector, ScoreError error) {
        DiffusedTarget dt = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));
        RunConfig.Builder b = SamplingRun.builder(dt).predictor(predictor).steps(12).particles(N).seed(seed)
                .threads(threads).corrector(CorrectorSettings.of(Correctors.byName(corrector)));
        if (error != null) {
            b.scoreError(error);
        }
        return b.build();
    }

    static double[] solve(Predictor predictor, int threads, long seed, String corrector, ScoreError error) {
        try (SamplingRun r = run(predictor, threads, seed, corrector, error)) {
            assertFalse(r.solve().diverged());
            return r.particles().data();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("predictors")
    void runsAreDeterministicAndIndependentOfTheThreadCount(Predictor predictor) {
        // the noise error makes every evaluation random (keyed by its index); rk45 refuses it, so it gets a field
        ScoreError noise = new ScoreError(predictor.adaptive() ? ScoreError.Kind.FIELD : ScoreError.Kind.NOISE, 0.3);
        for (String corrector : new String[] {"none", "ulmc"}) {
            double[] one = solve(predictor, 1, 42, corrector, noise);
            assertArrayEquals(one, solve(predictor, 1, 42, corrector, noise), 0.0, "same seed, same result");
            assertArrayEquals(one, solve(predictor, 2, 42, corrector, noise), 0.0, "1 vs 2 threads");
            assertArrayEquals(one, solve(predictor, 3, 42, corrector, noise), 0.0, "1 vs 3 threads");
            assertFalse(Arrays.equals(one, solve(predictor, 1, 43, corrector, noise)), "another seed differs");
        }
    }

    @org.junit.jupiter.api.Test
    void rk45RefusesARandomScore() {
        DiffusedTarget dt = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SamplingRun.builder(dt).predictor(DormandPrince45.standard())
                        .scoreError(new ScoreError(ScoreError.Kind.NOISE, 0.1)).config());
        assertTrue(e.getMessage().contains("rk45"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("predictors")
    void runNfeMatchesTheScoresComputed(Predictor predictor) {
        DiffusedTarget dt = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));
        for (String corrector : Correctors.NAMES) {
            CountingScore score = new CountingScore(ScoreModel.exact(dt));
            try (SamplingRun r = SamplingRun.builder(dt).predictor(predictor).steps(8).particles(N).threads(2)
                    .score(score).corrector(CorrectorSettings.of(Correctors.byName(corrector)).withSteps(2))
                    .denoise(true).build()) {
                r.solve();
                assertEquals(score.rows(), r.nfe() * N, predictor.name() + " + " + corrector);
                long perStep = predictor instanceof ProbabilityFlowHeun ? 2 : 1;
                long corrections = switch (corrector) {
                    case "none" -> 0;
                    case "mala" -> 3;
                    default -> 2;
                };
                if (!predictor.adaptive()) {
                    assertEquals(8 * (perStep + corrections) + 1, r.nfe(), predictor.name() + " + " + corrector);
                }
            }
        }
    }
}
