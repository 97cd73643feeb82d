package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.run.Direction;
import org.diffuscope.core.run.Phase;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The history's memory budget, and its frame points and snapshots kept off the heap coming back bit for bit. */
class HistoryTest {

    private static final int N = 5000;
    private static final int VIEW_DIM = 2;
    private static final long FRAME_BYTES = 256 + 4L * N * VIEW_DIM;

    private static Frame frame(int index) {
        float[] p = new float[N * VIEW_DIM];
        java.util.Arrays.fill(p, index);
        return Frame.recorded(1, index, index, 1.0 - index * 1e-3, Phase.PREDICTOR, index, p, N, VIEW_DIM, Map.of(),
                Double.NaN);
    }

    private static Snapshot snapshot(int step, long seed) {
        Random r = new Random(seed);
        double[] x = new double[N * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
        }
        x[7] = Double.NaN;
        x[8] = -0.0;
        x[9] = Double.MIN_VALUE;
        return new Snapshot(Direction.REVERSE, step, 1.0 - step * 1e-3, new Particles(N, 3, x), step, 2L * step, 1, 3,
                2, 5, 0.25, false, false, null, "history " + step);
    }

    private static History.Memory snapshotsIn(DirectSlots slots) {
        return new History.Memory(slots, null, null);
    }

    /** Frame points that tell apart every bit: random floats, a NaN, a negative zero and the smallest float. */
    private static Frame noisyFrame(int index, int viewDim, long seed) {
        Random r = new Random(seed);
        float[] p = new float[N * viewDim];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) r.nextGaussian();
        }
        p[3] = Float.NaN;
        p[4] = -0.0f;
        p[5] = Float.MIN_VALUE;
        return Frame.recorded(1, index, index, 1.0 - index * 1e-3, Phase.PREDICTOR, index, p, N, viewDim, Map.of(),
                Double.NaN);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLongRunKeepsItsFramesWithinTheBudgetWhileKeepingTheEnds(boolean offHeap) {
        // 40 frames' worth: a thinning pass over fixed indices freed the odd frames once, then the even ones grew
        // past the budget (at 1M particles, 4 GB of frames in a 1,000-step run against a 2 GB budget)
        long budget = 40 * FRAME_BYTES;
        History.Memory memory = offHeap ? History.Memory.direct() : History.Memory.HEAP;
        History h = new History(budget, 0, 0, memory);
        for (int i = 0; i < 2000; i++) {
            h.add(frame(i));
            assertTrue(h.usedBytes() <= budget, "frame " + i + ": " + h.usedBytes() + " bytes > budget " + budget);
        }
        int withPoints = 0;
        for (int i = 0; i < h.size(); i++) {
            withPoints += h.get(i).points() != null ? 1 : 0;
        }
        assertTrue(withPoints >= 10, "scrubbing keeps some frames: " + withPoints);
        assertNotNull(h.get(0).points(), "the first frame stays");
        assertNotNull(h.get(1998).points(), "the last two frames stay");
        assertNotNull(h.get(1999).points());
        Frame shown = h.displayable(1500);
        assertTrue(shown.index() <= 1500 && shown.points()[0] == shown.index(), "scrubbing shows the nearest earlier "
                + "frame kept, with its own points: " + shown.index());
        if (offHeap) {
            assertEquals(withPoints, memory.points().inUse(), "thinned frames give their slots back");
        }
    }

    @Test
    void framePointsOffTheHeapComeBackBitForBitAndOnlyTheRecentStayOnIt() {
        History.Memory memory = History.Memory.direct();
        History h = new History(1L << 30, 0, 0, memory);
        h.keepRecent(4);
        for (int i = 0; i < 50; i++) {
            h.add(noisyFrame(i, VIEW_DIM, 300 + i));
        }
        assertEquals(50, memory.points().inUse(), "every frame's points are off the heap");
        for (int i = 0; i < 50; i++) {
            float[] want = noisyFrame(i, VIEW_DIM, 300 + i).points();
            assertArrayEquals(want, h.get(i).points(), "bits of frame " + i);
            assertEquals(i, h.get(i).index());
            assertNull(h.meta(i).points(), "meta reads nothing back");
        }
        float[] path = h.path(1, 49, VIEW_DIM);
        for (int i = 0; i < 50; i++) {
            float[] want = noisyFrame(i, VIEW_DIM, 300 + i).points();
            assertEquals(want[2], path[2 * i], "x of particle 1 in frame " + i);
            assertEquals(want[3], path[2 * i + 1], "y of particle 1 in frame " + i);
        }
        Frame kept = h.get(49);
        assertSame(kept, h.get(49), "a recent frame is the same object (its colours stay cached)");
        for (int i = 10; i < 20; i++) {
            h.get(i);
        }
        assertNotSame(kept, h.get(49), "only the 4 most recent stay on the heap: the frame was read back");
        List<Frame> all = h.framesWithPoints();
        assertEquals(50, all.size());
        assertArrayEquals(noisyFrame(7, VIEW_DIM, 307).points(), all.get(7).points());
        h.truncateAfter(9);
        assertEquals(10, memory.points().inUse(), "a branch gives the later frames' slots back");
        h.add(noisyFrame(10, VIEW_DIM, 999));
        assertArrayEquals(noisyFrame(10, VIEW_DIM, 999).points(), h.framesWithPoints().get(10).points(),
                "a reused slot holds the new frame");
        assertArrayEquals(noisyFrame(9, VIEW_DIM, 309).points(), h.framesWithPoints().get(9).points());
    }

    @Test
    void aProjectionOfAnotherSizeMovesThePointsToTheSpareStoreAndANewRunStartsEmpty() {
        History.Memory memory = History.Memory.direct();
        History h = new History(1L << 30, 0, 0, memory);
        for (int i = 0; i < 12; i++) {
            h.add(noisyFrame(i, 2, i));
        }
        // as Reprojection does: read each frame, put its new points in its place
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(noisyFrame(i, 2, i).points(), h.get(i).points());
            h.replace(i, noisyFrame(i, 3, 100 + i));
        }
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(noisyFrame(i, 3, 100 + i).points(), h.get(i).points(), "3D points of frame " + i);
            assertEquals(3, h.get(i).viewDim());
        }
        assertEquals(12, memory.points().inUse() + memory.spare().inUse());
        assertEquals(0, Math.min(memory.points().inUse(), memory.spare().inUse()), "all in one store");
        assertEquals(12L * (256 + 4L * N * 3), h.usedBytes());
        History next = new History(1L << 30, 0, 0, memory);
        assertEquals(0, memory.points().inUse() + memory.spare().inUse(), "a new run takes every slot back");
        next.add(noisyFrame(0, 2, 5));
        assertArrayEquals(noisyFrame(0, 2, 5).points(), next.get(0).points());
    }

    @Test
    void snapshotsOffTheHeapComeBackBitForBit() {
        DirectSlots slots = new DirectSlots();
        History h = new History(1L << 30, 16L * N * 3, 8L * N * 3, snapshotsIn(slots));
        for (int i = 0; i < 20; i++) {
            h.add(frame(i));
            h.addSnapshot(i, snapshot(i, 100 + i));
        }
        for (int i = 0; i < 20; i++) {
            Snapshot want = snapshot(i, 100 + i);
            Snapshot got = h.snapshotAtOrBefore(i).getValue();
            assertArrayEquals(want.particles().data(), got.particles().data(), "bits of snapshot " + i);
            assertEquals(want.withParticles(null), got.withParticles(null), "the rest of snapshot " + i);
        }
        assertEquals(2 * DirectSlots.SLOTS_PER_SLAB * 8L * N * 3, slots.reservedBytes(),
                "20 snapshots of 120 kB take two slabs of 16");
    }

    @Test
    void slabsFollowTheSlotSizeAndAreKeptForARunOfTheSameSize() {
        DirectSlots slots = new DirectSlots();
        slots.reset(4L * 100_000 * 2);
        slots.put(new float[100_000 * 2]);
        assertEquals(16 * 800_000L, slots.reservedBytes(), "a 100k-particle frame store reserves 16 frames, not 64 MB");
        slots.reset(4L * 100_000 * 2);
        int slot = slots.put(new float[100_000 * 2]);
        assertEquals(0, slot, "a run of the same size starts again from the first slot");
        assertEquals(16 * 800_000L, slots.reservedBytes(), "and keeps the slab");
        slots.reset(4L * 1_000_000 * 2);
        for (int i = 0; i < 9; i++) {
            slots.put(new float[1_000_000 * 2]);
        }
        assertEquals(2L * DirectSlots.SLAB_BYTES, slots.reservedBytes(), "8 MB slots: 8 to a slab of 64 MB");
        long huge = DirectSlots.SLAB_BYTES + 8;
        slots.reset(huge);
        assertEquals(0, slots.reservedBytes(), "slabs of another size are let go");
    }

    @Test
    void slotsOfDroppedSnapshotsAreReused() {
        DirectSlots slots = new DirectSlots();
        long snapshotBytes = 8L * N * 3;
        long budget = 30 * (FRAME_BYTES + snapshotBytes);
        History h = new History(budget, snapshotBytes, 8L * N * 3, snapshotsIn(slots));
        for (int i = 0; i < 1000; i++) {
            h.add(frame(i));
            h.addSnapshot(i, snapshot(i, i));
        }
        assertTrue(slots.slotsCut() <= 70, "thinned snapshots give their slots back: " + slots.slotsCut() + " cut");
        // a branch from frame 500 drops the later snapshots; new ones reuse their slots and keep their own bits
        h.truncateAfter(500);
        Map.Entry<Integer, Snapshot> kept = h.snapshotAtOrBefore(500);
        assertTrue(kept.getKey() <= 500);
        for (int i = 501; i < 520; i++) {
            h.add(frame(i));
            h.addSnapshot(i, snapshot(i, 7000 + i));
        }
        assertArrayEquals(snapshot(519, 7519).particles().data(), h.snapshotAtOrBefore(519).getValue().particles()
                .data());
        assertArrayEquals(snapshot(kept.getKey(), kept.getKey()).particles().data(),
                h.snapshotAtOrBefore(kept.getKey()).getValue().particles().data(), "the snapshot before the branch");
    }

    @Test
    void aNewRunTakesTheSlotsBackAndSnapshotsTooLargeForASlotStayOnTheHeap() {
        DirectSlots slots = new DirectSlots();
        History first = new History(1L << 30, 0, 8L * N * 3, snapshotsIn(slots));
        first.add(frame(0));
        first.addSnapshot(0, snapshot(0, 1));
        History second = new History(1L << 30, 0, 8L * N * 3, snapshotsIn(slots));
        assertEquals(0, slots.slotsCut(), "a new run starts from the first slot");
        assertNull(second.snapshotAtOrBefore(0));
        History huge = new History(1L << 30, 0, DirectSlots.MAX_SLOT_BYTES + 8, snapshotsIn(slots));
        huge.add(frame(0));
        Snapshot s = snapshot(0, 2);
        huge.addSnapshot(0, s);
        assertArrayEquals(s.particles().data(), huge.snapshotAtOrBefore(0).getValue().particles().data());
        assertEquals(0, slots.slotsCut(), "kept on the heap");
    }

    @Test
    void aLiveRunsSnapshotKeepsItsParticlesWhileTheRunStepsOn() {
        ExperimentConfig c = ExperimentConfig.defaults().withParticles(N)
                .withSampler(SamplerChoice.defaults("sde-em").withSteps(8));
        try (SamplingRun run = RunFactory.builder(c, RunFactory.diffusedTarget(c), 1).build()) {
            run.init();
            run.step();
            for (DirectSlots slots : new DirectSlots[] {new DirectSlots(), null}) {
                History h = new History(1L << 30, 0, 8L * N * run.particles().dim(), snapshotsIn(slots));
                h.add(frame(0));
                double[] then = run.particles().data().clone();
                int stepThen = run.snapshot().step();
                h.addSnapshot(0, run);
                run.step();
                run.step();
                Snapshot kept = h.snapshotAtOrBefore(0).getValue();
                assertArrayEquals(then, kept.particles().data(), "the particles as they were, slots " + slots);
                assertEquals(stepThen, kept.step());
                assertTrue(run.particles().data()[0] != then[0], "the run moved on");
            }
        }
    }
}
