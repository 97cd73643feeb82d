package org.diffuscope.core.metric;

import java.util.SplittableRandom;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/**
 * Statistics of {@code count} exact samples of p_t, drawn block by block from the streams
 * {@code (seed, METRICS, REFERENCE, block)} and never all stored: the entropy {@code H(p_t) ~ -mean log p_t(y_i)}
 * with its standard error, {@code E|y - m|^4} (for the covariance-error floor), the per-axis range, and the first
 * {@code kept} samples themselves.
 *
 * @param count         number of exact samples
 * @param entropy       {@code -mean_i log p_t(y_i)}
 * @param entropyStderr {@code sd(log p_t(y_i)) / sqrt(count)}
 * @param fourthMoment  {@code mean_i |y_i - m|^4}, m the exact mean
 * @param lo            per-axis minimum of the samples
 * @param hi            per-axis maximum of the samples
 * @param kept          the first samples, row-major
 */
public record ReferenceSamples(int count, double entropy, double entropyStderr, double fourthMoment, double[] lo,
                               double[] hi, double[] kept) {

    /** Stream purpose (after {@link RandomStreams#METRICS}) of the reference samples. */
    static final long REFERENCE = 1;
    /** Samples drawn, then evaluated, at a time. */
    private static final int CHUNK = 256;

    /**
     * @param base the draws of x_0 and z kept for this target, seed and count, or null to draw them here (the same
     *             numbers either way)
     */
    static ReferenceSamples draw(DiffusedTarget target, double t, Marginal marginal, double[] m, int count, int keep,
                                 long seed, boolean parallel, ReferenceDraws base) {
        if (base != null && base.count() != count) {
            throw new IllegalArgumentException("kept draws of " + base.count() + " rows for " + count + " samples");
        }
        int d = target.dim();
        int blocks = Blocks.count(count);
        int keepRows = Math.min(keep, count);
        double[] kept = new double[keepRows * d];
        double[] mean = new double[blocks];
        double[] m2 = new double[blocks];
        double[] fourth = new double[blocks];
        double[][] lo = new double[blocks][d];
        double[][] hi = new double[blocks][d];
        DiffusedTarget.Draws draws = target.draws(t);
        Blocks.run(blocks, parallel, () -> RowScratch.of(marginal, CHUNK, d), (scratch, b) -> {
            SplittableRandom rng = base != null ? null : RandomStreams.stream(seed, RandomStreams.METRICS, REFERENCE, b);
            Evaluator ev = scratch.ev();
            double[] y = scratch.rows();
            double[] logp = scratch.logp();
            java.util.Arrays.fill(lo[b], Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(hi[b], Double.NEGATIVE_INFINITY);
            double mu = 0;
            double s = 0;
            double f4 = 0;
            int k = 0;
            // in chunks of samples, whose log-densities are evaluated at once (a mixture's fast path)
            for (int from = Blocks.start(b), end = Blocks.end(b, count); from < end; from += CHUNK) {
                int rows = Math.min(CHUNK, end - from);
                for (int q = 0; q < rows; q++) {
                    int i = from + q;
                    if (base != null) {
                        base.sample(i, draws.alpha(), draws.sigma(), y, q * d);
                    } else {
                        draws.sample(rng, y, q * d);
                    }
                    if (i < keepRows) {
                        System.arraycopy(y, q * d, kept, i * d, d);
                    }
                    double r2 = 0;
                    for (int j = 0; j < d; j++) {
                        double yj = y[q * d + j];
                        lo[b][j] = Math.min(lo[b][j], yj);
                        hi[b][j] = Math.max(hi[b][j], yj);
                        double e = yj - m[j];
                        r2 += e * e;
                    }
                    f4 += r2 * r2;
                }
                ev.logDensityRows(y, 0, rows, logp, null);
                for (int q = 0; q < rows; q++) {
                    double v = -logp[q];
                    k++;
                    double delta = v - mu;
                    mu += delta / k;
                    s += delta * (v - mu);
                }
            }
            mean[b] = mu;
            m2[b] = s;
            fourth[b] = f4;
        });
        double total = 0;
        double mu = 0;
        double s = 0;
        double f4 = 0;
        double[] lower = new double[d];
        double[] upper = new double[d];
        java.util.Arrays.fill(lower, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(upper, Double.NEGATIVE_INFINITY);
        for (int b = 0; b < blocks; b++) {
            double nb = Blocks.end(b, count) - Blocks.start(b);
            double merged = total + nb;
            double delta = mean[b] - mu;
            mu += delta * nb / merged;
            s += m2[b] + delta * delta * total * nb / merged;
            total = merged;
            f4 += fourth[b];
            for (int j = 0; j < d; j++) {
                lower[j] = Math.min(lower[j], lo[b][j]);
                upper[j] = Math.max(upper[j], hi[b][j]);
            }
        }
        return new ReferenceSamples(count, mu, Math.sqrt(s / (count - 1) / count), f4 / count, lower, upper, kept);
    }

    /** Exact samples of p_t from the streams {@code (seed, METRICS, purpose, block)}, row-major. */
    static double[] exactSamples(DiffusedTarget target, double t, int n, long seed, long purpose, boolean parallel) {
        int d = target.dim();
        double[] out = new double[n * d];
        DiffusedTarget.Draws draws = target.draws(t);
        Blocks.run(Blocks.count(n), parallel, b -> {
            SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.METRICS, purpose, b);
            for (int i = Blocks.start(b); i < Blocks.end(b, n); i++) {
                draws.sample(rng, out, i * d);
            }
        });
        return out;
    }
}
