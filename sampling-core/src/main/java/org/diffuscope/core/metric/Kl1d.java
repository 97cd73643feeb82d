package org.diffuscope.core.metric;

import java.util.Arrays;

/**
 * One-dimensional KL divergence {@code KL(q || p)} of n samples of q against an exact {@link Law1d} p, binned in B
 * cells of equal p-mass (edges at the quantiles {@code F^-1(b/B)}, so every exact cell mass is 1/B):
 * {@code KL ~ sum_b q_b log(B q_b) - (B - 1)/(2n)}, the plug-in value minus its expectation under q = p (Miller's
 * correction: {@code 2n KL_plugin} is asymptotically chi-square with B - 1 degrees of freedom). Under q = p the
 * estimate has mean ~0 and standard deviation {@code sqrt(2(B - 1))/(2n)}, reported as the floor; binning can only
 * lower the true KL (data processing), by little once the bins resolve the difference between q and p. A
 * Kozachenko-Leonenko variant ({@link #knn}) is there to cross-check it.
 *
 * @param kl    the corrected estimate (may be slightly negative)
 * @param raw   the plug-in value
 * @param floor its standard deviation under q = p
 * @param bins  B
 */
public record Kl1d(double kl, double raw, double floor, int bins) {

    /** The default bin count {@code 2 n^(1/3)}, within [8, 1000]. */
    public static int defaultBins(int n) {
        return (int) Math.max(8, Math.min(1000, Math.round(2.0 * Math.cbrt(n))));
    }

    /** The estimate for {@code x[0 .. n)} against p with B bins. x: Not modified. */
    public static Kl1d binned(double[] x, int n, Law1d p, int bins) {
        if (n < 1 || bins < 2) {
            throw new IllegalArgumentException("need n >= 1 and bins >= 2, got " + n + ", " + bins);
        }
        double[] edges = new double[bins - 1];
        for (int b = 1; b < bins; b++) {
            edges[b - 1] = p.quantile((double) b / bins);
        }
        long[] counts = new long[bins];
        for (int i = 0; i < n; i++) {
            int pos = Arrays.binarySearch(edges, x[i]);
            // cell b holds [edge_(b-1), edge_b); an exact hit on an edge goes to the cell above it
            int cell = pos >= 0 ? pos + 1 : -pos - 1;
            counts[cell]++;
        }
        double raw = 0;
        for (long c : counts) {
            if (c > 0) {
                double q = (double) c / n;
                raw += q * Math.log(q * bins);
            }
        }
        double correction = (bins - 1) / (2.0 * n);
        return new Kl1d(raw - correction, raw, Math.sqrt(2.0 * (bins - 1)) / (2.0 * n), bins);
    }

    /**
     * The Kozachenko-Leonenko estimate {@code -H_kNN(q) - mean_i log p(x_i)} in 1D (k-th neighbour). x: Not
     * modified.
     */
    public static double knn(double[] x, int n, Law1d p, int k) {
        double h = KnnEntropy.of(x, n, 1, k, false);
        double ce = 0;
        for (int i = 0; i < n; i++) {
            ce -= p.logDensity(x[i]);
        }
        return -h + ce / n;
    }
}
