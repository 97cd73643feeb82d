package org.diffuscope.core.target;

import java.util.Arrays;

/**
 * Blocked scores of a {@link GaussianMixtureMarginal} over rows of particles, the fast path behind
 * {@link Evaluator#scoreRows}: struct-of-arrays scratch so that every inner loop walks its arrays with one index and
 * HotSpot vectorises it (performance.md, lessons 1-3). Three shapes: d = 2 in closed form with the 2 x 2 precisions
 * ({@link Planar}); diagonal covariances over particle-major columns ({@link GaussianMixtureDiagonalRows}); full
 * covariances as {@code U = (X - alpha mu_k) P_k}, {@code P_k = C_k^-1}, with an online softmax over the components
 * ({@link GaussianMixtureFullRows}). Same numbers as the per-point path up to rounding (a few 1e-14 relative).
 * Holds scratch: one per thread.
 */
interface GaussianMixtureRows {

    /** Scores of rows {@code [from, to)} of x into the same rows of s. x: Not modified. s: Modified. */
    void scoreRows(double[] x, int from, int to, double[] s);

    /** The fastest kernel for the marginal's dimension and covariance shape. */
    static GaussianMixtureRows of(GaussianMixtureMarginal m) {
        if (m.d == 2) {
            return new Planar(m);
        }
        return m.vectors == null ? new GaussianMixtureDiagonalRows(m) : new GaussianMixtureFullRows(m);
    }

    /** d = 2: {@code P_k = [[a, b], [b, c]]}; logits and responsibilities over chunks of particles. */
    final class Planar implements GaussianMixtureRows {
        static final int CHUNK = 128;
        private final double[] p00;
        private final double[] p01;
        private final double[] p11;
        private final double[] m0;
        private final double[] m1;
        private final double[] logNorm;
        private final int k;
        private final double[] x0 = new double[CHUNK];
        private final double[] x1 = new double[CHUNK];
        private final double[] max = new double[CHUNK];
        private final double[] sum = new double[CHUNK];
        private final double[] a0 = new double[CHUNK];
        private final double[] a1 = new double[CHUNK];
        private final double[][] logits;

        Planar(GaussianMixtureMarginal m) {
            this.k = m.k;
            p00 = new double[k];
            p01 = new double[k];
            p11 = new double[k];
            m0 = new double[k];
            m1 = new double[k];
            logNorm = m.logNorm.clone();
            logits = new double[k][CHUNK];
            for (int c = 0; c < k; c++) {
                double[] p = m.precision[c];
                if (m.vectors == null) {
                    p00[c] = p[0];
                    p11[c] = p[1];
                } else {
                    // P = V diag(p) V'
                    double[] v = m.vectors[c];
                    p00[c] = v[0] * v[0] * p[0] + v[1] * v[1] * p[1];
                    p01[c] = v[0] * v[2] * p[0] + v[1] * v[3] * p[1];
                    p11[c] = v[2] * v[2] * p[0] + v[3] * v[3] * p[1];
                }
                m0[c] = m.shift[c][0];
                m1[c] = m.shift[c][1];
            }
        }

        @Override
        public void scoreRows(double[] x, int from, int to, double[] s) {
            for (int lo = from; lo < to; lo += CHUNK) {
                chunk(x, lo, Math.min(CHUNK, to - lo), s);
            }
        }

        /**
         * Log-densities of rows {@code [from, to)} into {@code logp[0 .. to - from)}, and (rSums not null) the
         * responsibilities summed per component over the rows, row by row: log p = max + log sum_k e^(l_k - max).
         */
        void logDensityRows(double[] x, int from, int to, double[] logp, double[] rSums) {
            for (int lo = from; lo < to; lo += CHUNK) {
                int n = Math.min(CHUNK, to - lo);
                weights(x, lo, n);
                for (int i = 0; i < n; i++) {
                    logp[lo - from + i] = max[i] + Math.log(sum[i]);
                }
                if (rSums != null) {
                    for (int i = 0; i < n; i++) {
                        double inv = 1.0 / sum[i];
                        for (int c = 0; c < k; c++) {
                            rSums[c] += logits[c][i] * inv;
                        }
                    }
                }
            }
        }

        private void chunk(double[] x, int lo, int n, double[] s) {
            weights(x, lo, n);
            Arrays.fill(a0, 0, n, 0.0);
            Arrays.fill(a1, 0, n, 0.0);
            // sum_k w_k (P_k y), w_k = e^(l_k - max)
            for (int c = 0; c < k; c++) {
                double a = p00[c];
                double b = p01[c];
                double e = p11[c];
                double n0 = m0[c];
                double n1 = m1[c];
                double[] w = logits[c];
                for (int i = 0; i < n; i++) {
                    double y0 = x0[i] - n0;
                    double y1 = x1[i] - n1;
                    a0[i] += w[i] * (a * y0 + b * y1);
                    a1[i] += w[i] * (b * y0 + e * y1);
                }
            }
            // s = -sum_k r_k P_k y_k
            for (int i = 0; i < n; i++) {
                double inv = -1.0 / sum[i];
                s[2 * (lo + i)] = a0[i] * inv;
                s[2 * (lo + i) + 1] = a1[i] * inv;
            }
        }

        /**
         * The logits of rows {@code [lo, lo + n)} ({@link #logits}), turned in place into w_k = e^(l_k - max), and
         * their sum per row: shared by the score and the log-density.
         */
        private void weights(double[] x, int lo, int n) {
            logits(x, lo, n);
            Arrays.fill(sum, 0, n, 0.0);
            for (int c = 0; c < k; c++) {
                double[] l = logits[c];
                // kept apart from the sum: C2 vectorises the two loops, not their fusion
                for (int i = 0; i < n; i++) {
                    l[i] = FastExp.expNonPositive(l[i] - max[i]);
                }
                for (int i = 0; i < n; i++) {
                    sum[i] += l[i];
                }
            }
        }

        /** x into the columns x0, x1 and l_k = logNorm_k - 1/2 y'P_k y (y = x - alpha mu_k) with their maximum. */
        private void logits(double[] x, int lo, int n) {
            for (int i = 0; i < n; i++) {
                x0[i] = x[2 * (lo + i)];
                x1[i] = x[2 * (lo + i) + 1];
            }
            Arrays.fill(max, 0, n, Double.NEGATIVE_INFINITY);
            for (int c = 0; c < k; c++) {
                double a = p00[c];
                double b = p01[c];
                double e = p11[c];
                double n0 = m0[c];
                double n1 = m1[c];
                double ln = logNorm[c];
                double[] l = logits[c];
                for (int i = 0; i < n; i++) {
                    double y0 = x0[i] - n0;
                    double y1 = x1[i] - n1;
                    l[i] = ln - 0.5 * (y0 * (a * y0 + b * y1) + y1 * (b * y0 + e * y1));
                }
                for (int i = 0; i < n; i++) {
                    max[i] = Math.max(max[i], l[i]);
                }
            }
        }
    }
}
