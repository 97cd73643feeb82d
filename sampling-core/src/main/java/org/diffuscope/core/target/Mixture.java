package org.diffuscope.core.target;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A mixture {@code sum_k w_k p_k} of any targets of one dimension; noising acts on each component, so
 * {@code log p_t = LSE_k(log w_k + log p_k,t)}, score {@code sum_k r_k s_k}, Hessian
 * {@code sum_k r_k (H_k + s_k s_k') - s s'} with responsibilities r_k. Checkerboards are mixtures of boxes. Each
 * component is one mode.
 */
public final class Mixture implements Target {

    private final int d;
    private final double[] weights;
    private final double[] cumulative;
    private final List<Target> components;
    private final boolean hasDensity;

    /**
     * @param weights    positive, normalised here, one per component
     * @param components at least one target, all of one dimension
     */
    public Mixture(double[] weights, List<Target> components) {
        if (components == null || components.isEmpty()) {
            throw new IllegalArgumentException("components must not be empty");
        }
        if (weights == null) {
            throw new IllegalArgumentException("weights is required");
        }
        for (int c = 0; c < components.size(); c++) {
            if (components.get(c) == null) {
                throw new IllegalArgumentException("components[" + c + "] is required");
            }
        }
        this.components = List.copyOf(components);
        this.weights = Checks.weights(weights, this.components.size());
        this.cumulative = Checks.cumulative(this.weights);
        this.d = this.components.get(0).dim();
        boolean density = true;
        for (int c = 0; c < this.components.size(); c++) {
            Target t = this.components.get(c);
            if (t.dim() != d) {
                throw new IllegalArgumentException("components[" + c + "] has dimension " + t.dim() + ", expected " + d);
            }
            density &= t.hasDensity();
        }
        this.hasDensity = density;
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public String kind() {
        return "mixture";
    }

    @Override
    public boolean hasDensity() {
        return hasDensity;
    }

    /** The components (immutable). */
    public List<Target> components() {
        return components;
    }

    @Override
    public Marginal marginal(double alpha, double sigma) {
        checkScales(alpha, sigma);
        Marginal[] parts = new Marginal[components.size()];
        for (int c = 0; c < parts.length; c++) {
            parts[c] = components.get(c).marginal(alpha, sigma);
        }
        return new FixedMarginal(d, alpha, sigma, () -> new MixtureEvaluator(d, weights, parts));
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        components.get(Checks.pick(cumulative, rng.nextDouble())).sample(rng, out, off);
    }

    @Override
    public double[] mean() {
        double[] m = new double[d];
        for (int c = 0; c < weights.length; c++) {
            double[] mc = components.get(c).mean();
            for (int j = 0; j < d; j++) {
                m[j] += weights[c] * mc[j];
            }
        }
        return m;
    }

    @Override
    public double[] covariance() {
        // sum_k w_k (C_k + (m_k - m)(m_k - m)')
        double[] m = mean();
        double[] cov = new double[d * d];
        for (int c = 0; c < weights.length; c++) {
            double[] mc = components.get(c).mean();
            double[] cc = components.get(c).covariance();
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    cov[i * d + j] += weights[c] * (cc[i * d + j] + (mc[i] - m[i]) * (mc[j] - m[j]));
                }
            }
        }
        return cov;
    }

    @Override
    public int modeCount() {
        return weights.length;
    }

    @Override
    public double[] modeWeights() {
        return weights.clone();
    }
}
