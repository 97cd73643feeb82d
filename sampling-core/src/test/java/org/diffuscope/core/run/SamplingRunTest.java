package org.diffuscope.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.corrector.OverdampedLangevin;
import org.diffuscope.core.corrector.SnrLangevin;
import org.diffuscope.core.corrector.UnderdampedLangevin;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.sampler.Ddim;
import org.diffuscope.core.sampler.DormandPrince45;
import org.diffuscope.core.sampler.ExponentialIntegrator;
import org.diffuscope.core.sampler.Predictor;
import org.diffuscope.core.sampler.Predictors;
import org.diffuscope.core.schedule.TimeGrid;
import org.diffuscope.core.target.GaussianMixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplingRunTest {

    static final DiffusedTarget OU = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));

    static RunConfig.Builder base(Predictor p, CorrectorSettings c) {
        return SamplingRun.builder(OU).predictor(p).corrector(c).steps(30).particles(700).seed(9).threads(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sde-em", "dpmpp-2m", "rk45", "ode-heun"})
    void restoringASnapshotContinuesBitForBit(String predictor) {
        CorrectorSettings mala = CorrectorSettings.of(Correctors.byName("mala")).withSteps(2);
        try (SamplingRun run = base(Predictors.byName(predictor), mala).build()) {
            run.init();
            for (int i = 0; i < 10; i++) {
                run.step();
            }
            Snapshot at10 = run.snapshot();
            run.solve();
            double[] first = run.particles().data();
            long nfe = run.nfe();
            double acceptance = run.acceptanceRate();
            run.restore(at10);
            assertEquals(10, run.stepIndex());
            assertFalse(run.isFinished());
            run.solve();
            assertArrayEquals(first, run.particles().data(), 0.0);
            assertEquals(nfe, run.nfe());
            assertEquals(acceptance, run.acceptanceRate(), 0.0);
            // branch: the same state with another corrector continues from there
            try (SamplingRun branch = run.config().toBuilder()
                    .corrector(CorrectorSettings.of(UnderdampedLangevin.standard())).build()) {
                branch.restore(at10);
                assertEquals(at10.t(), branch.time(), 0.0);
                branch.solve();
                assertTrue(branch.isFinished());
                assertTrue(branch.nfe() > at10.nfe());
                assertFalse(Arrays.equals(first, branch.particles().data()));
            }
        }
    }

    @Test
    void snapshotsFromAnotherGridAreRefused() {
        try (SamplingRun a = base(new ExponentialIntegrator(), CorrectorSettings.none()).build();
                SamplingRun b = base(new ExponentialIntegrator(), CorrectorSettings.none()).steps(31).build()) {
            a.init();
            a.step();
            assertThrows(IllegalArgumentException.class, () -> b.restore(a.snapshot()));
        }
    }

    @Test
    void observersSeeEveryPhaseInOrder() {
        record Seen(Phase phase, int step, double t) {
        }
        // ula after the predictor at t_{i+1}, every 3rd step
        List<Seen> seen = new ArrayList<>();
        CorrectorSettings everyThird = CorrectorSettings.of(OverdampedLangevin.standard()).withEvery(3);
        try (SamplingRun run = base(new ExponentialIntegrator(), everyThird).denoise(true).build()) {
            run.addObserver(e -> seen.add(new Seen(e.phase(), e.step(), e.t())));
            run.solve();
            double[] grid = run.config().grid().times();
            assertEquals(new Seen(Phase.INIT, 0, grid[0]), seen.get(0));
            assertEquals(new Seen(Phase.DENOISE, 30, grid[30]), seen.get(seen.size() - 1));
            assertEquals(1 + 30 + 10 + 1, seen.size());
            assertEquals(new Seen(Phase.PREDICTOR, 3, grid[3]), seen.get(3));
            assertEquals(new Seen(Phase.CORRECTOR, 3, grid[3]), seen.get(4));
            assertTrue(run.isDenoised());
        }
        // langevin-snr before the predictor, at t_i
        seen.clear();
        try (SamplingRun run = base(new ExponentialIntegrator(), CorrectorSettings.of(SnrLangevin.standard())).build()) {
            run.addObserver(e -> seen.add(new Seen(e.phase(), e.step(), e.t())));
            run.solve();
            double[] grid = run.config().grid().times();
            assertEquals(new Seen(Phase.CORRECTOR, 0, grid[0]), seen.get(1));
            assertEquals(new Seen(Phase.PREDICTOR, 1, grid[1]), seen.get(2));
            assertEquals(new Seen(Phase.CORRECTOR, 29, grid[29]), seen.get(seen.size() - 2));
            assertEquals(new Seen(Phase.PREDICTOR, 30, grid[30]), seen.get(seen.size() - 1));
        }
    }

    @Test
    void stateAccessorsAndLifecycle() {
        try (SamplingRun run = base(DormandPrince45.standard(), CorrectorSettings.none()).build()) {
            assertFalse(run.isInitialised());
            assertThrows(IllegalStateException.class, run::particles);
            StepResult first = run.step();
            assertTrue(run.isInitialised());
            assertEquals(1, first.step());
            assertEquals(-1, run.stepCount(), "rk45's step count is unknown until it finishes");
            StepResult last = run.solve();
            assertTrue(last.finished());
            assertEquals(run.stepIndex(), run.stepCount());
            assertEquals(run.stepIndex(), run.acceptedSteps());
            assertEquals(last.totalNfe(), run.nfe());
            assertTrue(Double.isNaN(run.acceptanceRate()));
            assertThrows(IllegalStateException.class, run::step);
            Particles copy = run.particles();
            copy.data()[0] = 1e9;
            assertTrue(run.particles().get(0, 0) != 1e9, "particles() is a copy");
            assertEquals(run.particles().get(3, 1), run.view().get(3, 1), 0.0);
        }
    }

    @Test
    void forwardRunsFollowTheExactMarginals() {
        int n = 20_000;
        List<double[]> errors = new ArrayList<>();
        try (SamplingRun run = SamplingRun.builder(OU).direction(Direction.FORWARD).steps(8).particles(n).seed(4)
                .threads(2).corrector(CorrectorSettings.of(OverdampedLangevin.standard())).build()) {
            run.addObserver(e -> {
                Particles p = e.particles().copy();
                errors.add(new double[] {e.t(), Mixtures.meanError(p, OU, e.t()), Mixtures.covError(p, OU, e.t())});
            });
            run.solve();
            assertEquals(0, run.nfe(), "noising needs no score");
            assertEquals(OU.process().tMax(), run.time(), 0.0);
        }
        assertEquals(9, errors.size());
        for (double[] e : errors) {
            assertTrue(e[1] < 4 / Math.sqrt(n) && e[2] < 8 * Math.sqrt(2.0 / n), "at t = " + e[0] + ": " + e[1] + ", " + e[2]);
        }
    }

    @Test
    void ddimPlusDenoiseRecoversAPointMass() {
        double[] y = {0.4, -1.1};
        GaussianMixture mass = new GaussianMixture(new double[] {1}, new double[][] {y}, new double[][] {new double[4]});
        DiffusedTarget dt = new DiffusedTarget(mass, ForwardProcess.named("vp-linear"));
        try (SamplingRun run = SamplingRun.builder(dt).predictor(new Ddim()).steps(6).particles(300).denoise(true)
                .threads(2).build()) {
            run.solve();
            assertEquals(7, run.nfe());
            Particles p = run.particles();
            for (int i = 0; i < p.count(); i++) {
                assertEquals(y[0], p.get(i, 0), 1e-9);
                assertEquals(y[1], p.get(i, 1), 1e-9);
            }
        }
    }

    @Test
    void exactPriorDrawsPtMax() {
        DiffusedTarget ring = new DiffusedTarget(Mixtures.ring8(0.02), ForwardProcess.named("ou"));
        TimeGrid grid = TimeGrid.logSnr(ring.process(), 1e-3, 0.7, 10);
        int n = 20_000;
        for (Prior prior : Prior.values()) {
            try (SamplingRun run = SamplingRun.builder(ring).grid(grid).prior(prior).particles(n).threads(2).build()) {
                run.init();
                Particles p = run.particles();
                if (prior == Prior.EXACT) {
                    assertTrue(Mixtures.meanError(p, ring, 0.7) < 4 / Math.sqrt(n));
                    assertTrue(Mixtures.covError(p, ring, 0.7) < 8 * Math.sqrt(2.0 / n));
                } else {
                    // N(0, I): E|x| = sqrt(pi/2) in 2D
                    assertEquals(Math.sqrt(Math.PI / 2), Mixtures.meanRadius(p), 4 * 0.66 / Math.sqrt(n));
                }
            }
        }
    }

    @Test
    void thePaperScheduleCorrectsAfterClockSegments() {
        DiffusedTarget ring = new DiffusedTarget(Mixtures.ring8(0.02), ForwardProcess.named("ou"));
        int[] corrections = new int[1];
        try (SamplingRun run = SamplingRun.builder(ring).predictor(new ExponentialIntegrator()).steps(60)
                .corrector(CorrectorSettings.paper(UnderdampedLangevin.standard())).particles(2000).seed(1)
                .threads(2).build()) {
            run.addObserver(e -> corrections[0] += e.phase() == Phase.CORRECTOR ? 1 : 0);
            assertFalse(run.solve().diverged());
            assertTrue(corrections[0] > 1 && corrections[0] < 60, "corrector calls: " + corrections[0]);
            assertTrue(run.nfe() > 60 + corrections[0], "nfe " + run.nfe());
            assertEquals(2.0, Mixtures.meanRadius(run.particles()), 0.05);
        }
        assertThrows(IllegalArgumentException.class, () -> CorrectorSettings.paper(SnrLangevin.standard()));
    }

    @Test
    void badConfigurationsAreRefused() {
        Particles wrongDim = new Particles(10, 3);
        assertThrows(IllegalArgumentException.class, () -> SamplingRun.builder(OU).initial(wrongDim).config());
        assertThrows(IllegalArgumentException.class, () -> SamplingRun.builder(OU).particles(0).config());
        assertThrows(IllegalArgumentException.class, () -> SamplingRun.builder(OU).threads(0).config());
        assertThrows(IllegalArgumentException.class,
                () -> SamplingRun.builder(OU).direction(Direction.FORWARD).denoise(true).config());
        assertThrows(IllegalArgumentException.class, () -> Predictors.byName("euler"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Correctors.byName("hmc"));
        assertTrue(e.getMessage().contains("ulmc"), e.getMessage());
    }

    @Test
    void initialParticlesAreCopiedNotShared() {
        Particles start = OU.sample(5, 700, 1);
        double[] before = start.data().clone();
        try (SamplingRun run = SamplingRun.builder(OU).initial(start).steps(5).threads(1).build()) {
            run.solve();
        }
        assertArrayEquals(before, start.data(), 0.0);
    }
}
