package org.diffuscope.core.metric;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Fixed blocks of particles for the metrics' reductions: each block writes its own partial result and the caller
 * combines them in block order, so the numbers do not depend on the thread count.
 */
final class Blocks {

    /** Particles per block. */
    static final int SIZE = 4096;

    private Blocks() {
    }

    static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }

    static int start(int b) {
        return b * SIZE;
    }

    static int end(int b, int n) {
        return Math.min(n, (b + 1) * SIZE);
    }

    /** A block's work with scratch that no other thread uses meanwhile. */
    interface ScratchTask<S> {
        void run(S scratch, int block);
    }

    /**
     * Runs task(scratch, 0 .. tasks) as {@link #run(int, boolean, IntConsumer)} does, each block taking a scratch from
     * those made so far in this pass or a new one from make: as many are made as blocks run at once, not one per
     * block (an evaluator and its buffers per block were most of the metrics' garbage).
     */
    static <S> void run(int tasks, boolean parallel, Supplier<S> make, ScratchTask<S> task) {
        ConcurrentLinkedQueue<S> pool = new ConcurrentLinkedQueue<>();
        run(tasks, parallel, b -> {
            S scratch = pool.poll();
            if (scratch == null) {
                scratch = make.get();
            }
            try {
                task.run(scratch, b);
            } finally {
                pool.offer(scratch);
            }
        });
    }

    /** Runs task(0 .. tasks), in parallel when asked; tasks must only write to their own slots. */
    static void run(int tasks, boolean parallel, IntConsumer task) {
        if (parallel && tasks > 1) {
            IntStream.range(0, tasks).parallel().forEach(task);
        } else {
            for (int b = 0; b < tasks; b++) {
                task.accept(b);
            }
        }
    }
}
