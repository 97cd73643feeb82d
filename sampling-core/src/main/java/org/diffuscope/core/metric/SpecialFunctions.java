package org.diffuscope.core.metric;

/**
 * The special functions the metrics need: the normal cdf through {@code erfc}, {@code log Gamma}, the digamma
 * function and the volume of the unit d-ball. {@code erfcx(z) = e^(z^2) erfc(z)} for {@code z >= 0} is a Chebyshev
 * series in {@code t = 2/(2 + z)} of {@code log(erfcx(z)/t)} (the form of Numerical Recipes 3rd ed., 6.2.2), whose
 * coefficients are computed once, when the class loads, from the power series of erf (z < 1) and the Laplace
 * continued fraction of erfc (z >= 1); relative error ~1e-15.
 */
final class SpecialFunctions {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);
    /**
     * Chebyshev coefficients of {@code log(erfcx(z)/t)} on {@code t in [0, 1]}, computed once (a constant): they decay
     * by ~4 per index, to ~1e-18 at 30 terms; further ones would only carry the reference's round-off.
     */
    private static final double[] ERFCX_CHEB = erfcxChebyshev(64, 30);

    private SpecialFunctions() {
    }

    /** {@code erfc(z) = 1 - erf(z)}, relative error ~1e-15 (down to the underflow near z = 27). */
    public static double erfc(double z) {
        if (Double.isNaN(z)) {
            return z;
        }
        if (z >= 0) {
            return z > 27.3 ? 0.0 : Math.exp(-z * z) * erfcxNonNegative(z);
        }
        return 2.0 - (z < -6.0 ? 0.0 : Math.exp(-z * z) * erfcxNonNegative(-z));
    }

    /** The standard normal cdf {@code Phi(x) = erfc(-x/sqrt 2)/2}. */
    public static double normalCdf(double x) {
        return 0.5 * erfc(-x * 0.7071067811865476);
    }

    /** The standard normal density {@code phi(x)}. */
    public static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** {@code e^(z^2) erfc(z)} for {@code z >= 0}: {@code t exp(sum_j c_j T_j(2t - 1))}, {@code t = 2/(2 + z)}. */
    static double erfcxNonNegative(double z) {
        double t = 2.0 / (2.0 + z);
        return t * Math.exp(clenshaw(ERFCX_CHEB, 2.0 * t - 1.0));
    }

    private static double clenshaw(double[] c, double y) {
        double b1 = 0;
        double b2 = 0;
        for (int j = c.length - 1; j >= 1; j--) {
            double b0 = 2.0 * y * b1 - b2 + c[j];
            b2 = b1;
            b1 = b0;
        }
        return y * b1 - b2 + 0.5 * c[0];
    }

    /** Chebyshev interpolation of {@code log(erfcx(z)/t)} at m nodes of the first kind, the first terms kept. */
    private static double[] erfcxChebyshev(int m, int terms) {
        double[] f = new double[m];
        for (int i = 0; i < m; i++) {
            double t = 0.5 * (1.0 + Math.cos(Math.PI * (i + 0.5) / m));
            double z = 2.0 / t - 2.0;
            f[i] = Math.log(erfcxReference(z) / t);
        }
        double[] c = new double[terms];
        for (int j = 0; j < terms; j++) {
            double acc = 0;
            for (int i = 0; i < m; i++) {
                acc += f[i] * Math.cos(Math.PI * j * (i + 0.5) / m);
            }
            c[j] = 2.0 * acc / m;
        }
        return c;
    }

    /** Slow, accurate {@code erfcx(z)}, z >= 0: power series of erf below 1, continued fraction above. */
    static double erfcxReference(double z) {
        if (z < 1.0) {
            // erf(z) = 2/sqrt(pi) e^(-z^2) sum_n 2^n z^(2n+1) / (2n+1)!!
            double term = z;
            double sum = z;
            for (int n = 1; n < 200 && term > 1e-18 * sum; n++) {
                term *= 2.0 * z * z / (2 * n + 1);
                sum += term;
            }
            double erf = 2.0 / SQRT_PI * Math.exp(-z * z) * sum;
            return Math.exp(z * z) * (1.0 - erf);
        }
        // erfc(z) = e^(-z^2)/sqrt(pi) / (z + (1/2)/(z + 1/(z + (3/2)/(z + ...)))), modified Lentz (~190 terms at z = 1)
        double tiny = 1e-300;
        double f = z;
        double c = z;
        double d = 0;
        for (int n = 1; n < 5000; n++) {
            double a = 0.5 * n;
            d = z + a * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = z + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-17) {
                break;
            }
        }
        return 1.0 / (SQRT_PI * f);
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
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
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
