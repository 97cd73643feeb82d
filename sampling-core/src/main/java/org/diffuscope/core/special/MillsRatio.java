package org.diffuscope.core.special;

/**
 * The Mills ratio {@code M(z) = Q(z)/phi(z) = sqrt(pi/2) erfcx(z/sqrt 2)} of the standard normal, to about 2e-16
 * relative: a division and a polynomial of degree 8, no exponential or logarithm. With it a normal tail is
 * {@code Q(z) = phi(z) M(z)}, the form the weights of noised segments and boxes want ({@link NormalInterval#weigh}).
 * For {@code z >= 0} it is {@code t g(t)}, {@code t = 4/(4 + z)}, g tabulated in 16 pieces of t
 * ({@link Coefficients#MILLS}); {@code M(z) ~ 1/z} for large z.
 */
public final class MillsRatio {

    private static final double K = 4.0;
    private static final int PIECES = 16;
    private static final int TERMS = 9;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private MillsRatio() {
    }

    /**
     * {@code M(z)}; below 0 by the reflection {@code M(-z) = sqrt(2 pi) e^(z^2/2) - M(z)}, infinite below about
     * -37.7.
     */
    public static double of(double z) {
        if (z >= 0) {
            return nonNegative(z);
        }
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        // e^(z^2/2) with z split so that the rounding of z^2 does not enter the exponent (as Cody's CALERF)
        double a = -z;
        double high = Math.floor(a * 16.0) / 16.0;
        return SQRT_2PI * Math.exp(0.5 * high * high) * Math.exp(0.5 * (a - high) * (a + high)) - nonNegative(a);
    }

    private static double nonNegative(double z) {
        if (z == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        double t = K / (K + z);
        double u = t * PIECES;
        int piece = Math.min((int) u, PIECES - 1);
        double v = 2 * (u - piece) - 1;
        double[] c = Coefficients.MILLS;
        int o = piece * TERMS;
        double acc = c[o + 8];
        acc = acc * v + c[o + 7];
        acc = acc * v + c[o + 6];
        acc = acc * v + c[o + 5];
        acc = acc * v + c[o + 4];
        acc = acc * v + c[o + 3];
        acc = acc * v + c[o + 2];
        acc = acc * v + c[o + 1];
        acc = acc * v + c[o];
        return t * acc;
    }
}
