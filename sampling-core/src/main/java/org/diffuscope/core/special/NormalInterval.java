package org.diffuscope.core.special;

/**
 * The normal mass of an interval and its derivatives under a shift: for {@code a > b},
 * {@code D(c) = Phi(a + c) - Phi(b + c)}, {@code logMass = log D(0)},
 * {@code dLog = (phi(a) - phi(b))/D = -E[u]} and {@code d2Log = (-a phi(a) + b phi(b))/D - dLog^2 = Var[u] - 1},
 * u the standard normal truncated to [b, a]. These are the score and curvature of the noised uniform laws
 * (segment, box). Scratch object: reuse one per evaluator; not thread-safe.
 */
public final class NormalInterval {

    private static final double LOG_HALF = Math.log(0.5);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2.0 / Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

    /** The narrow series' terms e_0 .. e_13, and 1/k!, 1/(k!(k+1)), 1/(k!(k+2)), 1/(k!(k+3)) for each. */
    private static final int SERIES_TERMS = 14;
    private static final double[] OVER_FACTORIAL = overFactorialPlus(0);
    private static final double[] OVER_FACTORIAL_PLUS_1 = overFactorialPlus(1);
    private static final double[] OVER_FACTORIAL_PLUS_2 = overFactorialPlus(2);
    private static final double[] OVER_FACTORIAL_PLUS_3 = overFactorialPlus(3);

    private double logMass;
    private double dLog;
    private double d2Log;
    private double scaledMass;
    private double scaledSlope;
    /** The narrow intervals' series of the last {@link #series}: S0, E[v] and S2. */
    private double seriesS0;
    private double seriesMean;
    private double seriesS2;

    /** {@code log(Phi(a) - Phi(b))} of the last {@link #set}. */
    public double logMass() {
        return logMass;
    }

    /** {@code d/dc log D(c)} at 0 of the last {@link #set}. */
    public double dLog() {
        return dLog;
    }

    /** {@code d^2/dc^2 log D(c)} at 0 of the last {@link #set}, in [-1, 0]. */
    public double d2Log() {
        return d2Log;
    }

    /**
     * {@code sqrt(2 pi) e^(lo^2/2) D} of the last {@link #weigh}, lo the distance from 0 to the interval (0 if it
     * holds 0): the mass without its Gaussian factor, in (0, sqrt(2 pi)].
     */
    public double scaledMass() {
        return scaledMass;
    }

    /**
     * {@code sqrt(2 pi) e^(lo^2/2) (phi(a) - phi(b))} of the last {@link #weigh}:
     * {@code dLog = scaledSlope/scaledMass}.
     */
    public double scaledSlope() {
        return scaledSlope;
    }

    /**
     * Evaluates the mass and slope of {@code [m - h, m + h]}, {@code h > 0}, scaled by {@code sqrt(2 pi) e^(lo^2/2)}
     * ({@link #scaledMass}, {@link #scaledSlope}): no logarithm, one or two exponentials and two {@link MillsRatio}s,
     * for callers that weigh many intervals against each other and know {@code e^(-lo^2/2)} apart (a segment's
     * Gaussian bound). With {@code Q = phi M}: one tail ({@code |m| >= h}, {@code hi = lo + 2h},
     * {@code rho = e^(-(hi^2 - lo^2)/2)}) {@code M(lo) - rho M(hi)} and slope {@code +-(1 - rho)}; holding 0,
     * {@code sqrt(2 pi) - e^(-a^2/2) M(a) - e^(-b^2/2) M(-b)} and {@code e^(-a^2/2) - e^(-b^2/2)}; narrow intervals
     * (where those differences would cancel) by the series of {@link #setCentered}. Relative error ~1e-15.
     */
    public NormalInterval weigh(double m, double h) {
        double am = Math.abs(m);
        if (h * Math.max(1.0, am) <= Normal.NARROW) {
            series(m, h);
            // D = 2h phi(m) S0 and lo^2 - m^2 = -h (2|m| - h) outside, -m^2 inside
            double exponent = am > h ? -h * (2 * am - h) : -m * m;
            scaledMass = 2 * h * seriesS0 * Math.exp(0.5 * exponent);
            scaledSlope = -scaledMass * (m + seriesMean);
            return this;
        }
        if (am >= h) {
            double lo = am - h;
            double x = 2 * h * am;
            // 1 - rho: above x = 0.1 the subtraction is exact and the exponential's rounding costs at most 10 ulps;
            // below, expm1 (x > 0.02 here as h max(1, |m|) > 0.1; rare: |m| < 1 and h > 0.1)
            double kept = x < 0.1 ? -Math.expm1(-x) : 1.0 - Math.exp(-x);
            scaledMass = MillsRatio.of(lo) - (1.0 - kept) * MillsRatio.of(am + h);
            scaledSlope = m > 0 ? -kept : kept;
            return this;
        }
        double a = m + h;
        double b = m - h;
        double pa = Math.exp(-0.5 * a * a);
        double pb = Math.exp(-0.5 * b * b);
        scaledMass = SQRT_2PI - pa * MillsRatio.of(a) - pb * MillsRatio.of(-b);
        scaledSlope = pa - pb;
        return this;
    }

    /** Evaluates the interval [b, a], {@code a > b}. Returns this. */
    public NormalInterval set(double a, double b) {
        return setCentered(0.5 * (a + b), 0.5 * (a - b));
    }

    /**
     * Evaluates the interval {@code [m - h, m + h]}, {@code h > 0}. Prefer this form when the width is known apart
     * from the position: a width far below the ulp of m (e.g. {@code alpha l / sigma} at large t) survives.
     * Returns this.
     */
    public NormalInterval setCentered(double m, double h) {
        if (h * Math.max(1.0, Math.abs(m)) <= Normal.NARROW) {
            narrow(m, h);
            return this;
        }
        double a = m + h;
        double b = m - h;
        double pA;
        double pB;
        if (b >= 0 || a <= 0) {
            // both ends in one tail, [lo, hi] = [lo, lo + 2h] with lo >= 0 after mirroring, E = log erfcx(./sqrt 2):
            // log Q(lo) = -lo^2/2 + log(1/2) + E(lo), Delta = log Q(lo) - log Q(hi), D = Q(lo) (1 - e^-Delta),
            // phi(lo)/D = lambda(lo)/(1 - e^-Delta), phi(hi)/D = lambda(hi)/(e^Delta - 1), lambda = sqrt(2/pi) e^-E
            double lo = b >= 0 ? b : -a;
            double width = 2 * h;
            double hi = lo + width;
            double eLo = ErrorFunction.logErfcx(lo * Normal.SQRT_HALF);
            double eHi = ErrorFunction.logErfcx(hi * Normal.SQRT_HALF);
            double increment = lo * Normal.SQRT_HALF >= 20
                    ? ErrorFunction.logErfcxIncrement(lo * Normal.SQRT_HALF, width * Normal.SQRT_HALF)
                    : eHi - eLo;
            double delta = 0.5 * width * (2 * lo + width) - increment;
            // 1 - e^-Delta, with expm1 only where it cancels (Delta > 0.02 here: h max(1, m) > 0.1)
            double far = Math.exp(-delta);
            double kept = delta < 0.5 ? -Math.expm1(-delta) : 1.0 - far;
            logMass = -0.5 * lo * lo + LOG_HALF + eLo + Math.log(kept);
            double pLo = SQRT_2_OVER_PI * Math.exp(-eLo) / kept;
            if (delta > 40 + 2 * Math.log(1 + hi)) {
                // the far end is negligible (e^-Delta hi^2 < e^-40): the one-sided variance
                // 1 - lambda (lambda - lo) = -K'(lo/sqrt 2) without its cancellation for large lo
                dLog = b >= 0 ? -pLo : pLo;
                d2Log = -ErrorFunction.reciprocalErfcxExcessDerivative(lo * Normal.SQRT_HALF, eLo) - 1.0;
                return this;
            }
            // phi(hi)/D = lambda(hi) e^-Delta / (1 - e^-Delta)
            double pHi = SQRT_2_OVER_PI * Math.exp(-eHi) * far / kept;
            pA = b >= 0 ? pHi : pLo;
            pB = b >= 0 ? pLo : pHi;
        } else {
            logMass = Normal.logCdfDifference(a, b);
            pA = Math.exp(Normal.logPdf(a) - logMass);
            pB = Math.exp(Normal.logPdf(b) - logMass);
        }
        dLog = pA - pB;
        double curvature = (pA == 0 ? 0.0 : -a * pA) + (pB == 0 ? 0.0 : b * pB);
        d2Log = Math.min(0.0, Math.max(-1.0, curvature - dLog * dLog));
        return this;
    }

    /**
     * Narrow intervals ({@code h max(1, |m|) <= 0.1}): with v = u - m of density proportional to
     * {@code exp(-m v - v^2/2)} on [-h, h] and {@code e_n = h^n He_n(m)},
     * {@code S0 = sum_even e_n/(n!(n+1))}, {@code S1 = sum_odd e_n/(n!(n+2))}, {@code S2 = sum_even e_n/(n!(n+3))}:
     * {@code D = 2h phi(m) S0}, {@code E[v] = -h S1/S0}, {@code E[v^2] = h^2 S2/S0}.
     */
    private void narrow(double m, double h) {
        series(m, h);
        logMass = Math.log(2.0 * h) + Normal.logPdf(m) + Math.log(seriesS0);
        dLog = -(m + seriesMean);
        d2Log = h * h * seriesS2 / seriesS0 - seriesMean * seriesMean - 1.0;
    }

    /** The sums S0, S1, S2 of {@link #narrow}: sets S0, {@code E[v] = -h S1/S0} and S2. */
    private void series(double m, double h) {
        double hm = h * m;
        double h2 = h * h;
        double ePrev = 1.0;
        double e = hm;
        double s0 = 1.0;
        double s1 = hm / 3.0;
        double s2 = 1.0 / 3.0;
        // e_k = h^k He_k(m) by e_(k+1) = hm e_k - k h^2 e_(k-1); the sums take e_k/(k!(k+1)), e_k/(k!(k+2)),
        // e_k/(k!(k+3)); two terms a turn (one even, one odd), until both are below 1e-18
        for (int k = 2; k < SERIES_TERMS; k += 2) {
            double even = hm * e - (k - 1) * h2 * ePrev;
            double odd = hm * even - k * h2 * e;
            s0 += even * OVER_FACTORIAL_PLUS_1[k];
            s2 += even * OVER_FACTORIAL_PLUS_3[k];
            s1 += odd * OVER_FACTORIAL_PLUS_2[k + 1];
            ePrev = even;
            e = odd;
            if (Math.abs(even * OVER_FACTORIAL[k]) < 1e-18 && Math.abs(odd * OVER_FACTORIAL[k + 1]) < 1e-18) {
                break;
            }
        }
        seriesS0 = s0;
        seriesMean = -h * s1 / s0;
        seriesS2 = s2;
    }

    /** {@code 1/(k! (k + plus))} for every term k, or {@code 1/k!} for plus 0. */
    private static double[] overFactorialPlus(int plus) {
        double[] c = new double[SERIES_TERMS];
        double factorial = 1.0;
        for (int k = 0; k < SERIES_TERMS; k++) {
            factorial *= Math.max(1, k);
            c[k] = 1.0 / (factorial * (plus == 0 ? 1 : k + plus));
        }
        return c;
    }
}
