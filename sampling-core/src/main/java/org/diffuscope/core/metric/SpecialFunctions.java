package org.diffuscope.core.metric;

import org.diffuscope.core.special.Normal;

/**
 * The special functions the metrics need beyond {@code core.special}: the normal cdf and density (delegating to
 * {@link Normal}), {@code log Gamma}, the digamma function, the volume of the unit d-ball and binomial deviations.
 */
final class SpecialFunctions {

    private SpecialFunctions() {
    }

    /** The standard normal cdf {@code Phi(x)}. */
    public static double normalCdf(double x) {
        return Normal.cdf(x);
    }

    /** The standard normal density {@code phi(x)}. */
    public static double normalPdf(double x) {
        return Math.exp(Normal.logPdf(x));
    }

    /** {@code log Gamma(x)} for x > 0: Stirling's series after shifting x above 15; absolute error ~1e-14. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x must be > 0, got " + x);
        }
        double shift = 0;
        while (x < 15.0) {
            shift += Math.log(x);
            x += 1.0;
        }
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return (x - 0.5) * Math.log(x) - x + Normal.LOG_SQRT_2PI + series - shift;
    }

    /** The digamma function {@code psi(x) = d log Gamma / dx} for x > 0 (recurrence, then the asymptotic series). */
    public static double digamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x must be > 0, got " + x);
        }
        double acc = 0;
        while (x < 10.0) {
            acc -= 1.0 / x;
            x += 1.0;
        }
        double inv2 = 1.0 / (x * x);
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
        return acc + Math.log(x) - 0.5 / x - series;
    }

    /** {@code log V_d}, the log-volume of the unit ball in R^d: {@code d/2 log pi - log Gamma(d/2 + 1)}. */
    public static double logUnitBallVolume(int d) {
        return 0.5 * d * Math.log(Math.PI) - logGamma(0.5 * d + 1.0);
    }

    /**
     * {@code E|X - n p|} for {@code X ~ Binomial(n, p)}, exactly (de Moivre):
     * {@code 2 v C(n, v) p^v (1 - p)^(n - v + 1)}, {@code v = floor(n p) + 1}, evaluated in log space.
     */
    public static double binomialMeanAbsoluteDeviation(long n, double p) {
        if (!(p > 0) || n == 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 0.0;
        }
        long v = (long) Math.floor(n * p) + 1;
        if (v > n) {
            return 0.0;
        }
        double logC = logGamma(n + 1.0) - logGamma(v + 1.0) - logGamma(n - v + 1.0);
        double log = Math.log(2.0 * v) + logC + v * Math.log(p) + (n - v + 1) * Math.log1p(-p);
        return Math.exp(log);
    }
}
