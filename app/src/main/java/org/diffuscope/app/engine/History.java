package org.diffuscope.app.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diffuscope.core.run.Snapshot;

/**
 * The frames of a run so far (for scrubbing back) and run snapshots at step ends (for branching), kept within a
 * memory budget: when over it, every other older frame loses its points and every other snapshot is dropped, so
 * scrubbing gets coarser instead of the heap growing. Worker thread only.
 */
final class History {

    private final long budgetBytes;
    private final long snapshotBytes;
    private final List<Frame> frames = new ArrayList<>();
    private final TreeMap<Integer, Snapshot> snapshots = new TreeMap<>();
    private long usedBytes;

    /**
     * @param budgetBytes   memory the history may hold
     * @param snapshotBytes the size of one run snapshot (particles and predictor history)
     */
    History(long budgetBytes, long snapshotBytes) {
        this.budgetBytes = budgetBytes;
        this.snapshotBytes = snapshotBytes;
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

    void addSnapshot(int frameIndex, Snapshot s) {
        Snapshot old = snapshots.put(frameIndex, s);
        usedBytes += old == null ? snapshotBytes : 0;
        thinIfNeeded();
    }

    /** The latest snapshot taken at or before the frame index, or null. */
    Map.Entry<Integer, Snapshot> snapshotAtOrBefore(int frameIndex) {
        return snapshots.floorEntry(frameIndex);
    }

    /** Drops every frame and snapshot after index. */
    void truncateAfter(int index) {
        while (frames.size() > index + 1) {
            usedBytes -= bytes(frames.remove(frames.size() - 1));
        }
        while (!snapshots.isEmpty() && snapshots.lastKey() > index) {
            snapshots.pollLastEntry();
            usedBytes -= snapshotBytes;
        }
    }

    void clear() {
        frames.clear();
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
            // drop the points of every other frame, oldest first, keeping the first and the last two
            for (int i = 1; i < frames.size() - 2 && usedBytes > budgetBytes; i += 2) {
                Frame f = frames.get(i);
                if (f.points() != null) {
                    replace(i, f.withoutPoints());
                    freed = true;
                }
            }
            // drop every other snapshot, keeping the first and the last
            List<Integer> keys = new ArrayList<>(snapshots.keySet());
            for (int i = 1; i < keys.size() - 1 && usedBytes > budgetBytes; i += 2) {
                snapshots.remove(keys.get(i));
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
