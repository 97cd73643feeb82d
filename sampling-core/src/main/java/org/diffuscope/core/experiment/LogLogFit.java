package org.diffuscope.core.experiment;

/**
 * Least-squares line through {@code (log x, log y)}: {@code log y = intercept + slope log x}. Points with a
 * non-positive or non-finite coordinate are left out; {@code n} says how many were used.
 */
public record LogLogFit(double slope, double intercept, int n) {

    /** Fits xs against ys (same length). Not modified. */
    public static LogLogFit of(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + " vs " + ys.length);
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] > 0 && ys[i] > 0 && Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                double u = Math.log(xs[i]);
                double v = Math.log(ys[i]);
                sx += u;
                sy += v;
                sxx += u * u;
                sxy += u * v;
                n++;
            }
        }
        if (n < 2) {
            return new LogLogFit(Double.NaN, Double.NaN, n);
        }
        double den = n * sxx - sx * sx;
        if (!(Math.abs(den) > 1e-300)) {
            return new LogLogFit(Double.NaN, Double.NaN, n);
        }
        double slope = (n * sxy - sx * sy) / den;
        return new LogLogFit(slope, (sy - slope * sx) / n, n);
    }

    /** The fitted y at x. */
    public double at(double x) {
        return Math.exp(intercept + slope * Math.log(x));
    }
}
