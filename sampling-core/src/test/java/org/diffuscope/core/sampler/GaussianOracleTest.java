package org.diffuscope.core.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.schedule.TimeGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every ODE predictor against the exact probability-flow solution of a single Gaussian (science.md §2, §4). */
class GaussianOracleTest {

    static Stream<Arguments> odePredictorsAndProcesses() {
        return Stream.of("ode-euler", "ddim", "ode-ei", "ode-heun", "dpmpp-2m").flatMap(name ->
                Stream.of("ou", "vp-linear", "ve").map(process -> Arguments.of(name, process)));
    }

    /** Slope of the least-squares line through (log x, log y). */
    static double slope(int[] xs, double[] ys) {
        int n = xs.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(xs[i]) / n;
            my += Math.log(ys[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(xs[i]) - mx;
            sxy += dx * (Math.log(ys[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("odePredictorsAndProcesses")
    void convergesAtItsStatedOrder(String name, String processName) {
        Predictor predictor = Predictors.byName(name);
        ForwardProcess process = ForwardProcess.named(processName);
        GaussianOracle oracle = GaussianOracle.anisotropic();
        Particles x0 = GaussianOracle.start(20, process.priorStd(process.tMax()));
        // VE's first-order methods reach their asymptotic regime later (sigma spans 4 decades)
        int[] steps = processName.equals("ve") ? new int[] {40, 80, 160, 320} : new int[] {20, 40, 80, 160};
        double[] errors = new double[steps.length];
        for (int k = 0; k < steps.length; k++) {
            errors[k] = oracle.error(predictor, process, TimeGrid.standard(process, steps[k]), x0);
        }
        double order = -slope(steps, errors);
        assertEquals(predictor.order(), order, 0.15, name + " on " + processName + ": errors "
                + java.util.Arrays.toString(errors));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine", "ve"})
    void rk45MeetsItsToleranceAndLandsOnTMin(String processName) {
        ForwardProcess process = ForwardProcess.named(processName);
        GaussianOracle oracle = GaussianOracle.anisotropic();
        Particles x0 = GaussianOracle.start(20, process.priorStd(process.tMax()));
        TimeGrid grid = TimeGrid.standard(process, 10);
        double loose = oracle.error(DormandPrince45.standard(), process, grid, x0);
        double tight = oracle.error(new DormandPrince45(1e-9, 1e-9), process, grid, x0);
        assertTrue(loose < 1e-4, "rk45 at tolerance 1e-5 has error " + loose);
        assertTrue(tight < 1e-7, "rk45 at tolerance 1e-9 has error " + tight);
        assertTrue(tight < loose / 100, "the error must shrink with the tolerance: " + loose + " -> " + tight);
        DiffusedTarget dt = new DiffusedTarget(oracle.target, process);
        try (SamplingRun run = SamplingRun.builder(dt).predictor(DormandPrince45.standard()).grid(grid).initial(x0)
                .threads(1).build()) {
            run.solve();
            assertEquals(grid.tMin(), run.time(), 0.0, "rk45 must land exactly on t-min");
            assertTrue(run.stepIndex() > 1, "rk45 took " + run.stepIndex() + " steps");
            assertEquals(run.stepIndex(), run.stepCount());
            assertTrue(run.nfe() >= 6L * run.stepIndex(), "nfe " + run.nfe());
        }
    }

    @Test
    void odeEiIsExactForTheStandardNormalUnderOu() {
        // score -x at every t: the flow is the identity and ode-ei reproduces it for any grid
        GaussianOracle standard = new GaussianOracle(new double[] {0, 0}, 1, 1, 0);
        ForwardProcess ou = ForwardProcess.named("ou");
        Particles x0 = GaussianOracle.start(50, 1);
        for (TimeGrid grid : new TimeGrid[] {TimeGrid.uniform(1e-3, 5, 3), TimeGrid.standard(ou, 7)}) {
            double error = standard.error(new ExponentialIntegrator(), ou, grid, x0);
            assertTrue(error < 1e-12, "ode-ei error " + error + " on " + grid.name());
            // the drift f x - g^2/2 s vanishes, so Euler is exact too; ddim freezes eps instead and is not
            assertTrue(standard.error(new Ddim(), ou, grid, x0) > 1e-3, "ddim is not exact here");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine", "ve"})
    void ddimAndDpmSolverAreExactForAPointMass(String processName) {
        GaussianOracle pointMass = new GaussianOracle(new double[] {0.7, -0.3}, 0, 0, 0);
        ForwardProcess process = ForwardProcess.named(processName);
        Particles x0 = GaussianOracle.start(50, process.priorStd(process.tMax()));
        TimeGrid grid = TimeGrid.standard(process, 5);
        double scale = process.priorStd(process.tMax());
        for (Predictor p : new Predictor[] {new Ddim(), new DpmSolver2m()}) {
            double error = pointMass.error(p, process, grid, x0);
            assertTrue(error < 1e-12 * Math.max(1, scale), p.name() + " error " + error + " on " + processName);
        }
        assertTrue(pointMass.error(new ProbabilityFlowHeun(0, 0, Double.POSITIVE_INFINITY, 1), process, grid, x0)
                > 1e-6, "Heun is not exact here");
    }
}
