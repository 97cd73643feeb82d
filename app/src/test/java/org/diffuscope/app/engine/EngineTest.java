package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.core.run.Phase;
import org.diffuscope.core.run.SamplingRun;
import org.junit.jupiter.api.Test;

/** The engine driven without the toolkit: commands in, frames and statuses out. */
class EngineTest extends EngineHarness {

    EngineTest() {
        super(256L << 20);
    }

    private static ExperimentConfig small() {
        return ExperimentConfig.defaults().withParticles(2000)
                .withSampler(SamplerChoice.defaults("ode-ei").withSteps(12));
    }

    @Test
    void loadDrawsThePriorAtTMaxAndStepsMoveTowardsTMin() throws InterruptedException {
        engine.load(small());
        sync();
        Frame f0 = engine.latest();
        assertEquals(0, f0.index());
        assertEquals(5.0, f0.t());
        assertEquals(Phase.INIT, f0.phase());
        assertEquals(2000, f0.count());
        assertEquals(2, f0.viewDim());
        engine.stepOnce();
        engine.stepOnce();
        sync();
        Frame f2 = engine.latest();
        assertEquals(2, f2.step());
        assertTrue(f2.t() < 5.0);
        assertEquals(2, f2.nfe());
        assertEquals(3, f2.series().size());
        assertFalse(java.util.Arrays.equals(f0.points(), f2.points()), "particles moved");
        assertTrue(f2.metrics().containsKey("mean_error") && f2.metrics().containsKey("entropy"), f2.metrics().toString());
    }

    @Test
    void framesMatchTheCoreRunBitForBit() throws InterruptedException {
        ExperimentConfig c = small().withSampler(SamplerChoice.defaults("sde-em").withSteps(6));
        engine.load(c);
        for (int i = 0; i < 6; i++) {
            engine.stepOnce();
        }
        sync();
        Frame last = engine.latest();
        assertEquals(6, last.step());
        try (SamplingRun run = RunFactory.builder(c, RunFactory.diffusedTarget(c), 1).build()) {
            run.solve();
            double[] x = run.particles().data();
            float[] expected = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                expected[i] = (float) x[i];
            }
            assertArrayEquals(expected, last.points(), "the engine's run is the core run with the same config");
        }
    }

    /** The frames the engine has recorded so far, with their points. */
    private java.util.List<Frame> recorded() throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<java.util.List<Frame>> out =
                new java.util.concurrent.atomic.AtomicReference<>();
        engine.recordedFrames(out::set);
        sync();
        return out.get();
    }

    /** How fast particle 0 moved from frame a to frame b, in display units per unit of time. */
    private static double speedOfFirst(Frame b, Frame a) {
        float[] p = b.points();
        float[] q = a.points();
        return Math.hypot(p[0] - q[0], p[1] - q[1]) / Math.abs(b.t() - a.t());
    }

    @Test
    void publishedTrailsCarryAsManyFramesAsTheDisplayDraws() throws InterruptedException {
        engine.colorMode(ColorMode.SPEED);
        engine.trailFrames(3);
        engine.load(small());
        for (int i = 0; i < 6; i++) {
            engine.stepOnce();
        }
        sync();
        java.util.List<Frame> all = recorded();
        Frame f = engine.latest();
        assertEquals(6, f.index());
        assertEquals(3, f.trail().size(), "the trail the display draws");
        for (int j = 0; j < 3; j++) {
            assertArrayEquals(all.get(3 + j).points(), f.trail().get(j), "trail frame " + j + ", oldest first");
        }
        engine.trailFrames(0);
        sync();
        Frame g = engine.latest();
        assertEquals(0, g.trail().size(), "no trail drawn, none carried");
        double speed0 = speedOfFirst(g, all.get(5));
        assertEquals(speed0, g.values()[0], 1e-6 * speed0, "the speed colouring still measures from the frame before");
        assertThrows(IllegalArgumentException.class, () -> engine.trailFrames(Engine.TRAIL_FRAMES + 1));
    }

    @Test
    void speedsUnderACorrectorMeasureFromTheFrameAtTheTimeBefore() throws InterruptedException {
        engine.colorMode(ColorMode.SPEED);
        engine.trailFrames(0);
        engine.load(small().withCorrector(CorrectorChoice.defaults("ulmc")));
        engine.stepOnce();
        engine.stepOnce();
        sync();
        java.util.List<Frame> all = recorded();
        Frame g = engine.latest();
        assertEquals(Phase.CORRECTOR, g.phase());
        Frame before = all.get(g.index() - 1);
        assertEquals(g.t(), before.t(), "the corrector's frame shares its predictor's time");
        Frame earlier = all.get(g.index() - 2);
        assertTrue(earlier.t() != g.t());
        assertNotNull(g.values(), "a corrector frame is coloured by speed too");
        double speed0 = speedOfFirst(g, earlier);
        assertEquals(speed0, g.values()[0], 1e-6 * speed0, "measured from the last frame at another time");
    }

    @Test
    void playRunsToTheEndAndReportsFinished() throws InterruptedException {
        engine.load(small());
        engine.speed(Engine.MAX_SPEED);
        engine.play();
        EngineStatus s;
        do {
            s = statuses.poll(60, TimeUnit.SECONDS);
            assertNotNull(s, "a status arrives");
        } while (!s.finished());
        Frame f = engine.latest();
        assertEquals(12, f.step());
        assertEquals(1e-3, f.t(), 1e-15);
        assertFalse(s.playing());
        assertNotNull(s.info());
        assertEquals(13, s.info().times().length);
    }

    @Test
    void seekShowsEarlierFramesAndResetReturnsToTMax() throws InterruptedException {
        engine.load(small());
        for (int i = 0; i < 4; i++) {
            engine.stepOnce();
        }
        sync();
        Frame f4 = engine.latest();
        engine.seek(1);
        sync();
        Frame f1 = engine.latest();
        assertEquals(1, f1.index());
        assertEquals(f4.series().get(1).t(), f1.t());
        assertEquals(5, f1.frames(), "scrubbing keeps the later frames");
        engine.stepOnce();
        sync();
        assertEquals(2, engine.latest().index(), "stepping after a scrub replays the stored frames");
        engine.reset();
        sync();
        assertEquals(5.0, engine.latest().t());
        assertEquals(1, engine.latest().frames());
    }

    @Test
    void branchingContinuesFromTheFrameOnDisplayWithNewSettings() throws InterruptedException {
        ExperimentConfig c = small();
        engine.load(c);
        for (int i = 0; i < 6; i++) {
            engine.stepOnce();
        }
        sync();
        engine.seek(3);
        engine.apply(c.withCorrector(CorrectorChoice.defaults("ulmc")), true);
        sync();
        Frame f = engine.latest();
        assertEquals(3, f.index(), "the branch starts where the user was");
        assertEquals(4, f.frames(), "the frames after the branch point are gone");
        engine.stepOnce();
        sync();
        Frame g = engine.latest();
        assertEquals(Phase.CORRECTOR, g.phase(), "the new settings add a corrector phase");
        assertEquals(4, g.step());
        assertEquals(f.series().get(3).nfe() + 2, g.nfe(), "a predictor and a corrector evaluation");
    }

    @Test
    void aBranchKeepsTheTimesBeforeItOnTheTimeline() throws InterruptedException {
        ExperimentConfig c = small();
        engine.load(c);
        for (int i = 0; i < 6; i++) {
            engine.stepOnce();
        }
        sync();
        double[] before = statuses.stream().reduce((a, b) -> b).orElseThrow().info().times().clone();
        assertEquals(13, before.length, "12 steps");
        engine.seek(3);
        engine.apply(c.withSampler(SamplerChoice.defaults("sde-em").withSteps(40)), true);
        sync();
        RunInfo info = statuses.stream().reduce((a, b) -> b).orElseThrow().info();
        double[] times = info.times();
        Frame f = engine.latest();
        assertEquals(before[3], f.t(), "the branch starts at step 3");
        for (int i = 0; i <= 3; i++) {
            assertEquals(before[i], times[i], "time " + i + " before the branch, as it was");
        }
        for (int i = 4; i < times.length; i++) {
            assertTrue(times[i] < times[i - 1], "times decrease: " + i);
        }
        assertEquals(c.process().tMin(), times[times.length - 1], 1e-12);
        int stepsAfter = times.length - 1 - 3;
        assertTrue(stepsAfter > 6 && stepsAfter < 40, "the new grid's steps below t = " + f.t() + ": " + stepsAfter);
        for (int i = 0; i < stepsAfter; i++) {
            engine.stepOnce();
        }
        sync();
        assertEquals(times.length - 1, engine.latest().step(), "the step count ends at the timeline's last step");
        assertEquals(times[times.length - 1], engine.latest().t(), 1e-12);
    }

    @Test
    void aDivergingRunPausesAndSaysWhatToChange() throws InterruptedException {
        ExperimentConfig c = small().withCorrector(CorrectorChoice.defaults("ula").withStep("5").withSteps(200));
        engine.load(c);
        engine.speed(Engine.MAX_SPEED);
        engine.play();
        EngineStatus s;
        do {
            s = statuses.poll(60, TimeUnit.SECONDS);
            assertNotNull(s);
        } while (s.problem() == null);
        assertFalse(s.playing());
        assertTrue(s.problem().contains("diverged") && s.problem().contains("smaller"), s.problem());
        Frame f = engine.latest();
        // huge but finite coordinates overflow to float infinity for display; NaN would mean a non-finite state
        assertTrue(java.util.stream.IntStream.range(0, f.points().length).noneMatch(i -> Float.isNaN(f.points()[i])),
                "the frame on display is the last finite one");
    }

    @Test
    void coloursByModeFollowTheExactResponsibilities() throws InterruptedException {
        engine.colorMode(ColorMode.MODE);
        engine.load(small());
        for (int i = 0; i < 12; i++) {
            engine.stepOnce();
        }
        sync();
        Frame f = engine.latest();
        assertNotNull(f.labels());
        int[] counts = new int[8];
        for (byte b : f.labels()) {
            counts[b & 0xFF]++;
        }
        for (int k = 0; k < 8; k++) {
            // 8 equal modes at N = 2000: 250 each, sd ~ 15
            assertEquals(250, counts[k], 75, "mode " + k);
        }
        engine.colorMode(ColorMode.FINAL_MODE);
        engine.seek(0);
        sync();
        assertArrayEquals(f.labels(), engine.latest().labels(), "the final modes shown on the prior");
    }

    @Test
    void aNoisingRunSwitchedToSamplingRunsBackFromTheNoisedParticles() throws InterruptedException {
        ExperimentConfig noising = small().withForward(true);
        engine.load(noising);
        for (int i = 0; i < 12; i++) {
            engine.stepOnce();
        }
        sync();
        Frame top = engine.latest();
        assertEquals(5.0, top.t(), 1e-12, "noised up to t-max");
        engine.apply(noising.withForward(false), false);
        sync();
        Frame start = engine.latest();
        assertArrayEquals(top.points(), start.points(), "sampling starts from the noised particles, not a new prior");
        engine.stepOnce();
        sync();
        assertTrue(engine.latest().t() < 5.0);
    }
}
