package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The playing run's clock keeps the chosen rate on average and never races through a backlog. */
class PlaybackClockTest {

    private static final long P = PlaybackClock.period(60);

    @Test
    void stepsQuickerThanThePeriodWaitForTheirTick() {
        assertEquals(16_666_666L, P);
        assertEquals(P, PlaybackClock.next(0, P, 5_000_000L));
    }

    @Test
    void lateStepsKeepTheAverageRate() {
        // steps of 12, 18, 18 ms (16 ms on average) against a 16.7 ms period: the schedule stays 60 ticks a second
        // while the lateness stays within one period, each late step's successor starting at once; the old clock
        // (the next tick at the latest now) lost each 18 ms step's lateness: 57 steps
        long tick = 0;
        long now = 0;
        int steps = 0;
        while (now < 1_000_000_000L) {
            long start = Math.max(now, tick);
            now = start + (steps % 3 == 0 ? 12_000_000L : 18_000_000L);
            tick = PlaybackClock.next(tick, P, now);
            steps++;
        }
        // mean step 16 ms against 16.7: the clock holds the run to the rate asked
        assertEquals(60, steps, 1);
    }

    @Test
    void aStalledRunCatchesUpOneStepAtMost() {
        long now = 2_000_000_000L;
        long next = PlaybackClock.next(0, P, now);
        assertEquals(now - P, next, "one step at once, then the period again");
        assertEquals(now, PlaybackClock.next(next, P, now));
    }

    @Test
    void theFastestSpeedNeverWaits() {
        assertEquals(0, PlaybackClock.period(Engine.MAX_SPEED));
        assertEquals(123, PlaybackClock.next(100, 0, 123));
    }
}
