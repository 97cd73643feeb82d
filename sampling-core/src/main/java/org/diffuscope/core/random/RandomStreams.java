package org.diffuscope.core.random;

import java.util.SplittableRandom;

/**
 * Deterministic random streams keyed by the run seed and a path of integers (purpose, step, iteration, block), so
 * that every block of particles draws its noise from its own generator whatever thread runs it (cli.md,
 * "Randomness"). Keys are mixed with SplitMix64's finaliser; distinct paths give independent-looking streams.
 */
public final class RandomStreams {

    /** Stream purposes: the first key of every path. */
    public static final long PRIOR = 1;
    public static final long PREDICTOR = 2;
    public static final long CORRECTOR = 3;
    public static final long EXACT_SAMPLES = 4;
    public static final long SCORE_ERROR = 5;
    public static final long METRICS = 6;
    public static final long TARGET = 7;

    /** Particles per block of a stream: fixed, so results never depend on the thread count. */
    public static final int BLOCK = 256;

    private RandomStreams() {
    }

    /** A generator for the stream {@code (seed, keys...)}. */
    public static SplittableRandom stream(long seed, long... keys) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long key : keys) {
            h = mix(h ^ mix(key + 0x632BE59BD9B4E019L));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
