package org.diffuscope.app.engine;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The hand-over between a playing run and the display that shows it. While on, a run playing at a set rate queues
 * its frames for the display, which takes them oldest first ({@link #next}); the engine publishes another only while
 * fewer than {@link #AHEAD} wait, waiting at most {@link #LONGEST_WAIT_NANOS} after the last (a display that stops
 * drawing stops nothing). Every step is then shown, steps a busy machine could not have shown do not take the cores
 * from the drawing (100k particles at 60 frames per second on 2 cores made 55 steps a second, of which 43 were shown),
 * and a frame waits ready for a pulse that comes early: on a busy machine a late pulse is often followed by one a few
 * milliseconds after it, before the next step, and with a single frame handed over that pulse had nothing new (1-3 of
 * 60 pulses a second).
 */
final class DisplayPacing {

    /** The longest wait for the display to take a frame. */
    static final long LONGEST_WAIT_NANOS = 100_000_000L;
    /** The most frames waiting for the display; beyond them the oldest is dropped. */
    static final int AHEAD = 2;

    private final ConcurrentLinkedDeque<Frame> ahead = new ConcurrentLinkedDeque<>();
    private volatile boolean on;
    private volatile long longestWait = LONGEST_WAIT_NANOS;

    void on(boolean paced) {
        on = paced;
        if (!paced) {
            ahead.clear();
        }
    }

    /** Sets the longest wait (for tests). */
    void longestWait(long nanos) {
        longestWait = nanos;
    }

    /**
     * A frame was published (engine thread): queued for the display while on and a run plays at a set rate;
     * otherwise the queue empties and the display shows the newest frame.
     */
    void published(Frame f, boolean queued) {
        if (on && queued) {
            ahead.addLast(f);
            while (ahead.size() > AHEAD) {
                ahead.pollFirst();
            }
        } else {
            ahead.clear();
        }
    }

    /** The frame the display shows next (any thread): the oldest queued one it has not taken, else newest. */
    Frame next(Frame newest) {
        Frame f = ahead.pollFirst();
        return f != null ? f : newest;
    }

    /**
     * Waits (engine thread) while {@link #AHEAD} frames wait for the display, at most the longest wait after
     * publishedAt, or until stop says so (a command came); returns at once when off.
     */
    void await(long publishedAt, BooleanSupplier stop) {
        if (!on) {
            return;
        }
        while (ahead.size() >= AHEAD && System.nanoTime() - publishedAt < longestWait && !stop.getAsBoolean()) {
            LockSupport.parkNanos(250_000L);
        }
    }
}
