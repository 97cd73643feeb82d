package org.diffuscope.core.metric;

import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/**
 * One pass of the exact p_t over a cloud: the cross-entropy {@code -mean_i log p_t(x_i)} with its standard error
 * {@code sd(log p_t(x_i))/sqrt(n)}, and the mean soft responsibilities {@code mean_i r_k(x_i)} of the modes, whose
 * exact value under p_t is {@code w_k} (science.md §7). Blocks merge their (count, mean, M2) in order (Chan et al.).
 *
 * @param crossEntropy         {@code -mean log p_t(x_i)}; +infinity when a particle lies where p_t = 0
 * @param crossEntropyStderr   standard error of that mean
 * @param meanResponsibilities {@code mean_i r_k(x_i)}, k < modeCount; null when there is one mode
 */
record DensityScores(double crossEntropy, double crossEntropyStderr, double[] meanResponsibilities) {

    /** Rows evaluated at once ({@link Evaluator#logDensityRows}: a mixture's fast path). */
    private static final int CHUNK = 256;

    static DensityScores of(Cloud c, Marginal marginal, int modeCount, boolean parallel) {
        int n = c.n();
        int d = c.dim();
        double[] x = c.x();
        int blocks = Blocks.count(n);
        double[] mean = new double[blocks];
        double[] m2 = new double[blocks];
        int[] counts = new int[blocks];
        double[][] r = modeCount > 1 ? new double[blocks][modeCount] : null;
        Blocks.run(blocks, parallel, () -> RowScratch.of(marginal, CHUNK, 0), (scratch, b) -> {
            Evaluator ev = scratch.ev();
            double[] logp = scratch.logp();
            double[] rb = r == null ? null : r[b];
            double mu = 0;
            double s = 0;
            int count = 0;
            for (int lo = Blocks.start(b), end = Blocks.end(b, n); lo < end; lo += CHUNK) {
                int m = Math.min(CHUNK, end - lo);
                ev.logDensityRows(x, lo, lo + m, logp, rb);
                for (int i = 0; i < m; i++) {
                    // Welford: v = -log p
                    double v = -logp[i];
                    if (!(v < Double.POSITIVE_INFINITY)) {
                        continue; // p_t(x) = 0 (or NaN): counted below as an infinite cross-entropy
                    }
                    count++;
                    double delta = v - mu;
                    mu += delta / count;
                    s += delta * (v - mu);
                }
            }
            mean[b] = mu;
            m2[b] = s;
            counts[b] = count;
        });
        double total = 0;
        double mu = 0;
        double s = 0;
        for (int b = 0; b < blocks; b++) {
            double nb = counts[b];
            if (nb == 0) {
                continue;
            }
            double merged = total + nb;
            double delta = mean[b] - mu;
            mu += delta * nb / merged;
            s += m2[b] + delta * delta * total * nb / merged;
            total = merged;
        }
        double stderr = n > 1 ? Math.sqrt(s / (n - 1) / n) : Double.POSITIVE_INFINITY;
        if (total < n) {
            mu = Double.POSITIVE_INFINITY;
            stderr = Double.POSITIVE_INFINITY;
        }
        double[] meanR = null;
        if (r != null) {
            meanR = new double[modeCount];
            for (int b = 0; b < blocks; b++) {
                for (int k = 0; k < modeCount; k++) {
                    meanR[k] += r[b][k];
                }
            }
            for (int k = 0; k < modeCount; k++) {
                meanR[k] /= n;
            }
        }
        return new DensityScores(mu, stderr, meanR);
    }

    /** {@code sum_k |mean_i r_k(x_i) - w_k|}; NaN when there is one mode. */
    double modeWeightError(double[] weights) {
        if (meanResponsibilities == null) {
            return Double.NaN;
        }
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            acc += Math.abs(meanResponsibilities[k] - weights[k]);
        }
        return acc;
    }
}
