package org.diffuscope.app.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.diffuscope.app.cli.Cli;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabExperimentsTest {

    @TempDir
    Path dir;

    @Test
    void errorVsStepsGivesTheSameNumbersAsTheCliSweep() throws Exception {
        Path out = dir.resolve("sweep.csv");
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"sweep", "--vary", "steps", "--values", "4,8,16", "--samplers", "ode-ei,sde-em",
            "--correctors", "none,ulmc", "--particles", "600", "--seed", "5", "--metric", "cov_error", "--threads", "2",
            "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> lines = Files.readAllLines(out);
        int col = Arrays.asList(lines.get(0).split(",")).indexOf("cov_error");

        ExperimentConfig base = ExperimentConfig.defaults().withParticles(600).withSeed(5)
                .withSampler(ExperimentConfig.defaults().sampler().withSteps(100));
        LabResult r = LabExperiments.errorVsSteps(base, List.of("ode-ei", "sde-em"), List.of("none", "ulmc"),
                List.of(4.0, 8.0, 16.0), "cov_error", false, 1, LabExperiments.Control.silent());
        assertEquals(5, r.series().size(), "four methods and the noise floor");
        assertEquals(LabResult.FLOOR, r.series().get(4).name());
        int row = 1;
        for (LabResult.Series s : r.series().subList(0, 4)) {
            for (int i = 0; i < 3; i++) {
                String[] f = lines.get(row++).split(",");
                assertEquals(Double.parseDouble(f[3]), s.x()[i]);
                assertEquals(Double.parseDouble(f[col]), s.y()[i], 0.0, s.name() + " at " + s.x()[i]);
            }
        }
    }

    @Test
    void theResultSoFarArrivesAfterEveryPointAndEndsAsTheResult() {
        ExperimentConfig base = ExperimentConfig.defaults().withParticles(500).withSeed(3);
        List<LabResult> partial = new java.util.ArrayList<>();
        List<Double> fractions = new java.util.ArrayList<>();
        LabExperiments.Control c = new LabExperiments.Control(s -> { }, () -> false, partial::add, fractions::add);
        List<Method> methods = List.of(new Method("ode-ei", "none"), new Method("sde-em", "none"));
        LabResult r = LabExperiments.wrongStart(base, List.of(0.7, 2.0, 5.0), methods, "cov_error", 1, c);
        assertEquals(6, partial.size(), "one result so far per run");
        assertEquals(List.of(1 / 6.0, 2 / 6.0, 3 / 6.0, 4 / 6.0, 5 / 6.0, 1.0), fractions);
        for (int k = 0; k < 6; k++) {
            // k + 1 points: the first method's up to three, then the second's
            int points = partial.get(k).series().stream().filter(s -> !s.name().equals(LabResult.FLOOR))
                    .mapToInt(s -> s.x().length).sum();
            assertEquals(k + 1, points, "after run " + (k + 1));
            assertEquals(r.title(), partial.get(k).title());
        }
        LabResult last = partial.get(5);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(r.series().get(i).y(), last.series().get(i).y(), 0.0, methods.get(i).label());
        }

        List<LabResult> steps = new java.util.ArrayList<>();
        LabResult d = LabExperiments.dimensionScaling(base.withTarget(
                        org.diffuscope.app.viewmodel.TargetChoice.preset("gaussian", 2)), List.of(1, 2), methods,
                "cov_error", 0.2, 32, 1, new LabExperiments.Control(s -> { }, () -> false, steps::add, f -> { }));
        assertEquals(4, steps.size());
        assertEquals(List.of(1, 2, 1, 2), steps.stream().map(p -> p.series().get(p.series().size() - 1).x().length)
                .toList(), "the running series grows point by point");
        assertArrayEquals(d.series().get(1).y(), steps.get(3).series().get(1).y(), 0.0);
    }

    @Test
    void theWrongStartKeepsTheOdeBiasedAndTheCorrectorRemovesIt() {
        // 200 steps keep the ODE's own discretisation error below the noise floor (cov_error ~0.010 at N = 1e4)
        ExperimentConfig base = ExperimentConfig.defaults().withParticles(10_000)
                .withSampler(ExperimentConfig.defaults().sampler().withSteps(200));
        LabResult r = LabExperiments.wrongStart(base, List.of(0.7, 5.0),
                List.of(new Method("ode-ei", "none"), new Method("ode-ei", "ulmc")), "cov_error", 2,
                LabExperiments.Control.silent());
        double odeShort = r.series().get(0).y()[0];
        double odeLong = r.series().get(0).y()[1];
        double ulmcShort = r.series().get(1).y()[0];
        // measured: 0.037 (t-max 0.7) vs 0.008 (t-max 5); with ULMC 0.018
        assertTrue(odeShort > 3 * odeLong, "a wrong start biases the ODE: " + odeShort + " vs " + odeLong);
        assertTrue(ulmcShort < 0.6 * odeShort, "the corrector removes most of it: " + ulmcShort + " vs " + odeShort);
    }

    @Test
    void stepsToTargetFindsTheSmallestStepCountWithinTenPercent() {
        ExperimentConfig c = ExperimentConfig.defaults().withParticles(3000)
                .withTarget(TargetChoice.preset("gaussian", 2));
        StepsToTarget s = StepsToTarget.search(c, "cov_error", 0.05, 512, 2, () -> false);
        assertTrue(s.reached());
        assertTrue(s.error() <= 0.05);
        assertTrue(s.steps() >= 4, "a ring-free Gaussian still needs a few steps at t-min = 1e-3: " + s.steps());
        SweepRow half = Sweep.measure(c.withSampler(c.sampler().withSteps(s.steps() / 2)), "steps", 0, 2);
        assertTrue(half.metric("cov_error") > 0.05, "half the steps do not reach the target: " + half.metric("cov_error"));
    }

    @Test
    void dimensionScalingNeedsAPresetThatScales() {
        assertThrows(IllegalArgumentException.class, () -> LabExperiments.dimensionScaling(ExperimentConfig.defaults(),
                List.of(2, 4), Method.paper(), "cov_error", 0.1, 64, 1, LabExperiments.Control.silent()));
    }

    @Test
    void dimensionScalingOnAProductTargetMeasuresStepsPerDimension() {
        ExperimentConfig base = ExperimentConfig.defaults().withParticles(3000)
                .withTarget(TargetChoice.preset("laplace-d", 2));
        LabResult r = LabExperiments.dimensionScaling(base, List.of(1, 4, 16), List.of(new Method("ode-ei", "none")),
                "product_kl", 0.05, 512, 2, LabExperiments.Control.silent());
        double[] steps = r.series().get(0).y();
        assertTrue(Arrays.stream(steps).allMatch(v -> v >= 2), Arrays.toString(steps));
        assertTrue(steps[2] >= steps[0], "more dimensions need at least as many steps: " + Arrays.toString(steps));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("upper bounds")));
    }
}
