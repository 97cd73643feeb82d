package org.diffuscope.core.target;

/** Argument checks shared by the target constructors; messages name the field as in target files. */
final class Checks {

    private Checks() {
    }

    /** A non-null vector of finite numbers of the given length (any length when expected < 0); returns a copy. */
    static double[] vector(String field, double[] v, int expected) {
        if (v == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (expected >= 0 && v.length != expected) {
            throw new IllegalArgumentException(field + " has length " + v.length + ", expected " + expected);
        }
        if (v.length == 0) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (int j = 0; j < v.length; j++) {
            if (!Double.isFinite(v[j])) {
                throw new IllegalArgumentException(field + "[" + j + "] must be finite, got " + v[j]);
            }
        }
        return v.clone();
    }

    /** A finite number > 0. */
    static double positive(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite, got " + value);
        }
        return value;
    }

    /** Weights: finite, > 0, one per component (length n); returns them normalised. */
    static double[] weights(double[] w, int n) {
        if (w.length != n) {
            throw new IllegalArgumentException("weights has length " + w.length + ", expected " + n + " (one per component or point)");
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            if (!(w[k] > 0) || !Double.isFinite(w[k])) {
                throw new IllegalArgumentException("weights[" + k + "] must be a finite number > 0, got " + w[k]);
            }
            sum += w[k];
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = w[k] / sum;
        }
        return out;
    }

    /** Index of the category drawn by u in [0, 1) from the cumulative weights. */
    static int pick(double[] cumulative, double u) {
        // the first k with u < cumulative[k], by bisection
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (u < cumulative[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Running sums of normalised weights, the last forced to 1. */
    static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double acc = 0;
        for (int k = 0; k < w.length; k++) {
            acc += w[k];
            c[k] = acc;
        }
        c[w.length - 1] = 1.0;
        return c;
    }
}
