package org.diffuscope.core.corrector;

/**
 * The per-run state of a {@link Corrector}: scratch buffers and counters. A call reads x, writes out, never
 * modifies x and never allocates per particle.
 */
public interface CorrectorStepper {

    /**
     * Runs one corrector call at time t.
     *
     * @param step  the predictor step index i that keys the noise streams (seed, CORRECTOR, i, j, block)
     * @param tNext the next predictor time (langevin-snr's a_i), or NaN when unknown
     * @param x     count x d, row-major. Not modified.
     * @param out   count x d, row-major. Modified.
     * @return the batch score evaluations spent
     */
    int correct(int step, double t, double tNext, CorrectorCall call, double[] x, double[] out);

    /** Metropolis proposals so far (mala; 0 otherwise). */
    default long proposals() {
        return 0;
    }

    /** Accepted Metropolis proposals so far (mala; 0 otherwise). */
    default long acceptances() {
        return 0;
    }

    /** Batch evaluations of the exact log p_t so far (mala; 0 otherwise). */
    default long logpEvaluations() {
        return 0;
    }
}
