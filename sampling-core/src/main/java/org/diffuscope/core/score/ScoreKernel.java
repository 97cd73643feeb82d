package org.diffuscope.core.score;

/**
 * Per-thread evaluation of a {@link ScoreAt} over rows of flat row-major arrays (point i at
 * {@code x[i d .. i d + d)}). Holds scratch space, so it is not thread-safe; it never allocates per row.
 */
public interface ScoreKernel {

    /**
     * Writes the score of rows {@code [from, to)} of x into the same rows of s and, when logp is not null, the exact
     * {@code log p_t} of each row into {@code logp[from .. to)}.
     *
     * @param evaluation index of the batch evaluation (the run's NFE counter): a score error of kind {@code noise}
     *                   draws its noise from the stream {@code (seed, SCORE_ERROR, evaluation, block)}
     * @param x          Not modified.
     * @param s          Modified.
     * @param logp       Modified; may be null.
     */
    void scoreRows(long evaluation, double[] x, int from, int to, double[] s, double[] logp);
}
