package org.diffuscope.core.target;

import java.util.random.RandomGenerator;

/**
 * A data distribution p_0 whose noised marginals {@code p_t = law(alpha x_0 + sigma z)} have closed-form
 * densities and scores (science.md §2). Immutable and thread-safe.
 */
public interface Target {

    /** Dimension d of the data. */
    int dim();

    /** The kind, as in target files ({@code gaussian-mixture}, {@code circle}, ...). */
    String kind();

    /**
     * The exact marginal {@code law(alpha x_0 + sigma z)}.
     *
     * @param alpha signal scale, {@code 0 < alpha <= 1} for VP processes, 1 for VE
     * @param sigma noise scale, {@code > 0}; 0 is allowed only when {@link #hasDensity()}
     */
    Marginal marginal(double alpha, double sigma);

    /** True when p_0 itself has a Lebesgue density (so that sigma = 0 is allowed). */
    boolean hasDensity();

    /** Writes one exact draw of p_0 at {@code out[off .. off + d)}. Modifies rng and out only. */
    void sample(RandomGenerator rng, double[] out, int off);

    /** The exact mean of p_0 (a fresh array). */
    double[] mean();

    /** The exact covariance of p_0, row-major d x d (a fresh array). */
    double[] covariance();

    /** The number of modes (mixture components) that responsibilities refer to; 1 for non-mixtures. */
    default int modeCount() {
        return 1;
    }

    /** Weights of the modes, summing to 1 (a fresh array). */
    default double[] modeWeights() {
        return new double[] {1.0};
    }

    /** Checks the arguments of {@link #marginal}; a helper for implementations. */
    default void checkScales(double alpha, double sigma) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0, got " + alpha);
        }
        if (!(sigma >= 0) || !Double.isFinite(sigma) || (sigma == 0 && !hasDensity())) {
            throw new IllegalArgumentException("sigma must be finite and "
                    + (hasDensity() ? ">= 0" : "> 0 (a " + kind() + " target has no density at t = 0)")
                    + ", got " + sigma);
        }
    }
}
