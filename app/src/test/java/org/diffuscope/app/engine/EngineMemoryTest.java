package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.MemoryBudget;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million particles with trails: the history thins itself to its budget, so the heap (and the direct memory holding
 * the snapshots) after a whole run stays within the budget plus the run's own state, and within
 * {@link MemoryBudget}'s bytes per particle.
 */
@Tag("slow")
class EngineMemoryTest {

    /** Heap after a collection plus the direct memory in use (where the history keeps its snapshots). */
    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                direct = pool.getMemoryUsed();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() + direct;
    }

    @Test
    void aMillionParticlesStayWithinTheHistoryBudget() throws Exception {
        int n = 1_000_000;
        long budget = 128L << 20;
        long base = heapAfterGc();
        LinkedBlockingQueue<EngineStatus> statuses = new LinkedBlockingQueue<>();
        try (Engine engine = new Engine(2, budget, statuses::add)) {
            ExperimentConfig c = ExperimentConfig.defaults().withParticles(n)
                    .withSampler(SamplerChoice.defaults("sde-em").withSteps(30));
            engine.speed(Engine.MAX_SPEED);
            engine.colorMode(ColorMode.SPEED);
            engine.load(c);
            engine.play();
            EngineStatus s;
            do {
                s = statuses.poll(300, TimeUnit.SECONDS);
                assertTrue(s != null, "the run goes on");
            } while (!s.finished());
            CountDownLatch done = new CountDownLatch(1);
            engine.post(done::countDown);
            assertTrue(done.await(60, TimeUnit.SECONDS));
            Frame last = engine.latest();
            assertTrue(last.trail().size() >= 2, "trails are kept: " + last.trail().size());
            long used = heapAfterGc() - base;
            // 31 frames of 8 MB and 31 snapshots of 16 MB would be ~750 MB without the budget
            // the run's own state at d = 2 (particles, step scratch, noise, the frame on display, colours): ~125
            // bytes a particle measured; 160 allowed
            long runState = 160L * n;
            System.out.printf("1M particles, 30 steps: heap after GC and direct memory %d MiB over the start (budget %d MiB)%n",
                    used >> 20, budget >> 20);
            assertTrue(used <= budget + runState, "heap after GC " + (used >> 20) + " MiB <= budget "
                    + (budget >> 20) + " MiB + the run's state " + (runState >> 20) + " MiB");
            assertTrue(used <= (MemoryBudget.BASE + 2 * MemoryBudget.PER_DIM) * n,
                    "within the particles' memory budget per particle: " + used / n + " bytes each");
        }
    }
}
