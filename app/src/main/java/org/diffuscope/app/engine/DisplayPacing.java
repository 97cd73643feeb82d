package org.diffuscope.app.engine;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The hand-over between a playing run and the display that shows it. While on, the engine publishes a frame only
 * once the display has taken the one before, waiting at most {@link #LONGEST_WAIT_NANOS} after that one was
 * published (a display that stops drawing stops nothing); the step itself is computed meanwhile, so only the
 * hand-over waits. Every step is then shown, and steps a busy machine could not have shown do not take the cores
 * from the drawing: 100k particles at 60 frames per second on 2 cores made 55 steps a second, of which 43 were shown.
 */
final class DisplayPacing {

    /** The longest wait for the display to take a frame. */
    static final long LONGEST_WAIT_NANOS = 100_000_000L;

    private final AtomicReference<Frame> taken = new AtomicReference<>();
    private volatile boolean on;
    private volatile long longestWait = LONGEST_WAIT_NANOS;

    void on(boolean paced) {
        on = paced;
    }

    /** The display took this frame to show it (any thread). */
    void taken(Frame f) {
        taken.set(f);
    }

    /** Sets the longest wait (for tests). */
    void longestWait(long nanos) {
        longestWait = nanos;
    }

    /**
     * Waits (engine thread) until the display has taken the frame published at publishedAt, the longest wait has
     * passed since, or stop says so (a command came); returns at once when off or with nothing published.
     */
    void await(Frame published, long publishedAt, BooleanSupplier stop) {
        if (!on || published == null) {
            return;
        }
        while (taken.get() != published && System.nanoTime() - publishedAt < longestWait && !stop.getAsBoolean()) {
            LockSupport.parkNanos(250_000L);
        }
    }
}
