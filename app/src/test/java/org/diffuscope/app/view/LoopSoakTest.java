package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;

import org.diffuscope.app.engine.Engine;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * An unattended window: the default scene with trails, playing in a loop as fast as it goes for two minutes.
 * The heap after a full GC, with the direct memory in use, is sampled every 10 s after a 30 s warm-up; its robust
 * (Theil-Sen) trend over the soak must stay under {@link #MAX_GROWTH_BYTES} (a leak of a frame per loop, about 160 kB x
 * hundreds of loops, would not).
 * Memory is asserted, never time.
 */
@Tag("soak")
class LoopSoakTest extends WindowTest {

    static final long WARM_UP_MILLIS = 30_000;
    static final long SOAK_MILLIS = 120_000;
    static final long SAMPLE_MILLIS = 10_000;
    static final long MAX_GROWTH_BYTES = 24L << 20;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void loopingForTwoMinutesDoesNotGrowTheHeap(FxRobot robot) throws Exception {
        ExplorerViewModel vm = app.viewModel();
        await("the first frame", () -> vm.frameProperty().get() != null);
        robot.interact(() -> {
            vm.overlaysProperty().set(vm.overlaysProperty().get().withTrailLength(16));
            vm.speedProperty().set(Engine.MAX_SPEED);
            vm.loopProperty().set(true);
            vm.play();
        });
        Thread.sleep(WARM_UP_MILLIS);
        long firstGeneration = vm.frameProperty().get().generation();
        List<double[]> samples = new ArrayList<>();
        long start = System.nanoTime();
        long elapsed;
        do {
            Thread.sleep(SAMPLE_MILLIS);
            elapsed = (System.nanoTime() - start) / 1_000_000;
            samples.add(new double[] {elapsed / 1000.0, heapAfterGc()});
        } while (elapsed < SOAK_MILLIS);
        long loops = vm.frameProperty().get().generation() - firstGeneration;
        assertTrue(vm.playingProperty().get(), "still playing after the soak");
        assertTrue(loops >= 3, "the run looped: " + loops + " restarts");
        double slope = slope(samples);
        double growth = slope * SOAK_MILLIS / 1000.0;
        StringBuilder sb = new StringBuilder();
        for (double[] s : samples) {
            sb.append(String.format(java.util.Locale.ROOT, " %.0fs:%.1fMiB", s[0], s[1] / (1 << 20)));
        }
        System.out.printf(java.util.Locale.ROOT,
                "soak: %d loops, heap after GC and direct memory%s; trend %.2f MiB over %d s%n",
                loops, sb, growth / (1 << 20), SOAK_MILLIS / 1000);
        assertTrue(growth < MAX_GROWTH_BYTES, String.format(java.util.Locale.ROOT,
                "the heap after GC and direct memory grew by %.1f MiB over the soak (trend), samples:%s",
                growth / (1 << 20), sb));
    }

    /** The heap after a full GC plus the direct memory in use (where the history keeps frame points and snapshots). */
    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long direct = 0;
        var pools = java.lang.management.ManagementFactory.getPlatformMXBeans(
                java.lang.management.BufferPoolMXBean.class);
        for (java.lang.management.BufferPoolMXBean pool : pools) {
            if (pool.getName().equals("direct")) {
                direct = pool.getMemoryUsed();
            }
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() + direct;
    }

    /**
     * Theil-Sen slope of y on x: the median of the slopes of all pairs, so that one sample taken while a run
     * holds its whole history (tens of MiB) does not tilt the trend either way.
     */
    static double slope(List<double[]> xy) {
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < xy.size(); i++) {
            for (int j = i + 1; j < xy.size(); j++) {
                slopes.add((xy.get(j)[1] - xy.get(i)[1]) / (xy.get(j)[0] - xy.get(i)[0]));
            }
        }
        java.util.Collections.sort(slopes);
        int m = slopes.size();
        return m % 2 == 1 ? slopes.get(m / 2) : 0.5 * (slopes.get(m / 2 - 1) + slopes.get(m / 2));
    }
}
