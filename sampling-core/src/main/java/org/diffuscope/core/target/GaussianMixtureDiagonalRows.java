package org.diffuscope.core.target;

import java.util.Arrays;

/**
 * Scores of a mixture with diagonal covariances {@code C_k = diag(c_k)} over chunks of particles held as columns
 * ({@code xt[j][i]} = coordinate j of particle i), so that every inner loop runs over particles with one index:
 * {@code l_k = logNorm_k - 1/2 sum_j (x_j - alpha mu_kj)^2 / c_kj}, {@code r = softmax(l)},
 * {@code s_j = sum_k r_k (alpha mu_kj - x_j) / c_kj} (science.md §2). Isotropic components share one 1/c_k, which
 * turns the score into {@code s_j = sum_k (r_k/c_k) alpha mu_kj - x_j sum_k r_k/c_k}.
 */
final class GaussianMixtureDiagonalRows implements GaussianMixtureRows {

    private final int d;
    private final int k;
    private final int chunk;
    private final boolean isotropic;
    private final double[][] precision;
    private final double[][] shift;
    /** 1/c_kj alpha mu_kj. */
    private final double[][] pullback;
    private final double[] logNorm;
    private final double[][] xt;
    private final double[][] r;
    private final double[] max;
    private final double[] sum;
    private final double[] col;

    GaussianMixtureDiagonalRows(GaussianMixtureMarginal m) {
        this.d = m.d;
        this.k = m.k;
        this.chunk = Math.max(8, Math.min(128, 16384 / d));
        this.isotropic = m.mixture.shape() == GaussianMixture.Shape.ISOTROPIC;
        this.precision = m.precision;
        this.shift = m.shift;
        this.logNorm = m.logNorm;
        this.pullback = new double[k][d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                pullback[c][j] = precision[c][j] * shift[c][j];
            }
        }
        this.xt = new double[d][chunk];
        this.r = new double[k][chunk];
        this.max = new double[chunk];
        this.sum = new double[chunk];
        this.col = new double[chunk];
    }

    @Override
    public void scoreRows(double[] x, int from, int to, double[] s) {
        for (int lo = from; lo < to; lo += chunk) {
            chunk(x, lo, Math.min(chunk, to - lo), s);
        }
    }

    private void chunk(double[] x, int lo, int n, double[] s) {
        for (int i = 0; i < n; i++) {
            int off = (lo + i) * d;
            for (int j = 0; j < d; j++) {
                xt[j][i] = x[off + j];
            }
        }
        Arrays.fill(max, 0, n, Double.NEGATIVE_INFINITY);
        Arrays.fill(sum, 0, n, 0.0);
        // l_k = logNorm_k - 1/2 sum_j p_kj (x_j - m_kj)^2
        for (int c = 0; c < k; c++) {
            double[] q = r[c];
            double[] p = precision[c];
            double[] mu = shift[c];
            Arrays.fill(q, 0, n, 0.0);
            int j = 0;
            for (; j + 1 < d; j += 2) {
                double[] u = xt[j];
                double[] v = xt[j + 1];
                double mu0 = mu[j];
                double mu1 = mu[j + 1];
                double p0 = p[j];
                double p1 = p[j + 1];
                for (int i = 0; i < n; i++) {
                    double y0 = u[i] - mu0;
                    double y1 = v[i] - mu1;
                    q[i] += p0 * y0 * y0 + p1 * y1 * y1;
                }
            }
            if (j < d) {
                double[] u = xt[j];
                double mu0 = mu[j];
                double p0 = p[j];
                for (int i = 0; i < n; i++) {
                    double y0 = u[i] - mu0;
                    q[i] += p0 * y0 * y0;
                }
            }
            double ln = logNorm[c];
            for (int i = 0; i < n; i++) {
                q[i] = ln - 0.5 * q[i];
            }
            for (int i = 0; i < n; i++) {
                max[i] = Math.max(max[i], q[i]);
            }
        }
        // r_k = e^(l_k - max) / sum
        for (int c = 0; c < k; c++) {
            double[] q = r[c];
            for (int i = 0; i < n; i++) {
                q[i] = FastExp.expNonPositive(q[i] - max[i]);
            }
            for (int i = 0; i < n; i++) {
                sum[i] += q[i];
            }
        }
        for (int i = 0; i < n; i++) {
            sum[i] = 1.0 / sum[i];
        }
        for (int c = 0; c < k; c++) {
            double[] q = r[c];
            double w = isotropic ? precision[c][0] : 1.0;
            for (int i = 0; i < n; i++) {
                q[i] *= sum[i] * w;
            }
        }
        if (isotropic) {
            isotropicScore(lo, n, s);
        } else {
            diagonalScore(lo, n, s);
        }
    }

    /** s_j = sum_k w_k alpha mu_kj - x_j sum_k w_k, w_k = r_k / c_k (held in r). */
    private void isotropicScore(int lo, int n, double[] s) {
        Arrays.fill(sum, 0, n, 0.0);
        for (int c = 0; c < k; c++) {
            double[] w = r[c];
            for (int i = 0; i < n; i++) {
                sum[i] += w[i];
            }
        }
        for (int j = 0; j < d; j++) {
            double[] u = xt[j];
            for (int i = 0; i < n; i++) {
                col[i] = -sum[i] * u[i];
            }
            for (int c = 0; c < k; c++) {
                double[] w = r[c];
                double mu = shift[c][j];
                for (int i = 0; i < n; i++) {
                    col[i] += w[i] * mu;
                }
            }
            store(j, lo, n, s);
        }
    }

    /** s_j = sum_k r_k (p_kj alpha mu_kj - p_kj x_j). */
    private void diagonalScore(int lo, int n, double[] s) {
        for (int j = 0; j < d; j++) {
            double[] u = xt[j];
            Arrays.fill(col, 0, n, 0.0);
            for (int c = 0; c < k; c++) {
                double[] w = r[c];
                double a = precision[c][j];
                double b = pullback[c][j];
                for (int i = 0; i < n; i++) {
                    col[i] += w[i] * (b - a * u[i]);
                }
            }
            store(j, lo, n, s);
        }
    }

    private void store(int j, int lo, int n, double[] s) {
        for (int i = 0; i < n; i++) {
            s[(lo + i) * d + j] = col[i];
        }
    }
}
