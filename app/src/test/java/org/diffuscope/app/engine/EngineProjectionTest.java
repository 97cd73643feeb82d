package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.run.Phase;
import org.diffuscope.core.run.SamplingRun;
import org.junit.jupiter.api.Test;

/** Changing the projection re-projects the stored frames: from their coordinates (d <= 3) or from snapshots. */
class EngineProjectionTest extends EngineHarness {

    EngineProjectionTest() {
        super(256L << 20);
    }

    private static ExperimentConfig config(String preset, int dim, String sampler, int steps) {
        return ExperimentConfig.defaults().withTarget(TargetChoice.preset(preset, dim)).withParticles(1500)
                .withSampler(SamplerChoice.defaults(sampler).withSteps(steps));
    }

    private EngineStatus lastStatus() {
        List<EngineStatus> all = new ArrayList<>();
        statuses.drainTo(all);
        return all.get(all.size() - 1);
    }

    @Test
    void aThreeDimensionalTargetIsShownInThreeDimensionsAndAnyTwoOfThem() throws InterruptedException {
        engine.load(config("sphere", 3, "ode-ei", 6));
        for (int i = 0; i < 3; i++) {
            engine.stepOnce();
        }
        sync();
        Frame f = engine.latest();
        assertEquals(3, f.viewDim(), "3D by default for d = 3");
        engine.projection(ProjectionChoice.defaults().withView(2).withAxes(0, 2, 1));
        sync();
        Frame g = engine.latest();
        assertEquals(2, g.viewDim());
        assertEquals(f.index(), g.index());
        assertEquals(Projection.axes(3, 0, 2), lastStatus().info().projection(), "the status carries the projection");
        for (int i = 0; i < f.count(); i++) {
            assertEquals(f.points()[3 * i], g.points()[2 * i]);
            assertEquals(f.points()[3 * i + 2], g.points()[2 * i + 1]);
        }
        float[] trail = g.trail().get(1);
        for (int i = 0; i < f.count(); i++) {
            assertEquals(f.trail().get(1)[3 * i + 2], trail[2 * i + 1], "earlier frames too");
        }
        // and back: now from the snapshots (the 2D frames no longer hold x1), which every frame here has
        engine.projection(ProjectionChoice.defaults());
        sync();
        Frame h = engine.latest();
        assertEquals(3, h.viewDim());
        assertArrayEquals(f.points(), h.points());
        assertArrayEquals(f.trail().get(0), h.trail().get(0));
    }

    @Test
    void highDimensionalFramesAreProjectedAgainFromTheSnapshots() throws InterruptedException {
        ExperimentConfig c = config("gmm-d", 6, "sde-em", 4);
        engine.load(c);
        for (int i = 0; i < 4; i++) {
            engine.stepOnce();
        }
        ProjectionChoice random = ProjectionChoice.defaults().withKind(ProjectionChoice.Kind.RANDOM).withView(3);
        engine.projection(random);
        sync();
        Projection p = Projection.random(6, 3, 1);
        List<float[]> expected = new ArrayList<>();
        try (SamplingRun run = RunFactory.builder(c, RunFactory.diffusedTarget(c), 1).build()) {
            run.init();
            for (int s = 0; s <= 4; s++) {
                if (s > 0) {
                    run.step();
                }
                float[] e = new float[1500 * 3];
                p.project(run.particles().data(), 1500, e);
                expected.add(e);
            }
        }
        assertEquals(3, engine.latest().viewDim());
        assertArrayEquals(expected.get(4), engine.latest().points(), "the last frame, bit for bit");
        engine.seek(2);
        sync();
        assertEquals(2, engine.latest().index());
        assertArrayEquals(expected.get(2), engine.latest().points(), "an earlier frame, bit for bit");
        // a new load keeps the choice
        engine.reset();
        sync();
        assertArrayEquals(expected.get(0), engine.latest().points(), "the prior, through the same projection");
    }

    @Test
    void framesWithoutASnapshotLoseTheirPointsAndScrubbingShowsTheFrameBefore() throws InterruptedException {
        engine.load(config("gmm-d", 4, "ode-ei", 3).withCorrector(CorrectorChoice.defaults("ula")));
        engine.stepOnce();
        engine.stepOnce();
        sync();
        assertEquals(4, engine.latest().index(), "init, then predictor and corrector frames");
        engine.projection(ProjectionChoice.defaults().withKind(ProjectionChoice.Kind.PRINCIPAL));
        engine.seek(1);
        sync();
        assertEquals(0, engine.latest().index(), "the predictor phase had no snapshot: the frame before shows");
        engine.seek(2);
        sync();
        assertEquals(2, engine.latest().index());
        assertEquals(Phase.CORRECTOR, engine.latest().phase());
        assertNotNull(engine.latest().points());
    }

    @Test
    void modeColoursSurviveAChangeOfProjection() throws InterruptedException {
        engine.colorMode(ColorMode.MODE);
        engine.load(config("linked-rings", 3, "ode-ei", 8));
        for (int i = 0; i < 8; i++) {
            engine.stepOnce();
        }
        sync();
        byte[] labels = engine.latest().labels();
        assertNotNull(labels);
        engine.projection(ProjectionChoice.defaults().withView(2));
        sync();
        assertEquals(2, engine.latest().viewDim());
        assertArrayEquals(labels, engine.latest().labels(), "the same particles at the same time");
    }

    @Test
    void followingAParticleRecordsItsPathInDisplayCoordinates() throws InterruptedException {
        engine.load(config("helix", 3, "ode-ei", 5));
        engine.stepOnce();
        engine.stepOnce();
        engine.follow(7);
        engine.follow(-1);
        engine.follow(1500);
        sync();
        Frame f = engine.latest();
        assertEquals(List.of(7), List.copyOf(f.paths().keySet()), "out-of-range indices are ignored");
        float[] path = f.paths().get(7);
        assertEquals(3 * 3, path.length, "three frames of three coordinates");
        assertEquals(f.points()[7 * 3 + 1], path[2 * 3 + 1]);
        assertNull(engine.latest().labels());
    }

    @Test
    void followedParticlesStayForAnotherSamplerAndGoForAnotherTarget() throws InterruptedException {
        engine.load(config("helix", 3, "ode-ei", 5));
        engine.follow(7);
        engine.stepOnce();
        sync();
        assertEquals(List.of(7), List.copyOf(engine.latest().paths().keySet()));
        engine.load(config("helix", 3, "sde-em", 5));
        engine.stepOnce();
        sync();
        assertEquals(List.of(7), List.copyOf(engine.latest().paths().keySet()), "the same cloud: the same particle");
        engine.load(config("sphere", 3, "sde-em", 5));
        engine.stepOnce();
        sync();
        assertTrue(engine.latest().paths().isEmpty(), "another target: particle 7 is nobody in particular");
    }
}
