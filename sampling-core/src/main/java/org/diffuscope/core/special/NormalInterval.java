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

    private double logMass;
    private double dLog;
    private double d2Log;

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
        double hm = h * m;
        double h2 = h * h;
        double ePrev = 1.0;
        double e = hm;
        double factorial = 1.0;
        double s0 = 1.0;
        double s1 = hm / 3.0;
        double s2 = 1.0 / 3.0;
        for (int n = 1; n < 13; n++) {
            double eNext = hm * e - n * h2 * ePrev;
            ePrev = e;
            e = eNext;
            factorial *= n + 1;
            int k = n + 1;
            double term = e / factorial;
            if (k % 2 == 0) {
                s0 += term / (k + 1);
                s2 += term / (k + 3);
            } else {
                s1 += term / (k + 2);
            }
            if (Math.abs(term) < 1e-18 && Math.abs(ePrev / (factorial / k)) < 1e-18) {
                break;
            }
        }
        double mean = -h * s1 / s0;
        logMass = Math.log(2.0 * h) + Normal.logPdf(m) + Math.log(s0);
        dLog = -(m + mean);
        d2Log = h2 * s2 / s0 - mean * mean - 1.0;
    }
}
