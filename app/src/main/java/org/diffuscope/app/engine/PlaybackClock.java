package org.diffuscope.app.engine;

/**
 * When a run playing at a set rate takes its next step: one period after the last tick, so the chosen rate holds on
 * average, a step that ended late letting the next one start at once; but never more than one period behind now, so
 * a run that stalled (a slow step, a busy machine) does not race through a backlog to catch up. Without the one
 * period of slack (the next tick at the latest now), steps of 100k particles taking 14-18 ms on a busy machine made
 * 55-56 of the 60 a second asked, every late step's delay lost for good.
 */
final class PlaybackClock {

    private PlaybackClock() {
    }

    /**
     * @param tick   the last tick, in nanoseconds
     * @param period nanoseconds between steps (0: as fast as the run goes)
     * @param now    the time the last step ended
     * @return the time of the next step
     */
    static long next(long tick, long period, long now) {
        return Math.max(tick + period, now - period);
    }

    /** The period of a rate in frames per second; 0 for the fastest speed (a rate of 0 or less). */
    static long period(double framesPerSecond) {
        return framesPerSecond <= 0 ? 0 : (long) (1e9 / framesPerSecond);
    }
}
