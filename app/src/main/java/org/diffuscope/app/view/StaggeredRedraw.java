package org.diffuscope.app.view;

/**
 * When a panel of several costly parts (a readout and charts) shows a playing run: at most every
 * {@link #INTERVAL_NANOS} it takes the newest frame, then shows that frame's parts one a frame, so no single pulse lays
 * out and draws the whole panel (a pulse that does overruns, and the picture misses a frame). Asked for all parts, as
 * when paused or scrubbed, it shows every part of the frame at once. FX thread only.
 *
 * @param <F> what a frame is
 */
final class StaggeredRedraw<F> {

    /** Shortest time between two frames shown while playing: ~7 a second, faster than that is unreadable. */
    static final long INTERVAL_NANOS = 150_000_000L;

    /** Shows one part of a frame. */
    interface Part<F> {
        void show(F frame, int part);
    }

    private final int parts;
    private final Part<F> part;
    private boolean started;
    private long last;
    private F pending;
    private int next;

    StaggeredRedraw(int parts, Part<F> part) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, was " + parts);
        }
        this.parts = parts;
        this.part = part;
    }

    /**
     * A new frame at time now (nanoseconds): shows every part of it if all, else the next part of the frame being
     * shown, or the first part of this one when the last was taken {@link #INTERVAL_NANOS} ago or more.
     */
    void offer(F frame, long now, boolean all) {
        if (all) {
            pending = null;
            started = true;
            last = now;
            for (int p = 0; p < parts; p++) {
                part.show(frame, p);
            }
            return;
        }
        if (pending == null) {
            if (started && now - last < INTERVAL_NANOS) {
                return;
            }
            started = true;
            last = now;
            pending = frame;
            next = 0;
        }
        F f = pending;
        int p = next++;
        if (next == parts) {
            pending = null;
        }
        part.show(f, p);
    }

    /** The parts after the one being shown have nothing new: the frame is done. */
    void skipRest() {
        pending = null;
    }
}
