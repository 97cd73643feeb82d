package org.diffuscope.app.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.Snapshot;

/**
 * The frames of a run so far (for scrubbing back) and run snapshots at step ends (for branching), kept within a
 * memory budget: when over it, every other older frame that still has points loses them and every other snapshot
 * is dropped, so scrubbing gets coarser instead of the memory growing. The frames' points and the snapshots'
 * particles live in {@link DirectSlots} (off the heap, out of the collector's way) unless too large for a slot; the
 * most recently added or read frames are also kept on the heap ({@link #keepRecent}), so the trails of a playing run
 * are not read back at every step. Worker thread only.
 */
final class History {

    /** The direct memory a history keeps its data in, reused from run to run; a null member keeps that on the heap. */
    record Memory(DirectSlots snapshots, DirectSlots points, DirectSlots spare) {

        /** Everything on the heap (for tests). */
        static final Memory HEAP = new Memory(null, null, null);

        /** Snapshots and frame points off the heap. */
        static Memory direct() {
            return new Memory(new DirectSlots(), new DirectSlots(), new DirectSlots());
        }
    }

    /**
     * A stored snapshot: the state without its particles, the slot holding them and their shape; or the whole snapshot
     * kept on the heap.
     */
    private record Stored(Snapshot shell, int slot, int count, int dim, Snapshot onHeap) {
    }

    /** Where a frame's points are kept: a slot of a store off the heap, or an array on the heap. */
    private record Points(DirectSlots store, int slot, float[] onHeap) {

        float[] read() {
            return onHeap != null ? onHeap : store.getFloats(slot);
        }

        float get(int i) {
            return onHeap != null ? onHeap[i] : store.getFloat(slot, i);
        }

        void release() {
            if (onHeap == null) {
                store.release(slot);
            }
        }
    }

    private final long budgetBytes;
    private final long snapshotBytes;
    private final DirectSlots slots;
    /** The store new frame points go to, and the other one (taken when a new projection changes their size). */
    private DirectSlots pointStore;
    private DirectSlots spareStore;
    /** The frames without their points, and where each one's points are (null: none kept). */
    private final List<Frame> frames = new ArrayList<>();
    private final List<Points> points = new ArrayList<>();
    /** Frames with their points on the heap, least recently used first. */
    private final LinkedHashMap<Integer, Frame> recent = new LinkedHashMap<>(16, 0.75f, true);
    private final TreeMap<Integer, Stored> snapshots = new TreeMap<>();
    private final SeriesLog series = new SeriesLog();
    private int recentFrames = 2;
    private long usedBytes;

    /**
     * @param budgetBytes   memory the history may hold
     * @param snapshotBytes the size of one run snapshot (particles and predictor history)
     * @param particleBytes the bytes of one snapshot's particles (count x dim doubles)
     * @param memory        where snapshots and frame points go (every slot is taken back for this run)
     */
    History(long budgetBytes, long snapshotBytes, long particleBytes, Memory memory) {
        this.budgetBytes = budgetBytes;
        this.snapshotBytes = snapshotBytes;
        this.slots = memory.snapshots() != null && particleBytes > 0 && particleBytes <= DirectSlots.MAX_SLOT_BYTES
                ? memory.snapshots() : null;
        if (this.slots != null) {
            this.slots.reset(particleBytes);
        }
        this.pointStore = memory.points();
        this.spareStore = memory.spare();
        if (pointStore != null) {
            pointStore.clear();
            spareStore.clear();
        }
    }

    /**
     * Keeps up to this many of the most recently added or read frames on the heap as well (at least 2, and their
     * points at most a quarter of the budget): a playing run's trail, its frame and those its colours measure from.
     */
    void keepRecent(int count) {
        recentFrames = Math.max(2, count);
        trimRecent();
    }

    int size() {
        return frames.size();
    }

    /** The frame at index with its points when they are kept (read back onto the heap when not recent). */
    Frame get(int index) {
        Frame f = recent.get(index);
        if (f != null) {
            return f;
        }
        Points p = points.get(index);
        if (p == null) {
            return frames.get(index);
        }
        f = frames.get(index).withPoints(p.read());
        remember(f);
        return f;
    }

    /** The frame at index without its points (nothing read back: for its step, time and numbers). */
    Frame meta(int index) {
        return frames.get(index);
    }

    /** Whether the frame at index still has its points. */
    boolean hasPoints(int index) {
        return points.get(index) != null;
    }

    Frame last() {
        return get(frames.size() - 1);
    }

    /** The frame at index if it still has points, else the nearest earlier one that has. */
    Frame displayable(int index) {
        for (int i = index; i >= 0; i--) {
            if (hasPoints(i)) {
                return get(i);
            }
        }
        return frames.get(index);
    }

    void add(Frame f) {
        frames.add(f.withoutPoints());
        points.add(keep(f.points()));
        series.add(SeriesPoint.of(f));
        if (f.points() != null) {
            remember(f);
        }
        usedBytes += bytes(f, f.points() != null);
        thinIfNeeded();
    }

    /**
     * Puts a new frame (its points, if any, kept anew) in place of the one at index: the same frame thinned or
     * projected anew, whose numbers ({@link #series}) stay.
     */
    void replace(int index, Frame f) {
        usedBytes += bytes(f, f.points() != null) - bytes(frames.get(index), hasPoints(index));
        Points old = points.get(index);
        if (old != null) {
            old.release();
        }
        recent.remove(index);
        frames.set(index, f.withoutPoints());
        points.set(index, keep(f.points()));
    }

    /**
     * Stores the run's state now: its particles copied straight into a slot off the heap (no copy on the heap), or a
     * whole copy kept on the heap when they do not fit a slot.
     */
    void addSnapshot(int frameIndex, SamplingRun run) {
        addSnapshot(frameIndex, slots == null ? run.snapshot() : run.snapshotSharingParticles());
    }

    void addSnapshot(int frameIndex, Snapshot s) {
        Stored stored = slots == null ? new Stored(null, -1, 0, 0, s)
                : new Stored(s.withParticles(null), slots.put(s), s.count(), s.dim(), null);
        Stored old = snapshots.put(frameIndex, stored);
        if (old == null) {
            usedBytes += snapshotBytes;
        } else {
            release(old);
        }
        thinIfNeeded();
    }

    /** The latest snapshot taken at or before the frame index (its particles read back), or null. */
    Map.Entry<Integer, Snapshot> snapshotAtOrBefore(int frameIndex) {
        Map.Entry<Integer, Stored> e = snapshots.floorEntry(frameIndex);
        if (e == null) {
            return null;
        }
        Stored s = e.getValue();
        Snapshot snap = s.onHeap() != null ? s.onHeap()
                : s.shell().withParticles(new Particles(s.count(), s.dim(), slots.get(s.slot())));
        return Map.entry(e.getKey(), snap);
    }

    private void release(Stored s) {
        if (s.onHeap() == null) {
            slots.release(s.slot());
        }
    }

    /** Drops every frame and snapshot after index. */
    void truncateAfter(int index) {
        while (frames.size() > index + 1) {
            int last = frames.size() - 1;
            Points p = points.remove(last);
            usedBytes -= bytes(frames.remove(last), p != null);
            if (p != null) {
                p.release();
            }
            recent.remove(last);
        }
        series.truncate(frames.size());
        while (!snapshots.isEmpty() && snapshots.lastKey() > index) {
            release(snapshots.pollLastEntry().getValue());
            usedBytes -= snapshotBytes;
        }
    }

    long usedBytes() {
        return usedBytes;
    }

    /**
     * Every frame that still has points, with them (oldest first; the others were thinned out), read back without
     * displacing the recent frames kept on the heap: for exports, which may keep the list.
     */
    List<Frame> framesWithPoints() {
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Points p = points.get(i);
            if (p != null) {
                Frame f = recent.get(i);
                out.add(f != null ? f : frames.get(i).withPoints(p.read()));
            }
        }
        return List.copyOf(out);
    }

    /** Up to count frames before index that still hold points, oldest first (the trail of the frame at index). */
    List<Frame> trailBefore(int index, int count) {
        List<Frame> out = new ArrayList<>();
        for (int i = Math.max(0, index - count); i < index; i++) {
            if (hasPoints(i)) {
                out.add(get(i));
            }
        }
        return List.copyOf(out);
    }

    /** One point per frame for the metric plots (unmodifiable, unchanged by later frames). */
    List<SeriesPoint> series() {
        return series.view();
    }

    /** The displayed positions of one particle in frames 0..upTo that hold points, flat with viewDim per row. */
    float[] path(int particle, int upTo, int viewDim) {
        float[] out = new float[(upTo + 1) * viewDim];
        int n = 0;
        for (int i = 0; i <= upTo; i++) {
            Points p = points.get(i);
            if (p != null) {
                for (int j = 0; j < viewDim; j++) {
                    out[n++] = p.get(particle * viewDim + j);
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * Where points go: a slot of the point store, of the spare store when their size changed (a new projection) and
     * the point store still holds frames of the old size, or the heap when neither takes them.
     */
    private Points keep(float[] p) {
        if (p == null) {
            return null;
        }
        long bytes = 4L * p.length;
        if (pointStore == null || bytes > DirectSlots.MAX_SLOT_BYTES) {
            return new Points(null, -1, p);
        }
        if (pointStore.slotBytes() != bytes) {
            if (pointStore.inUse() > 0) {
                if (spareStore.inUse() > 0) {
                    return new Points(null, -1, p);
                }
                DirectSlots s = pointStore;
                pointStore = spareStore;
                spareStore = s;
            }
            pointStore.reset(bytes);
        }
        return new Points(pointStore, pointStore.put(p), null);
    }

    private void remember(Frame f) {
        recent.put(f.index(), f);
        trimRecent();
    }

    private void trimRecent() {
        if (frames.isEmpty()) {
            return;
        }
        Frame newest = frames.get(frames.size() - 1);
        long frameBytes = 4L * Math.max(1, newest.count()) * Math.max(1, newest.viewDim());
        long most = Math.max(2, Math.min(recentFrames, budgetBytes / 4 / frameBytes));
        var it = recent.entrySet().iterator();
        while (recent.size() > most && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private void thinIfNeeded() {
        int guard = 0;
        while (usedBytes > budgetBytes && guard++ < 64) {
            boolean freed = false;
            // drop the points of every other frame that still has them, oldest first, keeping the first and the last
            // two: each pass halves the frames with points (a pass over fixed indices would free nothing the second
            // time, and the frames kept would grow past the budget)
            List<Integer> withPoints = new ArrayList<>();
            for (int i = 1; i < frames.size() - 2; i++) {
                if (hasPoints(i)) {
                    withPoints.add(i);
                }
            }
            for (int k = 0; k < withPoints.size() && usedBytes > budgetBytes; k += 2) {
                int i = withPoints.get(k);
                replace(i, frames.get(i).withoutPoints());
                freed = true;
            }
            // drop every other snapshot, keeping the first and the last
            List<Integer> keys = new ArrayList<>(snapshots.keySet());
            for (int i = 1; i < keys.size() - 1 && usedBytes > budgetBytes; i += 2) {
                release(snapshots.remove(keys.get(i)));
                usedBytes -= snapshotBytes;
                freed = true;
            }
            if (!freed) {
                return;
            }
        }
    }

    /** The bytes a frame holds in the history, with or without its points. */
    private static long bytes(Frame f, boolean withPoints) {
        long b = 256;
        if (withPoints) {
            b += 4L * f.count() * f.viewDim();
        }
        if (f.labels() != null) {
            b += f.labels().length;
        }
        if (f.values() != null) {
            b += 4L * f.values().length;
        }
        return b;
    }
}
