package org.diffuscope.core.target;

/** Validation and set-up helpers of {@link GaussianMixture}: messages name the component and the field. */
final class GaussianMixtureChecks {

    private GaussianMixtureChecks() {
    }

    /** {@code rows[m][i] = v[i d + m]}: the columns of a row-major d x d matrix as contiguous arrays. */
    static double[][] rowsOfColumns(double[] v, int d) {
        double[][] rows = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int m = 0; m < d; m++) {
                rows[m][i] = v[i * d + m];
            }
        }
        return rows;
    }

    /** Clamps tiny negative eigenvalues to 0 in place; returns whether every component is non-singular. */
    static boolean checkSpectra(double[][] eigenvalues, int d) {
        boolean density = true;
        for (int c = 0; c < eigenvalues.length; c++) {
            double[] lam = eigenvalues[c];
            double scale = 0;
            for (double v : lam) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int j = 0; j < d; j++) {
                if (lam[j] < -1e-9 * Math.max(scale, 1e-300)) {
                    throw new IllegalArgumentException("components[" + c + "].covariance is not positive semi-definite");
                }
                lam[j] = Math.max(lam[j], 0.0);
                density &= lam[j] > 1e-12 * Math.max(scale, 1e-300) && lam[j] > 0;
            }
        }
        return density;
    }

    static double[] normalised(double[] w) {
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
            if (!(w[c] > 0) || !Double.isFinite(w[c])) {
                throw new IllegalArgumentException("components[" + c + "].weight must be a finite number > 0, got " + w[c]);
            }
            sum += w[c];
        }
        double[] out = new double[w.length];
        for (int c = 0; c < w.length; c++) {
            out[c] = w[c] / sum;
        }
        return out;
    }

    static double[] checkedMean(double[] mu, int c, int d) {
        if (mu.length != d) {
            throw new IllegalArgumentException("components[" + c + "].mean has length " + mu.length + ", expected " + d);
        }
        for (double v : mu) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("components[" + c + "].mean has a non-finite entry");
            }
        }
        return mu.clone();
    }

    static double[] checkedCovariance(double[] s, int c, int d) {
        if (s.length != d * d) {
            throw new IllegalArgumentException("components[" + c + "].covariance must be " + d + " x " + d);
        }
        double scale = 0;
        for (double v : s) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("components[" + c + "].covariance has a non-finite entry");
            }
            scale = Math.max(scale, Math.abs(v));
        }
        double[] out = s.clone();
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double a = s[i * d + j];
                double b = s[j * d + i];
                if (Math.abs(a - b) > 1e-9 * scale) {
                    throw new IllegalArgumentException("components[" + c + "].covariance is not symmetric");
                }
                out[i * d + j] = out[j * d + i] = 0.5 * (a + b);
            }
        }
        return out;
    }

    static GaussianMixture.Shape shapeOf(double[][] covs, int d) {
        boolean diagonal = true;
        boolean isotropic = true;
        for (double[] s : covs) {
            for (int i = 0; i < d; i++) {
                isotropic &= s[i * d + i] == s[0];
                for (int j = 0; j < d; j++) {
                    if (i != j && s[i * d + j] != 0) {
                        diagonal = false;
                    }
                }
            }
        }
        return !diagonal ? GaussianMixture.Shape.FULL : isotropic ? GaussianMixture.Shape.ISOTROPIC
                : GaussianMixture.Shape.DIAGONAL;
    }
}
