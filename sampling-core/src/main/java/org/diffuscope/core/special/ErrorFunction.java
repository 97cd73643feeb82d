package org.diffuscope.core.special;

/**
 * The error function family: {@code erf}, {@code erfc}, the scaled {@code erfcx(x) = e^(x^2) erfc(x)} and their
 * logarithms, to about 1e-15 relative. {@code erfcx} on {@code [0, inf)} is {@code t exp(f(2t - 1))} with
 * {@code t = 3/(3 + x)} and f a Chebyshev series (the mapping of Schonfelder, Math. Comp. 32 (1978), as in
 * Numerical Recipes 3rd ed. §6.2.2; coefficients recomputed with mpmath); negative arguments use the reflection
 * {@code erfc(-x) = 2 - erfc(x)}; {@code e^(-x^2)} is split as in Cody's CALERF to keep its relative accuracy.
 */
public final class ErrorFunction {

    private static final double ERFCX_K = 3.0;
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    /** Above this the asymptotic series in {@code 1/u^2} are exact to double precision. */
    private static final double ASYMPTOTIC_U = 20.0;

    private ErrorFunction() {
    }

    /** {@code erfcx(x) = e^(x^2) erfc(x)}; overflows to infinity below about -26.6. */
    public static double erfcx(double x) {
        if (x >= 0) {
            return erfcxNonNegative(x);
        }
        // erfcx(x) = 2 e^(x^2) - erfcx(-x)
        return 2.0 * expSquare(x) - erfcxNonNegative(-x);
    }

    private static double erfcxNonNegative(double x) {
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double t = ERFCX_K / (ERFCX_K + x);
        return t * Math.exp(Coefficients.erfcxLog(2.0 * t - 1.0));
    }

    /** {@code log erfcx(x)}, finite for every finite x. */
    public static double logErfcx(double x) {
        if (x >= 0) {
            if (x == Double.POSITIVE_INFINITY) {
                return Double.NEGATIVE_INFINITY;
            }
            double t = ERFCX_K / (ERFCX_K + x);
            // log t has an absolute error of an ulp or two, like the series: log1p would buy nothing here
            return Math.log(t) + Coefficients.erfcxLog(2.0 * t - 1.0);
        }
        return x * x + Math.log(erfc(x));
    }

    /** The complementary error function {@code erfc(x) = 2/sqrt(pi) int_x^inf e^(-u^2) du}. */
    public static double erfc(double x) {
        if (x >= 0) {
            return expNegSquare(x) * erfcxNonNegative(x);
        }
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return 2.0 - expNegSquare(-x) * erfcxNonNegative(-x);
    }

    /** {@code log erfc(x)}, finite for every finite x. */
    public static double logErfc(double x) {
        if (x > 0) {
            return -x * x + logErfcx(x);
        }
        return Math.log(erfc(x));
    }

    /** The error function; a Taylor series below |x| = 0.5 keeps the relative accuracy near 0. */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5) {
            // erf(x) = 2/sqrt(pi) sum_n (-1)^n x^(2n+1) / (n! (2n+1))
            double x2 = x * x;
            double term = x;
            double sum = x;
            for (int n = 1; n < 30; n++) {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            return TWO_OVER_SQRT_PI * sum;
        }
        double r = 1.0 - erfc(ax);
        return x < 0 ? -r : r;
    }

    /**
     * {@code 1/(sqrt(pi) erfcx(u)) - u}, positive and ~ {@code 1/(2u)} for large u, computed without the
     * cancellation of the direct formula there (asymptotic series in {@code 1/u^2} above u = 20).
     */
    public static double reciprocalErfcxExcess(double u) {
        if (u >= ASYMPTOTIC_U) {
            double z = 0.5 / (u * u);
            // u (1/F(z) - 1) with F(z) = sqrt(pi) u erfcx(u)
            return u * Coefficients.polynomial(Coefficients.INV_F, z);
        }
        // below u = -26.6 erfcx overflows and 1/erfcx = 0, which is right to double precision
        return 1.0 / (SQRT_PI * erfcx(u)) - u;
    }

    /**
     * {@code K'(u)} of {@link #reciprocalErfcxExcess} K: {@code 2 (u + K) K - 1}, in (-1, 0); {@code -K'(x/sqrt 2)} is
     * the variance of the standard normal truncated to {@code [x, inf)}, ~ {@code 1/x^2} for large x, where the
     * asymptotic series {@code sum_n (1 - 2n) d_n z^n} avoids the cancellation.
     */
    public static double reciprocalErfcxExcessDerivative(double u) {
        if (u >= ASYMPTOTIC_U) {
            double z = 0.5 / (u * u);
            double acc = 0;
            double[] c = Coefficients.INV_F;
            for (int n = c.length - 1; n >= 1; n--) {
                acc = (acc + (1 - 2 * n) * c[n]) * z;
            }
            return acc;
        }
        double k = reciprocalErfcxExcess(u);
        return 2 * (u + k) * k - 1;
    }

    /** {@link #reciprocalErfcxExcessDerivative} when {@code log erfcx(u)} (u >= 0) is already known. */
    static double reciprocalErfcxExcessDerivative(double u, double logErfcx) {
        if (u >= ASYMPTOTIC_U) {
            return reciprocalErfcxExcessDerivative(u);
        }
        // K = e^(-log erfcx)/sqrt(pi) - u
        double k = Math.exp(-logErfcx) / SQRT_PI - u;
        return 2 * (u + k) * k - 1;
    }

    /**
     * {@code log erfcx(v + delta) - log erfcx(v)} for {@code v >= 0}, {@code v + delta >= 0}, accurate even when both
     * arguments are large and delta is small against them (the asymptotic series of
     * {@code log(sqrt(pi) u erfcx(u))} in {@code z = 1/(2u^2)} above 20, with the increment delta taken as given).
     */
    public static double logErfcxIncrement(double v, double delta) {
        double u = v + delta;
        if (u >= ASYMPTOTIC_U && v >= ASYMPTOTIC_U) {
            // log erfcx(u) = -log(sqrt(pi) u) + h(z_u),  h(z) = sum_n c_n z^n
            double zu = 0.5 / (u * u);
            double zv = 0.5 / (v * v);
            // z_u - z_v = (v^2 - u^2)/(2 u^2 v^2) = -delta (u + v) 2 z_u z_v
            double dz = -delta * (u + v) * 2.0 * zu * zv;
            // h(z_u) - h(z_v) = dz sum_n c_n D_n,  D_n = (z_u^n - z_v^n)/(z_u - z_v) = z_u D_(n-1) + z_v^(n-1)
            double[] c = Coefficients.LOG_F;
            double divided = 1.0;
            double zvPower = 1.0;
            double acc = c[1];
            for (int n = 2; n < c.length; n++) {
                zvPower *= zv;
                divided = zu * divided + zvPower;
                acc += c[n] * divided;
            }
            return -Math.log1p(delta / v) + dz * acc;
        }
        return logErfcx(u) - logErfcx(v);
    }

    /** {@code e^(-x^2)} for x >= 0 with x^2 split so that its rounding does not enter the exponent (Cody). */
    static double expNegSquare(double x) {
        if (x < 2.0) {
            // the rounding of x^2 < 4 costs at most 4 ulps of the result: no need to split
            return Math.exp(-x * x);
        }
        if (x > 27.0) {
            return 0.0;
        }
        double xh = Math.floor(x * 16.0) / 16.0;
        return Math.exp(-xh * xh) * Math.exp(-(x - xh) * (x + xh));
    }

    /** {@code e^(x^2)} with the same splitting; infinity above |x| = 26.7. */
    static double expSquare(double x) {
        double ax = Math.abs(x);
        if (ax > 27.0) {
            return Double.POSITIVE_INFINITY;
        }
        double xh = Math.floor(ax * 16.0) / 16.0;
        return Math.exp(xh * xh) * Math.exp((ax - xh) * (ax + xh));
    }
}
