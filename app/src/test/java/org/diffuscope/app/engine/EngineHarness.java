package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;

/** An engine driven without the toolkit, for the engine tests: its statuses queued, a barrier, closed after each test. */
abstract class EngineHarness {

    protected final LinkedBlockingQueue<EngineStatus> statuses = new LinkedBlockingQueue<>();
    protected final Engine engine;

    /** @param budgetBytes memory the engine's history may hold */
    EngineHarness(long budgetBytes) {
        engine = new Engine(2, budgetBytes, statuses::add);
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** Waits until the worker has handled every command sent so far. */
    protected void sync() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        engine.post(done::countDown);
        assertTrue(done.await(60, TimeUnit.SECONDS), "the engine answers");
    }
}
