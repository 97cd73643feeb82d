package org.diffuscope.core.metric;

/**
 * A one-dimensional law with a closed-form (or accurately tabulated) cdf, density and partial mean
 * {@code P(x) = E[X; X <= x]}: what the sliced-W2 reference and the 1D KL need from a projected or factor marginal.
 */
public interface Law1d {

    /** {@code F(x) = P(X <= x)}. */
    double cdf(double x);

    /** The density {@code f(x) = F'(x)}. */
    double density(double x);

    /** {@code log f(x)}; override when the density underflows in the tails. */
    default double logDensity(double x) {
        return Math.log(density(x));
    }

    /** The partial mean {@code P(x) = E[X 1{X <= x}] = int_{-inf}^x y f(y) dy}. */
    double partialMean(double x);

    /** {@code E[X]}. */
    double mean();

    /** {@code E[X^2]}. */
    double secondMoment();

    /** A point below which the mass is negligible (< 1e-20). */
    double lower();

    /** A point above which the mass is negligible (< 1e-20). */
    double upper();

    /** The smallest length scale over which the density varies (a component's standard deviation). */
    double resolution();

    /** The quantile {@code F^-1(p)}, by bisection refined with Newton steps; p in (0, 1). */
    default double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        double lo = lower();
        double hi = upper();
        double x = 0.5 * (lo + hi);
        for (int it = 0; it < 200; it++) {
            double f = cdf(x) - p;
            if (f > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double dens = density(x);
            double next = dens > 0 ? x - f / dens : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            double tolerance = 1e-15 * Math.max(1.0, Math.abs(x));
            if (Math.abs(next - x) <= tolerance || hi - lo <= tolerance) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
