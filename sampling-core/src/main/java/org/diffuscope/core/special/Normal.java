package org.diffuscope.core.special;

/**
 * The standard normal law in log space: {@code log phi}, {@code log Phi} and {@code log(Phi(a) - Phi(b))}, stable
 * in both tails (through {@link ErrorFunction#logErfcx}) and for narrow intervals (through the Hermite series of
 * {@link #logCdfDifference}).
 */
public final class Normal {

    /** {@code log sqrt(2 pi)}. */
    public static final double LOG_SQRT_2PI = 0.5 * Math.log(2.0 * Math.PI);
    static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double LOG_HALF = Math.log(0.5);
    /** Narrow-interval threshold on {@code h max(1, |m|)} below which the Hermite series is used. */
    static final double NARROW = 0.1;

    private Normal() {
    }

    /** {@code log phi(x) = -x^2/2 - log sqrt(2 pi)}. */
    public static double logPdf(double x) {
        return -0.5 * x * x - LOG_SQRT_2PI;
    }

    /** {@code Phi(x)}. */
    public static double cdf(double x) {
        return x < 0 ? survival(-x) : 1.0 - survival(x);
    }

    /**
     * {@code Q(x) = 1 - Phi(x) = e^(-x^2/2) erfcx(x/sqrt 2)/2} for x >= 0, with the exponent taken from x itself (the
     * rounding of x/sqrt 2 would cost 2x^2 ulps in erfc) and split as in Cody's CALERF.
     */
    public static double survival(double x) {
        if (x < 0) {
            return 1.0 - survival(-x);
        }
        if (x < 2.0) {
            return 0.5 * Math.exp(-0.5 * x * x) * ErrorFunction.erfcx(x * SQRT_HALF);
        }
        if (x > 39.0) {
            return 0.0;
        }
        double xh = Math.floor(x * 16.0) / 16.0;
        return 0.5 * Math.exp(-0.5 * xh * xh) * Math.exp(-0.5 * (x - xh) * (x + xh)) * ErrorFunction.erfcx(x * SQRT_HALF);
    }

    /** {@code log Phi(x)}: {@code -x^2/2 + log(erfcx(-x/sqrt 2)/2)} for x < 0, {@code log1p(-Q(x))} above. */
    public static double logCdf(double x) {
        if (x < 0) {
            return -0.5 * x * x + LOG_HALF + ErrorFunction.logErfcx(-x * SQRT_HALF);
        }
        return Math.log1p(-survival(x));
    }

    /** {@code log Q(x) = log(1 - Phi(x)) = log Phi(-x)}. */
    public static double logSurvival(double x) {
        return logCdf(-x);
    }

    /** The inverse Mills ratio {@code phi(x)/Q(x) = sqrt(2/pi) / erfcx(x/sqrt 2)}. */
    public static double inverseMills(double x) {
        return Math.sqrt(2.0 / Math.PI) / ErrorFunction.erfcx(x * SQRT_HALF);
    }

    /**
     * {@code log(Phi(a) - Phi(b))} for {@code a > b}: a Hermite series about the midpoint when the interval is narrow,
     * a ratio of upper tails when both ends are >= 0 (mirrored when both are <= 0), a sum of error functions when
     * the interval contains 0.
     */
    public static double logCdfDifference(double a, double b) {
        if (!(a > b)) {
            return a == b ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        double m = 0.5 * (a + b);
        double h = 0.5 * (a - b);
        if (h * Math.max(1.0, Math.abs(m)) <= NARROW) {
            return new NormalInterval().setCentered(m, h).logMass();
        }
        if (b >= 0) {
            return logSurvival(b) + log1mexp(tailGap(b, a - b));
        }
        if (a <= 0) {
            return logSurvival(-a) + log1mexp(tailGap(-a, a - b));
        }
        return LOG_HALF + Math.log(ErrorFunction.erf(a * SQRT_HALF) + ErrorFunction.erf(-b * SQRT_HALF));
    }

    /**
     * {@code Delta = log Q(lo) - log Q(hi) >= 0} for {@code 0 <= lo}, {@code hi = lo + width}, without the cancellation
     * of the two Gaussian exponents: {@code width (2 lo + width)/2 + log erfcx(lo/sqrt 2) - log erfcx(hi/sqrt 2)}.
     */
    static double tailGap(double lo, double width) {
        if (width == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return 0.5 * width * (2 * lo + width) - ErrorFunction.logErfcxIncrement(lo * SQRT_HALF, width * SQRT_HALF);
    }

    /** {@code log(1 - e^-delta)} for delta > 0. */
    static double log1mexp(double delta) {
        return delta > 0.6931471805599453 ? Math.log1p(-Math.exp(-delta)) : Math.log(-Math.expm1(-delta));
    }
}
