package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Blocks with scratch: every block runs once, no scratch serves two blocks at once, and few are made. */
class BlocksTest {

    @Test
    void scratchIsReusedAcrossBlocksAndNeverSharedAtOnce() {
        int tasks = 200;
        AtomicInteger made = new AtomicInteger();
        AtomicInteger clashes = new AtomicInteger();
        int[] ran = new int[tasks];
        for (boolean parallel : new boolean[] {false, true}) {
            made.set(0);
            java.util.Arrays.fill(ran, 0);
            Blocks.run(tasks, parallel, () -> {
                made.incrementAndGet();
                return new AtomicBoolean();
            }, (busy, b) -> {
                if (!busy.compareAndSet(false, true)) {
                    clashes.incrementAndGet();
                }
                ran[b]++;
                double x = 0;
                for (int i = 0; i < 20_000; i++) {
                    x += Math.sqrt(i + b);
                }
                if (x < 0) {
                    clashes.incrementAndGet();
                }
                busy.set(false);
            });
            int[] once = new int[tasks];
            java.util.Arrays.fill(once, 1);
            assertArrayEquals(once, ran, "every block runs once, parallel " + parallel);
            int most = parallel ? ForkJoinPool.getCommonPoolParallelism() + 1 : 1;
            assertTrue(made.get() <= most, made.get() + " scratches for " + tasks + " blocks, at most " + most
                    + " (one per thread), parallel " + parallel);
        }
        assertTrue(clashes.get() == 0, clashes.get() + " blocks found their scratch in use");
    }
}
