package org.diffuscope.core.metric;

/**
 * A {@link Law1d} tabulated on a uniform grid (cdf F, density f, partial mean P) and interpolated by cubic Hermite
 * polynomials ({@code F' = f}, {@code P' = x f}), so that the exact 1D Wasserstein-2 distance to an empirical law,
 * {@code W2^2 = E[X^2] + mean_i y_(i)^2 - 2 sum_i y_(i) (P(q_i) - P(q_(i-1)))}, {@code q_i = F^-1(i/n)}, costs O(n)
 * for sorted y. The grid step is {@code min(range/512, resolution/16)}.
 */
final class QuantileTable {

    private static final int MAX_NODES = 1 << 17;

    private final double x0;
    private final double h;
    private final double[] f;
    private final double[] density;
    private final double[] partial;
    private final double mean;
    private final double secondMoment;

    QuantileTable(Law1d law) {
        double lo = law.lower();
        double hi = law.upper();
        if (!(hi > lo)) {
            throw new IllegalArgumentException("law range must be non-empty, got [" + lo + ", " + hi + "]");
        }
        double step = Math.min((hi - lo) / 512, law.resolution() / 16);
        int m = (int) Math.min(MAX_NODES, Math.ceil((hi - lo) / step) + 1);
        this.x0 = lo;
        this.h = (hi - lo) / (m - 1);
        this.f = new double[m];
        this.density = new double[m];
        this.partial = new double[m];
        for (int j = 0; j < m; j++) {
            double x = lo + j * h;
            f[j] = law.cdf(x);
            density[j] = law.density(x);
            partial[j] = law.partialMean(x);
        }
        this.mean = law.mean();
        this.secondMoment = law.secondMoment();
    }

    /** Number of grid nodes. */
    int size() {
        return f.length;
    }

    /**
     * The squared W2 distance between the empirical law of {@code y[0 .. n)}, sorted ascending, and the tabulated
     * law. y: Not modified.
     */
    double w2Squared(double[] y, int n) {
        double sumY2 = 0;
        for (int i = 0; i < n; i++) {
            sumY2 += y[i] * y[i];
        }
        // cross = sum_i y_(i) (P(q_i) - P(q_(i-1))), q_0 = -inf, q_n = +inf
        double cross = 0;
        double previous = 0;
        int j = 0;
        int last = f.length - 1;
        for (int i = 1; i < n; i++) {
            double s = (double) i / n;
            while (j < last - 1 && f[j + 1] <= s) {
                j++;
            }
            double p = partialAtLevel(j, s);
            cross += y[i - 1] * (p - previous);
            previous = p;
        }
        cross += y[n - 1] * (mean - previous);
        double w2 = secondMoment + sumY2 / n - 2.0 * cross;
        return Math.max(w2, 0.0);
    }

    /** {@code P(F^-1(s))} for one level s in (0, 1) (binary search for the interval; for tests). */
    double partialAtLevel(double s) {
        int j = java.util.Arrays.binarySearch(f, s);
        j = j >= 0 ? j : -j - 2;
        j = Math.max(0, Math.min(f.length - 2, j));
        return partialAtLevel(j, s);
    }

    /** {@code P(F^-1(s))} with F^-1(s) inside node interval j: Newton on the Hermite cubic of F, then P's cubic. */
    private double partialAtLevel(int j, double s) {
        double f0 = f[j];
        double f1 = f[j + 1];
        double m0 = h * density[j];
        double m1 = h * density[j + 1];
        double tau;
        if (s <= f0) {
            tau = 0;
        } else if (s >= f1) {
            tau = 1;
        } else {
            tau = initialGuess(s, f0, f1, m0, m1);
            double lo = 0;
            double hi = 1;
            for (int it = 0; it < 12; it++) {
                double t2 = tau * tau;
                double t3 = t2 * tau;
                double value = (2 * t3 - 3 * t2 + 1) * f0 + (t3 - 2 * t2 + tau) * m0 + (-2 * t3 + 3 * t2) * f1
                        + (t3 - t2) * m1 - s;
                if (value > 0) {
                    hi = tau;
                } else {
                    lo = tau;
                }
                double slope = (6 * t2 - 6 * tau) * f0 + (3 * t2 - 4 * tau + 1) * m0 + (-6 * t2 + 6 * tau) * f1
                        + (3 * t2 - 2 * tau) * m1;
                double step = slope > 0 ? value / slope : Double.NaN;
                // a step below 1e-9 puts q within 1e-9 h of the Hermite root: far below the interpolation error
                if (Math.abs(step) < 1e-9) {
                    tau = Math.min(1.0, Math.max(0.0, tau - step));
                    break;
                }
                double next = tau - step;
                tau = next > lo && next < hi ? next : 0.5 * (lo + hi);
            }
        }
        double x0j = x0 + j * h;
        double x1j = x0j + h;
        double p0 = partial[j];
        double p1 = partial[j + 1];
        double d0 = h * x0j * density[j];
        double d1 = h * x1j * density[j + 1];
        double t2 = tau * tau;
        double t3 = t2 * tau;
        return (2 * t3 - 3 * t2 + 1) * p0 + (t3 - 2 * t2 + tau) * d0 + (-2 * t3 + 3 * t2) * p1 + (t3 - t2) * d1;
    }

    /**
     * A start for Newton: the inverse cubic Hermite interpolant of tau(F), with slopes {@code 1/m0}, {@code 1/m1},
     * when both are moderate; the linear interpolant otherwise (near a zero of the density).
     */
    private static double initialGuess(double s, double f0, double f1, double m0, double m1) {
        double df = f1 - f0;
        double u = (s - f0) / df;
        // slopes of tau against u = (F - f0)/df at both ends
        double a = df / m0;
        double b = df / m1;
        if (!(a > 0.1 && a < 10 && b > 0.1 && b < 10)) {
            return u;
        }
        double u2 = u * u;
        double u3 = u2 * u;
        double tau = (-2 * u3 + 3 * u2) + (u3 - 2 * u2 + u) * a + (u3 - u2) * b;
        return Math.min(1.0, Math.max(0.0, tau));
    }

    /**
     * The squared W2 distance between two empirical laws, {@code a[0 .. n)} and {@code b[0 .. m)}, both sorted
     * ascending: {@code int_0^1 (A^-1(s) - B^-1(s))^2 ds} over the merged breakpoints. a, b: Not modified.
     */
    static double w2SquaredEmpirical(double[] a, int n, double[] b, int m) {
        double acc = 0;
        double previous = 0;
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            // next breakpoint: min((i+1)/n, (j+1)/m), compared exactly in integers
            long left = (long) (i + 1) * m;
            long right = (long) (j + 1) * n;
            double next = left <= right ? (double) (i + 1) / n : (double) (j + 1) / m;
            double diff = a[i] - b[j];
            acc += (next - previous) * diff * diff;
            previous = next;
            if (left <= right) {
                i++;
            }
            if (right <= left) {
                j++;
            }
        }
        return acc;
    }
}
