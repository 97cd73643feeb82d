package org.diffuscope.core.metric;

import java.util.ArrayList;
import java.util.List;

import org.diffuscope.core.target.Target;

/**
 * Joint KL divergence to a product target, exactly the sum of the per-coordinate KLs:
 * {@code KL(q || p_t) = sum_j KL(q_j || p_t^j)} when q is a product too (every sampler acts coordinate-wise on a
 * product target, science.md §2 and §8.5); for a general q it is a lower bound, the gap being q's total correlation
 * {@code sum_j H(q_j) - H(q)}. Each term is a {@link Kl1d} against the exact coordinate law
 * {@link TargetStructure#law1d}.
 *
 * @param kl           {@code sum_j KL_j}
 * @param floor        {@code sqrt(sum_j floor_j^2)}: its standard deviation when q = p_t
 * @param stderr       {@code sqrt(sum_j stderr_j^2)}: its standard error for the cloud at hand (q a product)
 * @param perCoordinate the d terms
 * @param bins         equal-mass cells per coordinate (before the tail cells of {@link Kl1d})
 */
public record ProductKl(double kl, double floor, double stderr, double[] perCoordinate, int bins) {

    /**
     * The per-coordinate KL sum of the n row-major points x in R^d against the product marginal at (alpha, sigma).
     * bins: 0 for {@link Kl1d#defaultBins}. x: Not modified.
     */
    public static ProductKl of(double[] x, int n, int d, List<Target> factors, double alpha, double sigma, int bins,
                               boolean parallel) {
        return of(x, n, d, laws(factors, alpha, sigma), bins, parallel);
    }

    /** The exact coordinate laws of the product marginal at (alpha, sigma). */
    static List<Law1d> laws(List<Target> factors, double alpha, double sigma) {
        List<Law1d> laws = new ArrayList<>(factors.size());
        for (Target f : factors) {
            laws.add(TargetStructure.law1d(f, alpha, sigma));
        }
        return laws;
    }

    /** The per-coordinate KL sum against the given coordinate laws. x: Not modified. */
    static ProductKl of(double[] x, int n, int d, List<Law1d> laws, int bins, boolean parallel) {
        if (laws.size() != d) {
            throw new IllegalArgumentException("need " + d + " coordinate laws, got " + laws.size());
        }
        int b = bins > 0 ? bins : Kl1d.defaultBins(n);
        double[] kl = new double[d];
        double[] floor = new double[d];
        double[] stderr = new double[d];
        Blocks.run(d, parallel, j -> {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = x[i * d + j];
            }
            Kl1d r = Kl1d.binned(column, n, laws.get(j), b);
            kl[j] = r.kl();
            floor[j] = r.floor();
            stderr[j] = r.stderr();
        });
        double sum = 0;
        double var = 0;
        double se = 0;
        for (int j = 0; j < d; j++) {
            sum += kl[j];
            var += floor[j] * floor[j];
            se += stderr[j] * stderr[j];
        }
        return new ProductKl(sum, Math.sqrt(var), Math.sqrt(se), kl, b);
    }
}
