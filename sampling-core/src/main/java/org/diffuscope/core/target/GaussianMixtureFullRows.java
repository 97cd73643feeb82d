package org.diffuscope.core.target;

import java.util.Arrays;

import org.diffuscope.core.linalg.FusedRows;
import org.diffuscope.core.linalg.Panels;

/**
 * Scores of a mixture with full covariances, one component at a time over a chunk of particles held as rows:
 * {@code U = (X - alpha mu_k) P_k} with the precision {@code P_k = C_k^-1} (a d x d product per particle, in
 * {@link Panels} so a block of P_k stays in the level-1 cache), {@code l_k = logNorm_k - 1/2 <y, u>}, and
 * an online softmax {@code a <- a e^(m - m') + e^(l_k - m') u}, so that {@code s = -a / sum} needs no K-fold scratch
 * (science.md §2; Milakov and Gimelshein 2018 for the online softmax). U and the running sum a are kept in panels
 * too, so every inner loop runs over one panel row.
 */
final class GaussianMixtureFullRows implements GaussianMixtureRows {

    private final GaussianMixtureMarginal m;
    private final int d;
    private final int k;
    private final int chunk;
    private final double[][] y;
    private final double[][][] u;
    private final double[][][] acc;
    private final double[] max;
    private final double[] sum;

    GaussianMixtureFullRows(GaussianMixtureMarginal m) {
        this.m = m;
        this.d = m.d;
        this.k = m.k;
        // a panel of U for the whole chunk, chunk x 2 KB, stays in the level-2 cache
        this.chunk = Math.max(16, Math.min(256, 262144 / d));
        this.y = new double[chunk][d];
        this.u = Panels.zeros(chunk, d);
        this.acc = Panels.zeros(chunk, d);
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
            for (double[][] a : acc) {
                Arrays.fill(a[i], 0.0);
            }
            max[i] = Double.NEGATIVE_INFINITY;
            sum[i] = 0;
        }
        for (int c = 0; c < k; c++) {
            double[][][] p = m.precisionPanels(c);
            double[] mu = m.shift[c];
            for (int i = 0; i < n; i++) {
                double[] yi = y[i];
                int off = (lo + i) * d;
                for (int j = 0; j < d; j++) {
                    yi[j] = xs[off + j] - mu[j];
                }
                for (double[][] ub : u) {
                    Arrays.fill(ub[i], 0.0);
                }
            }
            for (int b = 0; b < u.length; b++) {
                Panels.multiply(y, 0, n, p[b], u[b]);
            }
            double ln = m.logNorm[c];
            for (int i = 0; i < n; i++) {
                accumulate(i, ln);
            }
        }
        for (int i = 0; i < n; i++) {
            double inv = -1.0 / sum[i];
            int off = (lo + i) * d;
            for (int b = 0; b < acc.length; b++) {
                double[] a = acc[b][i];
                int j0 = off + Panels.start(b);
                for (int j = 0; j < a.length; j++) {
                    s[j0 + j] = a[j] * inv;
                }
            }
        }
    }

    /** Folds component c of particle i into the online softmax: l = ln - 1/2 y'u. */
    private void accumulate(int i, double ln) {
        double[] yi = y[i];
        double q = 0;
        for (int b = 0; b < u.length; b++) {
            double[] ui = u[b][i];
            int j0 = Panels.start(b);
            for (int j = 0; j < ui.length; j++) {
                q += yi[j0 + j] * ui[j];
            }
        }
        double l = ln - 0.5 * q;
        if (l > max[i]) {
            if (sum[i] != 0) {
                // a <- a e^(m - l), sum <- sum e^(m - l)
                double scale = Math.exp(max[i] - l);
                sum[i] *= scale;
                for (double[][] ab : acc) {
                    double[] a = ab[i];
                    for (int j = 0; j < a.length; j++) {
                        a[j] *= scale;
                    }
                }
            }
            max[i] = l;
        }
        double w = Math.exp(l - max[i]);
        if (w < 1e-300) {
            return;
        }
        sum[i] += w;
        for (int b = 0; b < u.length; b++) {
            FusedRows.one(acc[b][i], 0, u[b][i], w);
        }
    }
}
