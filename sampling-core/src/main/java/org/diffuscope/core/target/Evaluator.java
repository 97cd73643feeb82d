package org.diffuscope.core.target;

/**
 * Exact log-density, score, Hessian and mode responsibilities of one {@link Marginal}. Holds scratch space, so it
 * is not thread-safe: one per thread. Points are rows of a row-major array: point i lives at
 * {@code x[off .. off + d)}.
 */
public interface Evaluator {

    int dim();

    /** {@code log p_t(x)}, normalised (the {@code -d/2 log 2 pi} included). x: Not modified. */
    double logDensity(double[] x, int off);

    /**
     * Writes the score {@code grad log p_t(x)} to {@code s[sOff .. sOff + d)} and returns {@code log p_t(x)}.
     * x: Not modified. s: Modified.
     */
    double score(double[] x, int off, double[] s, int sOff);

    /** Writes the Hessian of {@code log p_t} at x, row-major d x d, into h. x: Not modified. h: Modified. */
    void hessian(double[] x, int off, double[] h);

    /**
     * Writes the posterior probabilities of the target's modes given x_t = x into {@code r[0 .. modeCount)}.
     * For targets that are not mixtures it writes 1. x: Not modified. r: Modified.
     */
    default void responsibilities(double[] x, int off, double[] r) {
        r[0] = 1.0;
    }

    /**
     * Writes the responsibilities into {@code r[0 .. modeCount)} and returns {@code log p_t(x)}: one pass where an
     * implementation can share the work (a mixture's log-sum-exp yields both). x: Not modified. r: Modified.
     */
    default double logDensityAndResponsibilities(double[] x, int off, double[] r) {
        responsibilities(x, off, r);
        return logDensity(x, off);
    }

    /** Scores of the rows {@code [from, to)} of x into the same rows of s. x: Not modified. s: Modified. */
    default void scoreRows(double[] x, int from, int to, double[] s) {
        int d = dim();
        for (int i = from; i < to; i++) {
            score(x, i * d, s, i * d);
        }
    }

    /**
     * Log-densities of the rows {@code [from, to)} of x into {@code logp[0 .. to - from)}; when {@code rSums} is not
     * null, each mode's responsibility summed over those rows is added to {@code rSums[0 .. modeCount)} (row by row, in
     * order). A mixture answers a block of rows at once (its fast path); the values are those of
     * {@link #logDensityAndResponsibilities} up to rounding. x: Not modified. logp, rSums: Modified.
     */
    default void logDensityRows(double[] x, int from, int to, double[] logp, double[] rSums) {
        int d = dim();
        double[] r = rSums == null ? null : new double[rSums.length];
        for (int i = from; i < to; i++) {
            if (r == null) {
                logp[i - from] = logDensity(x, i * d);
            } else {
                logp[i - from] = logDensityAndResponsibilities(x, i * d, r);
                for (int k = 0; k < r.length; k++) {
                    rSums[k] += r[k];
                }
            }
        }
    }

    /** Convenience for one point held in its own array. */
    default double logDensity(double[] x) {
        return logDensity(x, 0);
    }

    /** Convenience for one point: the score into a fresh array. */
    default double[] score(double[] x) {
        double[] s = new double[dim()];
        score(x, 0, s, 0);
        return s;
    }
}
