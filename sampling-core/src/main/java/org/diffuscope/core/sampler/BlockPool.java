package org.diffuscope.core.sampler;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.diffuscope.core.random.RandomStreams;

/**
 * A small pool of worker threads that runs a {@link BlockTask} over the fixed blocks of
 * {@link RandomStreams#BLOCK} particles. Which worker takes which block varies, but every block's work depends
 * only on its index, so results are the same for any thread count (performance.md, lessons 2 and 6). The calling
 * thread is worker 0; with one thread everything runs inline. Owned by one run; close it when done.
 */
public final class BlockPool implements AutoCloseable {

    private final int threads;
    private final ExecutorService executor;

    /** @param threads workers, >= 1 (1 = run inline on the calling thread) */
    public BlockPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, new Daemons());
    }

    public int threads() {
        return threads;
    }

    /** Number of blocks covering count particles. */
    public static int blocks(int count) {
        return (count + RandomStreams.BLOCK - 1) / RandomStreams.BLOCK;
    }

    /** Runs task once for every block of count particles; returns when all are done, rethrowing any failure. */
    public void forEachBlock(int count, BlockTask task) {
        int nBlocks = blocks(count);
        int helpers = executor == null ? 0 : Math.min(threads, nBlocks) - 1;
        if (helpers <= 0) {
            drain(0, new AtomicInteger(), nBlocks, count, task);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Future<?>[] futures = new Future<?>[helpers];
        for (int h = 0; h < helpers; h++) {
            int worker = h + 1;
            futures[h] = executor.submit(() -> drain(worker, next, nBlocks, count, task));
        }
        Throwable failure = null;
        try {
            drain(0, next, nBlocks, count, task);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException("a block worker failed", failure);
        }
    }

    private static void drain(int worker, AtomicInteger next, int nBlocks, int count, BlockTask task) {
        for (int b = next.getAndIncrement(); b < nBlocks; b = next.getAndIncrement()) {
            int from = b * RandomStreams.BLOCK;
            task.run(worker, b, from, Math.min(count, from + RandomStreams.BLOCK));
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Daemon worker threads, so a forgotten pool never keeps the JVM alive. */
    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger made = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "diffuscope-block-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
