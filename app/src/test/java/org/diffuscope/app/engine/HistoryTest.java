package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The history's memory budget, and its snapshots kept off the heap coming back bit for bit. */
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

    @Test
    void aLongRunKeepsItsFramesWithinTheBudgetWhileKeepingTheEnds() {
        // 40 frames' worth: a thinning pass over fixed indices freed the odd frames once, then the even ones grew
        // past the budget (at 1M particles, 4 GB of frames in a 1,000-step run against a 2 GB budget)
        long budget = 40 * FRAME_BYTES;
        History h = new History(budget, 0, null, 0);
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
    }

    @Test
    void snapshotsOffTheHeapComeBackBitForBit() {
        DirectSlots slots = new DirectSlots();
        History h = new History(1L << 30, 16L * N * 3, slots, 8L * N * 3);
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
        assertEquals(DirectSlots.SLAB_BYTES, slots.reservedBytes(), "20 snapshots of 120 kB share one slab");
    }

    @Test
    void slotsOfDroppedSnapshotsAreReused() {
        DirectSlots slots = new DirectSlots();
        long snapshotBytes = 8L * N * 3;
        long budget = 30 * (FRAME_BYTES + snapshotBytes);
        History h = new History(budget, snapshotBytes, slots, 8L * N * 3);
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
        History first = new History(1L << 30, 0, slots, 8L * N * 3);
        first.add(frame(0));
        first.addSnapshot(0, snapshot(0, 1));
        History second = new History(1L << 30, 0, slots, 8L * N * 3);
        assertEquals(0, slots.slotsCut(), "a new run starts from the first slot");
        assertNull(second.snapshotAtOrBefore(0));
        History huge = new History(1L << 30, 0, slots, DirectSlots.MAX_SLOT_BYTES + 8);
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
                History h = new History(1L << 30, 0, slots, 8L * N * run.particles().dim());
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
