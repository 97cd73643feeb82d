package org.diffuscope.core.special;

/**
 * Modified Bessel functions of the first kind, exponentially scaled: {@code i0e(x) = e^-|x| I0(x)},
 * {@code i1e(x) = e^-|x| I1(x)}, and the ratio {@code R = I1/I0} with its derivative
 * {@code R' = 1 - R/x - R^2} (the circle's score and curvature). Chebyshev series on [0, 8] and in 16/x above, as in
 * Cephes' i0e/i1e (coefficients recomputed with mpmath); about 1e-15 relative.
 */
public final class Bessel {

    private Bessel() {
    }

    /** {@code e^-|x| I0(x)}. */
    public static double i0e(double x) {
        double ax = Math.abs(x);
        if (ax <= 8.0) {
            return Coefficients.chebyshev(Coefficients.I0E_SMALL, ax / 4.0 - 1.0);
        }
        return Coefficients.chebyshev(Coefficients.I0E_LARGE, 16.0 / ax - 1.0) / Math.sqrt(ax);
    }

    /** {@code e^-|x| I1(x)} (odd in x). */
    public static double i1e(double x) {
        double ax = Math.abs(x);
        double r = ax <= 8.0
                ? ax * Coefficients.chebyshev(Coefficients.I1E_OVER_X_SMALL, ax / 4.0 - 1.0)
                : Coefficients.chebyshev(Coefficients.I1E_LARGE, 16.0 / ax - 1.0) / Math.sqrt(ax);
        return x < 0 ? -r : r;
    }

    /** {@code e^-|x| I1(x) / x}, 1/2 at 0. */
    public static double i1eOverX(double x) {
        double ax = Math.abs(x);
        if (ax <= 8.0) {
            return Coefficients.chebyshev(Coefficients.I1E_OVER_X_SMALL, ax / 4.0 - 1.0);
        }
        return i1e(ax) / ax;
    }

    /** {@code log I0(x) = log i0e(x) + |x|}, finite for every finite x; the power series below |x| = 0.5. */
    public static double logI0(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5) {
            // I0(x) - 1 = sum_(k >= 1) (x^2/4)^k / (k!)^2
            double q = 0.25 * ax * ax;
            double term = 1.0;
            double sum = 0.0;
            for (int k = 1; k < 12; k++) {
                term *= q / ((double) k * k);
                sum += term;
            }
            return Math.log1p(sum);
        }
        return Math.log(i0e(x)) + ax;
    }

    /** {@code R(x) = I1(x)/I0(x)}, in [0, 1) for x >= 0. */
    public static double i1OverI0(double x) {
        return i1e(x) / i0e(x);
    }

    /** {@code R(x)/x}, 1/2 at 0; the form the circle's score needs at the centre. */
    public static double i1OverI0OverX(double x) {
        return i1eOverX(x) / i0e(x);
    }

    /** {@code R'(x) = 1 - R/x - R^2}, 1/2 at 0 and ~ {@code 1/(2x^2)} for large x. */
    public static double i1OverI0Derivative(double x) {
        double r = i1OverI0(x);
        // 1 - R^2 = (1 - R)(1 + R)
        return Math.max(0.0, (1.0 - r) * (1.0 + r) - i1OverI0OverX(x));
    }
}
