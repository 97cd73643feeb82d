package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.junit.jupiter.api.Test;

/** A run paced by its display shows every step; at the fastest speed it never waits for one. */
class EnginePacingTest extends EngineHarness {

    EnginePacingTest() {
        super(64L << 20);
    }

    private static ExperimentConfig tiny(int steps) {
        return ExperimentConfig.defaults().withParticles(500).withSampler(SamplerChoice.defaults("sde-em").withSteps(steps));
    }

    private void awaitFinished() throws InterruptedException {
        EngineStatus s;
        do {
            s = statuses.poll(120, TimeUnit.SECONDS);
            assertNotNull(s, "the run goes on");
        } while (!s.finished());
    }

    /** Loads a run of that many steps that wants 1,000 a second, paced by a display it waits for without end. */
    private void loadPacedAtAThousandASecond(int steps) throws InterruptedException {
        engine.displayWait(TimeUnit.HOURS.toNanos(1));
        engine.pacedByDisplay(true);
        engine.speed(1000);
        engine.load(tiny(steps));
        sync();
    }

    @Test
    void aDisplaySlowerThanTheRateIsShownEveryStep() throws Exception {
        // the run wants 1,000 steps a second; the display takes a frame every 3 ms or so and may be late: with the
        // wait unbounded (an hour), no step may pass unseen, the last included
        loadPacedAtAThousandASecond(120);
        List<Integer> seen = new ArrayList<>();
        Thread display = new Thread(() -> {
            int last = -1;
            while (!Thread.currentThread().isInterrupted()) {
                Frame f = engine.next();
                if (f != null && f.step() != last) {
                    seen.add(f.step());
                    last = f.step();
                }
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "test-display");
        display.start();
        try {
            engine.play();
            awaitFinished();
            sync();
            Thread.sleep(50);
        } finally {
            display.interrupt();
            display.join();
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i <= 120; i++) {
            all.add(i);
        }
        assertEquals(all, seen, "every step shown, in order");
    }

    @Test
    void twoFramesWaitReadyForADisplayThatComesEarlyAfterComingLate() throws Exception {
        loadPacedAtAThousandASecond(400);
        assertEquals(0, engine.next().step(), "a still run shows its newest frame");
        engine.play();
        Thread.sleep(100); // a late display: the run queued two frames and waits
        Frame first = engine.next();
        Frame second = engine.next();
        assertEquals(1, first.step(), "no step passed unseen");
        assertEquals(2, second.step(), "the next display pulse, however soon, has a new frame too");
        engine.pause();
        sync();
        Frame newest = engine.latest();
        Frame f = engine.next();
        for (int i = 0; i < DisplayPacing.AHEAD && f != newest; i++) {
            Frame g = engine.next();
            assertEquals(f.step() + 1, g.step(), "the frames that waited, in order");
            f = g;
        }
        assertEquals(newest, f, "paused, the display shows the frames that waited, then the newest");
        assertEquals(newest, engine.next(), "and stays there");
    }

    @Test
    void atTheFastestSpeedOrWithoutADisplayTheRunNeverWaits() throws Exception {
        // nobody takes frames and the wait is an hour: the run can only finish by not waiting
        engine.displayWait(TimeUnit.HOURS.toNanos(1));
        engine.pacedByDisplay(true);
        engine.speed(Engine.MAX_SPEED);
        engine.load(tiny(60));
        engine.play();
        awaitFinished();
        sync();
        assertEquals(60, engine.latest().step());
        engine.pacedByDisplay(false);
        engine.speed(2000);
        engine.load(tiny(60));
        engine.play();
        awaitFinished();
        sync();
        assertEquals(60, engine.latest().step());
    }
}
