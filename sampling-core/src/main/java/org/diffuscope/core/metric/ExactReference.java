package org.diffuscope.core.metric;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Marginal;

/**
 * Everything exact about p_t that the metrics compare a cloud against, at one time t: the marginal, its moments
 * {@code m = alpha m_0}, {@code C = alpha^2 C_0 + sigma^2 I}, and, built on first use and then kept, the square root
 * of C, the exact entropy from exact samples, the sliced-W2 and MMD references and the exact-sample noise floors.
 * Thread-safe. The number of exact reference samples is {@code min(referenceSamples, max(4096, 2e8/d^2))}, so that
 * their log-densities stay affordable in high dimension.
 */
public final class ExactReference {

    /** Exact samples kept for the MMD bandwidth, its null-distribution floor and sample-based terms. */
    static final int KEPT = 4000;

    private final DiffusedTarget target;
    private final double t;
    private final double alpha;
    private final double sigma;
    private final Marginal marginal;
    private final double[] mean;
    private final double[] covariance;
    private final double traceC;
    private final double normC;
    private final MetricOptions options;
    private final GaussianComponents components;
    private final IntFunction<ReferenceDraws> kept;
    private final Map<String, Object> lazy = new HashMap<>();

    /** kept: gives the reference draws of a count, kept across times (or null when they are not kept). */
    ExactReference(DiffusedTarget target, double t, MetricOptions options, GaussianComponents components,
                   IntFunction<ReferenceDraws> kept) {
        this.target = target;
        this.t = t;
        this.marginal = target.marginal(t);
        this.alpha = t == 0 ? 1.0 : target.process().alpha(t);
        this.sigma = t == 0 ? 0.0 : target.process().sigma(t);
        this.mean = target.mean(t);
        this.covariance = target.covariance(t);
        int d = target.dim();
        double tr = 0;
        double norm = 0;
        for (int i = 0; i < d * d; i++) {
            norm += covariance[i] * covariance[i];
        }
        for (int j = 0; j < d; j++) {
            tr += covariance[j * d + j];
        }
        this.traceC = tr;
        this.normC = Math.sqrt(norm);
        this.options = options;
        this.components = components;
        this.kept = kept;
    }

    public DiffusedTarget target() {
        return target;
    }

    public double t() {
        return t;
    }

    public double alpha() {
        return alpha;
    }

    public double sigma() {
        return sigma;
    }

    public int dim() {
        return target.dim();
    }

    public Marginal marginal() {
        return marginal;
    }

    /** The exact mean of p_t (a fresh array). */
    public double[] mean() {
        return mean.clone();
    }

    /** The exact covariance of p_t, row-major (a fresh array). */
    public double[] covariance() {
        return covariance.clone();
    }

    double[] meanView() {
        return mean;
    }

    double[] covarianceView() {
        return covariance;
    }

    double traceC() {
        return traceC;
    }

    double normC() {
        return normC;
    }

    MetricOptions options() {
        return options;
    }

    /** The Gaussian components of p_0, or null when the target is not a Gaussian mixture. */
    GaussianComponents components() {
        return components;
    }

    /** The number of exact reference samples behind the entropy. */
    public int referenceCount() {
        int d = dim();
        return (int) Math.min(options.referenceSamples(), Math.max(4096, 2e8 / ((double) d * d)));
    }

    /** Statistics of the exact reference samples (entropy, fourth moment, range, kept samples). */
    public ReferenceSamples samples() {
        return cached("samples", () -> ReferenceSamples.draw(target, t, marginal, mean, referenceCount(), KEPT,
                options.seed(), options.parallel(), kept.apply(referenceCount())));
    }

    /** The exact entropy {@code H(p_t)}, estimated from exact samples. */
    public double entropy() {
        return samples().entropy();
    }

    /** The standard error of {@link #entropy()}. */
    public double entropyStderr() {
        return samples().entropyStderr();
    }

    /** The symmetric square root of C (EJML eigen-decomposition). */
    double[] sqrtCovariance() {
        return cached("sqrtC", () -> Moments.sqrtPsd(covariance, dim()));
    }

    /**
     * The typical covariance error of n exact samples: {@code sqrt((E|y|^4 - ||C||_F^2)/n) / ||C||_F}, since
     * {@code sum_ij Var(y_i y_j) = E|y|^4 - ||C||_F^2} (up to O(1/n^2)).
     */
    double covarianceErrorFloor(int n) {
        double excess = Math.max(samples().fourthMoment() - normC * normC, 0.0);
        return Math.sqrt(excess / n) / normC;
    }

    /** A value computed on first use under key, then kept. */
    @SuppressWarnings("unchecked")
    <T> T cached(String key, Supplier<T> compute) {
        synchronized (lazy) {
            Object v = lazy.get(key);
            if (v != null) {
                return (T) v;
            }
        }
        T value = compute.get();
        synchronized (lazy) {
            Object v = lazy.putIfAbsent(key, value);
            return v == null ? value : (T) v;
        }
    }
}
