package org.diffuscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import org.diffuscope.app.engine.Frame;
import org.junit.jupiter.api.Test;

/** The status line describes the run on screen, whichever of its first frame and its run info arrives first. */
class StatusLineTest {

    @Test
    void aFirstFrameShownBeforeItsRunInfoIsDescribedAgainWhenTheInfoArrives() throws Exception {
        // the UI thread's queue, run only when the test says: the engine's status waits there
        ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
        try (ExplorerViewModel vm = new ExplorerViewModel(ui::add, 1, 64L << 20)) {
            vm.start();
            ExperimentConfig forty = vm.config().withParticles(500)
                    .withSampler(vm.config().sampler().withSteps(40));
            vm.load(forty);
            await(() -> {
                drain(ui);
                vm.pollFrame();
                return vm.numbersProperty().get().contains("step 0/40 ");
            });
            long first = vm.frameProperty().get().generation();
            vm.load(forty.withSampler(forty.sampler().withSteps(20)));
            // the new run's first frame reaches the screen while its status is still queued
            await(() -> {
                Frame f = vm.pollFrame();
                return f != null && f.generation() != first;
            });
            assertTrue(vm.numbersProperty().get().contains("step 0/40 "), "the old run's info describes it for now: "
                    + vm.numbersProperty().get());
            // then the status with the run's info (no new frame comes: the run waits at its prior)
            await(() -> {
                drain(ui);
                return vm.numbersProperty().get().contains("step 0/20 ");
            });
        }
    }

    private static void drain(ConcurrentLinkedQueue<Runnable> ui) {
        for (Runnable r = ui.poll(); r != null; r = ui.poll()) {
            r.run();
        }
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for the status line");
            }
            Thread.sleep(10);
        }
    }
}
