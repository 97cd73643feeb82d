package org.diffuscope.app.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.Snapshot;

/**
 * The frames of a run so far (for scrubbing back) and run snapshots at step ends (for branching), kept within a
 * memory budget: when over it, every other older frame that still has points loses them and every other snapshot
 * is dropped, so scrubbing gets coarser instead of the memory growing. The snapshots' particles live in
 * {@link DirectSlots} (off the heap, out of the collector's way) unless a snapshot is too large for a slot. Worker
 * thread only.
 */
final class History {

    /**
     * A stored snapshot: the state without its particles, the slot holding them and their shape; or the whole snapshot
     * kept on the heap.
     */
    private record Stored(Snapshot shell, int slot, int count, int dim, Snapshot onHeap) {
    }

    private final long budgetBytes;
    private final long snapshotBytes;
    private final DirectSlots slots;
    private final List<Frame> frames = new ArrayList<>();
    private final TreeMap<Integer, Stored> snapshots = new TreeMap<>();
    private long usedBytes;

    /**
     * @param budgetBytes   memory the history may hold
     * @param snapshotBytes the size of one run snapshot (particles and predictor history)
     * @param slots         where the snapshots' particles go, or null to keep them on the heap
     * @param particleBytes the bytes of one snapshot's particles (count x dim doubles)
     */
    History(long budgetBytes, long snapshotBytes, DirectSlots slots, long particleBytes) {
        this.budgetBytes = budgetBytes;
        this.snapshotBytes = snapshotBytes;
        this.slots = slots != null && particleBytes > 0 && particleBytes <= DirectSlots.MAX_SLOT_BYTES ? slots : null;
        if (this.slots != null) {
            this.slots.reset(particleBytes);
        }
    }

    int size() {
        return frames.size();
    }

    Frame get(int index) {
        return frames.get(index);
    }

    Frame last() {
        return frames.get(frames.size() - 1);
    }

    /** The frame at index if it still has points, else the nearest earlier one that has. */
    Frame displayable(int index) {
        for (int i = index; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.points() != null) {
                return f;
            }
        }
        return frames.get(index);
    }

    void add(Frame f) {
        frames.add(f);
        usedBytes += bytes(f);
        thinIfNeeded();
    }

    void replace(int index, Frame f) {
        usedBytes += bytes(f) - bytes(frames.get(index));
        frames.set(index, f);
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
            usedBytes -= bytes(frames.remove(frames.size() - 1));
        }
        while (!snapshots.isEmpty() && snapshots.lastKey() > index) {
            release(snapshots.pollLastEntry().getValue());
            usedBytes -= snapshotBytes;
        }
    }

    void clear() {
        frames.clear();
        snapshots.values().forEach(this::release);
        snapshots.clear();
        usedBytes = 0;
    }

    long usedBytes() {
        return usedBytes;
    }

    /** Frames from..to (inclusive) as an unmodifiable list, for metric plots and trails. */
    List<Frame> range(int from, int to) {
        return List.copyOf(frames.subList(Math.max(0, from), Math.min(frames.size(), to + 1)));
    }

    /** Up to count frames before index that still hold points, oldest first (the trail of the frame at index). */
    List<Frame> trailBefore(int index, int count) {
        List<Frame> out = new ArrayList<>();
        for (int i = Math.max(0, index - count); i < index; i++) {
            if (frames.get(i).points() != null) {
                out.add(frames.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** One point per frame for the metric plots. */
    List<SeriesPoint> series() {
        List<SeriesPoint> out = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            out.add(SeriesPoint.of(f));
        }
        return List.copyOf(out);
    }

    /** The displayed positions of one particle in frames 0..upTo that hold points, flat with viewDim per row. */
    float[] path(int particle, int upTo, int viewDim) {
        float[] out = new float[(upTo + 1) * viewDim];
        int n = 0;
        for (int i = 0; i <= upTo; i++) {
            float[] p = frames.get(i).points();
            if (p != null) {
                System.arraycopy(p, particle * viewDim, out, n, viewDim);
                n += viewDim;
            }
        }
        return java.util.Arrays.copyOf(out, n);
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
                if (frames.get(i).points() != null) {
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

    private static long bytes(Frame f) {
        long b = 256;
        if (f.points() != null) {
            b += 4L * f.points().length;
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
