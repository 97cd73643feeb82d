package org.diffuscope.core.target;

/**
 * Scores of a mixture with full covariances, one component at a time over a chunk of particles held as rows:
 * {@code U = (X - alpha mu_k) P_k} with the precision {@code P_k = C_k^-1} (a d x d product per particle, tiled so a
 * band of P_k's rows stays in cache and two particles share each load), {@code l_k = logNorm_k - 1/2 <y, u>}, and
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

    /**
     * {@code U[i] += Y[i][l0..l1) P[l0..l1)} for the first n rows, two at a time, four rows of P per pass (each load
     * of P serves two particles). Kept one large method on purpose: inlined into {@link #chunk}, or with the pair
     * loop in a method of its own, HotSpot C2 (JDK 17) compiled the inner loop without vectorising it (3x slower,
     * measured with a CPU-time harness).
     */
    private static void band(double[][] y, double[][] u, int n, double[][] p, int l0, int l1) {
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double[] y0 = y[i];
            double[] y1 = y[i + 1];
            double[] u0 = u[i];
            double[] u1 = u[i + 1];
            int d = u0.length;
            int l = l0;
            for (; l + 3 < l1; l += 4) {
                double[] r0 = p[l];
                double[] r1 = p[l + 1];
                double[] r2 = p[l + 2];
                double[] r3 = p[l + 3];
                double a0 = y0[l];
                double a1 = y0[l + 1];
                double a2 = y0[l + 2];
                double a3 = y0[l + 3];
                double b0 = y1[l];
                double b1 = y1[l + 1];
                double b2 = y1[l + 2];
                double b3 = y1[l + 3];
                for (int j = 0; j < d; j++) {
                    double v0 = r0[j];
                    double v1 = r1[j];
                    double v2 = r2[j];
                    double v3 = r3[j];
                    // u0 += a P[l..l+3], u1 += b P[l..l+3] as fused multiply-adds (C2 vectorises these chains)
                    u0[j] = Math.fma(a3, v3, Math.fma(a2, v2, Math.fma(a1, v1, Math.fma(a0, v0, u0[j]))));
                    u1[j] = Math.fma(b3, v3, Math.fma(b2, v2, Math.fma(b1, v1, Math.fma(b0, v0, u1[j]))));
                }
            }
            for (; l < l1; l++) {
                double[] r0 = p[l];
                double a0 = y0[l];
                double b0 = y1[l];
                for (int j = 0; j < d; j++) {
                    u0[j] = Math.fma(a0, r0[j], u0[j]);
                    u1[j] = Math.fma(b0, r0[j], u1[j]);
                }
            }
        }
        if (i < n) {
            single(y[i], u[i], p, l0, l1);
        }
    }

    private static void single(double[] y0, double[] u0, double[][] p, int l0, int l1) {
        int d = u0.length;
        for (int l = l0; l < l1; l++) {
            double[] r0 = p[l];
            double a0 = y0[l];
            for (int j = 0; j < d; j++) {
                u0[j] = Math.fma(a0, r0[j], u0[j]);
            }
        }
    }
}
