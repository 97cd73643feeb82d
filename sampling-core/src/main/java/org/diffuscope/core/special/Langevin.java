package org.diffuscope.core.special;

/**
 * The Langevin function {@code L(x) = coth x - 1/x} and {@code log(sinh(x)/x)}, the sphere's analogues of the
 * Bessel ratio ({@code sinh(x)/x} is the average of {@code e^(x cos theta)} over the sphere). Taylor series
 * (coefficients from Bernoulli numbers, computed with sympy) below x = 0.5, closed forms in {@code e^-2x} above;
 * even/odd symmetry for x < 0.
 */
public final class Langevin {

    private static final double SERIES = 0.5;

    private Langevin() {
    }

    /** {@code log(sinh(x)/x)}. */
    public static double logSinhc(double x) {
        double ax = Math.abs(x);
        if (ax < SERIES) {
            return Coefficients.polynomial(Coefficients.LOG_SINHC, ax * ax);
        }
        // log(sinh x / x) = x + log(1 - e^-2x) - log(2x)
        return ax + Math.log(-Math.expm1(-2.0 * ax)) - Math.log(2.0 * ax);
    }

    /** {@code L(x) = coth x - 1/x}. */
    public static double of(double x) {
        return x * overX(x);
    }

    /** {@code L(x)/x}, 1/3 at 0. */
    public static double overX(double x) {
        double ax = Math.abs(x);
        if (ax < SERIES) {
            return Coefficients.polynomial(Coefficients.LANGEVIN_OVER_X, ax * ax);
        }
        // coth x = (1 + e^-2x)/(1 - e^-2x)
        double e = Math.exp(-2.0 * ax);
        return ((1.0 + e) / -Math.expm1(-2.0 * ax) - 1.0 / ax) / ax;
    }

    /** {@code L'(x) = 1/x^2 - 1/sinh^2 x}, 1/3 at 0. */
    public static double derivative(double x) {
        double ax = Math.abs(x);
        if (ax < SERIES) {
            return Coefficients.polynomial(Coefficients.LANGEVIN_DERIVATIVE, ax * ax);
        }
        // 1/sinh^2 x = 4 e^-2x / (1 - e^-2x)^2
        double e = Math.exp(-2.0 * ax);
        double d = -Math.expm1(-2.0 * ax);
        return 1.0 / (ax * ax) - 4.0 * e / (d * d);
    }
}
