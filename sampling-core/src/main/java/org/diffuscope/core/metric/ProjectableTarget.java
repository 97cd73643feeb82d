package org.diffuscope.core.metric;

/**
 * Optional capability of a {@link org.diffuscope.core.target.Target}: the law of the projection {@code u.x} of
 * {@code x ~ p_t = law(alpha x_0 + sigma z)} onto a unit direction u has a closed-form cdf and partial mean, so the
 * sliced-W2 reference needs no samples (science.md §7). For a Gaussian mixture it is the 1D mixture
 * {@code sum_k w_k N(alpha mu_k.u, alpha^2 u'S_k u + sigma^2)}; {@link TargetStructure} supplies that one without the
 * mixture implementing this interface. Targets without it fall back to exact samples of p_t.
 */
public interface ProjectableTarget {

    /**
     * The law of {@code u.x}, x distributed as the marginal at (alpha, sigma).
     *
     * @param u unit vector of length dim. Not modified.
     */
    Law1d projection(double[] u, double alpha, double sigma);
}
