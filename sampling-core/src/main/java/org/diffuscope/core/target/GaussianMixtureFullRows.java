package org.diffuscope.core.target;

/**
 * Scores of a mixture with full covariances, one component at a time over a chunk of particles held as rows:
 * {@code U = (X - alpha mu_k) P_k} with the precision {@code P_k = C_k^-1} (a d x d product per particle, tiled so a
 * band of P_k's rows stays in cache), {@code l_k = logNorm_k - 1/2 <y, u>}, and
 * an online softmax {@code a <- a e^(m - m') + e^(l_k - m') u}, so that {@code s = -a / sum} needs no K-fold scratch
 * (science.md §2; Milakov and Gimelshein 2018 for the online softmax).
 */
final class GaussianMixtureFullRows implements GaussianMixtureRows {

    private final GaussianMixtureMarginal m;
    private final int d;
    private final int k;
    private final int chunk;
    private final int band;
    private final double[][] x;
    private final double[][] y;
    private final double[][] u;
    private final double[][] acc;
    private final double[] max;
    private final double[] sum;

    GaussianMixtureFullRows(GaussianMixtureMarginal m) {
        this.m = m;
        this.d = m.d;
        this.k = m.k;
        this.chunk = Math.max(16, Math.min(256, 262144 / d));
        // rows of P per band: about 256 KB of P in cache
        this.band = Math.max(4, Math.min(d, (32768 / d) & ~3));
        this.x = new double[chunk][d];
        this.y = new double[chunk][d];
        this.u = new double[chunk][d];
        this.acc = new double[chunk][d];
        this.max = new double[chunk];
        this.sum = new double[chunk];
    }

    @Override
    public void scoreRows(double[] xs, int from, int to, double[] s) {
        for (int lo = from; lo < to; lo += chunk) {
            chunk(xs, lo, Math.min(chunk, to - lo), s);
        }
    }

    private void chunk(double[] xs, int lo, int n, double[] s) {
        for (int i = 0; i < n; i++) {
            System.arraycopy(xs, (lo + i) * d, x[i], 0, d);
            java.util.Arrays.fill(acc[i], 0.0);
            max[i] = Double.NEGATIVE_INFINITY;
            sum[i] = 0;
        }
        for (int c = 0; c < k; c++) {
            double[][] p = m.precisionRows(c);
            double[] mu = m.shift[c];
            for (int i = 0; i < n; i++) {
                double[] xi = x[i];
                double[] yi = y[i];
                for (int j = 0; j < d; j++) {
                    yi[j] = xi[j] - mu[j];
                }
                java.util.Arrays.fill(u[i], 0.0);
            }
            // U = Y P, band by band
            for (int l0 = 0; l0 < d; l0 += band) {
                band(y, u, n, p, l0, Math.min(d, l0 + band));
            }
            double ln = m.logNorm[c];
            for (int i = 0; i < n; i++) {
                accumulate(i, ln);
            }
        }
        for (int i = 0; i < n; i++) {
            double[] a = acc[i];
            double inv = -1.0 / sum[i];
            for (int j = 0; j < d; j++) {
                a[j] *= inv;
            }
            System.arraycopy(a, 0, s, (lo + i) * d, d);
        }
    }

    /** Folds component c of particle i into the online softmax: l = ln - 1/2 y'u. */
    private void accumulate(int i, double ln) {
        double[] yi = y[i];
        double[] ui = u[i];
        double[] a = acc[i];
        double q = 0;
        for (int j = 0; j < d; j++) {
            q += yi[j] * ui[j];
        }
        double l = ln - 0.5 * q;
        if (l > max[i]) {
            if (sum[i] != 0) {
                // a <- a e^(m - l), sum <- sum e^(m - l)
                double scale = Math.exp(max[i] - l);
                sum[i] *= scale;
                for (int j = 0; j < d; j++) {
                    a[j] *= scale;
                }
            }
            max[i] = l;
        }
        double w = Math.exp(l - max[i]);
        if (w < 1e-300) {
            return;
        }
        sum[i] += w;
        for (int j = 0; j < d; j++) {
            a[j] = Math.fma(w, ui[j], a[j]);
        }
    }

    /** {@code U[i] += Y[i][l0..l1) P[l0..l1)} for the first n rows, four rows of P per pass ({@link FusedRows}). */
    private static void band(double[][] y, double[][] u, int n, double[][] p, int l0, int l1) {
        for (int i = 0; i < n; i++) {
            double[] yi = y[i];
            double[] ui = u[i];
            int l = l0;
            for (; l + 3 < l1; l += 4) {
                FusedRows.four(ui, 0, p[l], p[l + 1], p[l + 2], p[l + 3], yi[l], yi[l + 1], yi[l + 2], yi[l + 3]);
            }
            for (; l < l1; l++) {
                FusedRows.one(ui, 0, p[l], yi[l]);
            }
        }
    }
}
