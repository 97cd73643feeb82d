package org.diffuscope.app.viewmodel;

/**
 * How many particles fit in the heap: a run holds the particles (8 d bytes each) several times over (the run's
 * state and scratch, predictor history, snapshots for scrubbing and branching) and the display history holds float
 * copies, so one particle costs about {@code BASE + PER_DIM d} bytes of heap in all (d = 2: 400 bytes, as measured
 * with 1M particles and trails; README, "Memory").
 */
public final class MemoryBudget {

    /** Bytes per particle that do not grow with the dimension (colours, labels, metric scratch). */
    public static final long BASE = 160;
    /** Bytes per particle and coordinate. */
    public static final long PER_DIM = 120;

    private MemoryBudget() {
    }

    /** The most particles of dimension dim that fit in maxMemory bytes of heap (at least 1000). */
    public static int maxParticles(long maxMemory, int dim) {
        long per = BASE + PER_DIM * Math.max(2, dim);
        return (int) Math.max(1000, Math.min(ExperimentConfig.MAX_PARTICLES, maxMemory / per));
    }

    /** Null when the particles fit, else a message that says how many do and how to get more memory. */
    public static String check(int particles, int dim, long maxMemory) {
        int max = maxParticles(maxMemory, dim);
        if (particles <= max) {
            return null;
        }
        return particles + " particles in dimension " + dim + " do not fit in this Java's memory ("
                + (maxMemory >> 20) + " MiB): at most " + max + ". Use fewer particles, or start Diffuscope with "
                + "more memory (java -Xmx8g -jar diffuscope.jar).";
    }
}
