package org.diffuscope.core.metric;

import static org.diffuscope.core.metric.SpecialFunctions.normalCdf;
import static org.diffuscope.core.metric.SpecialFunctions.normalPdf;

/**
 * A one-dimensional Gaussian mixture {@code sum_k w_k N(m_k, s_k^2)}: the projection {@code u.x} of a Gaussian
 * mixture marginal onto a unit direction u ({@code m_k = alpha mu_k.u}, {@code s_k^2 = u'C_k u}), or one coordinate
 * of a diagonal one. Partial mean per component: {@code E[X; X <= x] = m Phi(z) - s phi(z)}, {@code z = (x - m)/s}.
 *
 * @param weights positive, summing to 1
 * @param means   component means
 * @param sds     component standard deviations, > 0
 */
public record GaussianMixture1d(double[] weights, double[] means, double[] sds) implements Law1d {

    /** Standard deviations beyond which a component's mass is below 1e-20 on either side. */
    private static final double TAIL = 9.5;

    public GaussianMixture1d {
        if (weights.length == 0 || means.length != weights.length || sds.length != weights.length) {
            throw new IllegalArgumentException("weights, means and sds must be non-empty and of one length");
        }
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] >= 0) || !Double.isFinite(means[k]) || !(sds[k] > 0) || !Double.isFinite(sds[k])) {
                throw new IllegalArgumentException("component " + k
                        + " needs weight >= 0, a finite mean and sd > 0, got " + weights[k] + ", " + means[k] + ", "
                        + sds[k]);
            }
        }
        weights = weights.clone();
        means = means.clone();
        sds = sds.clone();
    }

    @Override
    public double cdf(double x) {
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            acc += weights[k] * normalCdf((x - means[k]) / sds[k]);
        }
        return acc;
    }

    @Override
    public double density(double x) {
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            acc += weights[k] * normalPdf((x - means[k]) / sds[k]) / sds[k];
        }
        return acc;
    }

    @Override
    public double logDensity(double x) {
        // log sum_k exp(log w_k - z_k^2/2 - log s_k) - 1/2 log 2 pi, max subtracted first
        double max = Double.NEGATIVE_INFINITY;
        double[] l = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            double z = (x - means[k]) / sds[k];
            l[k] = Math.log(weights[k]) - 0.5 * z * z - Math.log(sds[k]);
            max = Math.max(max, l[k]);
        }
        double sum = 0;
        for (double lk : l) {
            sum += Math.exp(lk - max);
        }
        return max + Math.log(sum) - 0.5 * Math.log(2.0 * Math.PI);
    }

    @Override
    public double partialMean(double x) {
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            double z = (x - means[k]) / sds[k];
            acc += weights[k] * (means[k] * normalCdf(z) - sds[k] * normalPdf(z));
        }
        return acc;
    }

    @Override
    public double mean() {
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            acc += weights[k] * means[k];
        }
        return acc;
    }

    @Override
    public double secondMoment() {
        double acc = 0;
        for (int k = 0; k < weights.length; k++) {
            acc += weights[k] * (means[k] * means[k] + sds[k] * sds[k]);
        }
        return acc;
    }

    @Override
    public double lower() {
        double lo = Double.POSITIVE_INFINITY;
        for (int k = 0; k < weights.length; k++) {
            lo = Math.min(lo, means[k] - TAIL * sds[k]);
        }
        return lo;
    }

    @Override
    public double upper() {
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < weights.length; k++) {
            hi = Math.max(hi, means[k] + TAIL * sds[k]);
        }
        return hi;
    }

    @Override
    public double resolution() {
        double min = Double.POSITIVE_INFINITY;
        for (double s : sds) {
            min = Math.min(min, s);
        }
        return min;
    }
}
