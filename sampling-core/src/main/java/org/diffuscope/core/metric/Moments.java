package org.diffuscope.core.metric;

import org.diffuscope.core.linalg.SymmetricEigen;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Sample mean and covariance of a cloud, summed over fixed blocks around a shift (the exact mean, so the one-pass
 * sums stay well conditioned): {@code mean = shift + S1/n}, {@code cov = (S2 - S1 S1'/n)/(n - 1)} with
 * {@code S1 = sum y}, {@code S2 = sum y y'}, {@code y = x - shift}.
 *
 * @param mean       the sample mean
 * @param covariance the unbiased sample covariance, row-major d x d
 */
record Moments(double[] mean, double[] covariance) {

    /** Above this dimension each parallel task owns rows of S2 instead of a whole partial d x d matrix. */
    private static final int SMALL_DIM = 32;

    static Moments of(Cloud c, double[] shift, boolean parallel) {
        int n = c.n();
        int d = c.dim();
        double[] x = c.x();
        int blocks = Blocks.count(n);
        boolean small = d <= SMALL_DIM;
        double[][] s1 = new double[blocks][d];
        double[][] s2 = small ? new double[blocks][d * d] : null;
        Blocks.run(blocks, parallel, b -> {
            double[] a1 = s1[b];
            double[] a2 = small ? s2[b] : null;
            double[] y = new double[d];
            for (int i = Blocks.start(b); i < Blocks.end(b, n); i++) {
                for (int j = 0; j < d; j++) {
                    y[j] = x[i * d + j] - shift[j];
                    a1[j] += y[j];
                }
                if (small) {
                    for (int j = 0; j < d; j++) {
                        double yj = y[j];
                        for (int l = j; l < d; l++) {
                            a2[j * d + l] += yj * y[l];
                        }
                    }
                }
            }
        });
        double[] sum1 = new double[d];
        double[] sum2 = small ? new double[d * d] : secondMomentsByRows(c, shift, parallel);
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < d; j++) {
                sum1[j] += s1[b][j];
            }
            if (small) {
                for (int j = 0; j < d * d; j++) {
                    sum2[j] += s2[b][j];
                }
            }
        }
        double[] mean = new double[d];
        double[] cov = new double[d * d];
        for (int j = 0; j < d; j++) {
            mean[j] = shift[j] + sum1[j] / n;
        }
        double denominator = Math.max(n - 1, 1);
        for (int j = 0; j < d; j++) {
            for (int l = j; l < d; l++) {
                double v = (sum2[j * d + l] - sum1[j] * sum1[l] / n) / denominator;
                cov[j * d + l] = v;
                cov[l * d + j] = v;
            }
        }
        return new Moments(mean, cov);
    }

    /** {@code S2 = sum_i y_i y_i'} (upper triangle only), each task owning a fixed range of rows. */
    private static double[] secondMomentsByRows(Cloud c, double[] shift, boolean parallel) {
        int n = c.n();
        int d = c.dim();
        double[] x = c.x();
        int rowsPerTask = 8;
        int tasks = (d + rowsPerTask - 1) / rowsPerTask;
        double[][] rows = new double[d][];
        Blocks.run(tasks, parallel, task -> {
            int r0 = task * rowsPerTask;
            int r1 = Math.min(d, r0 + rowsPerTask);
            double[][] acc = new double[r1 - r0][d];
            double[] y = new double[d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    y[j] = x[i * d + j] - shift[j];
                }
                for (int r = r0; r < r1; r++) {
                    // acc_r[j] += y_r y_j for j >= r (same-index inner loop)
                    double yr = y[r];
                    double[] a = acc[r - r0];
                    for (int j = r; j < d; j++) {
                        a[j] += yr * y[j];
                    }
                }
            }
            for (int r = r0; r < r1; r++) {
                rows[r] = acc[r - r0];
            }
        });
        double[] out = new double[d * d];
        for (int r = 0; r < d; r++) {
            System.arraycopy(rows[r], 0, out, r * d, d);
        }
        return out;
    }

    /** {@code |mean - m| / sqrt(tr C)}. */
    double meanError(double[] m, double traceC) {
        double acc = 0;
        for (int j = 0; j < m.length; j++) {
            double e = mean[j] - m[j];
            acc += e * e;
        }
        return Math.sqrt(acc / traceC);
    }

    /** {@code ||cov - C||_F / ||C||_F}. */
    double covarianceError(double[] c, double normC) {
        double acc = 0;
        for (int j = 0; j < c.length; j++) {
            double e = covariance[j] - c[j];
            acc += e * e;
        }
        return Math.sqrt(acc) / normC;
    }

    /**
     * The W2 distance between {@code N(mean, cov)} and {@code N(m, C)} (Bures):
     * {@code W2^2 = |mean - m|^2 + tr cov + tr C - 2 tr (C^1/2 cov C^1/2)^1/2}. sqrtC: the symmetric root of C.
     */
    double buresW2(double[] m, double[] c, double[] sqrtC) {
        int d = m.length;
        double[] tmp = new double[d * d];
        double[] middle = new double[d * d];
        multiply(sqrtC, covariance, tmp, d);
        multiply(tmp, sqrtC, middle, d);
        symmetrise(middle, d);
        double traceRoot = 0;
        for (double lambda : SymmetricEigen.of(middle, d).values()) {
            traceRoot += Math.sqrt(Math.max(lambda, 0.0));
        }
        double w2 = 0;
        for (int j = 0; j < d; j++) {
            double e = mean[j] - m[j];
            w2 += e * e + covariance[j * d + j] + c[j * d + j];
        }
        w2 -= 2.0 * traceRoot;
        return Math.sqrt(Math.max(w2, 0.0));
    }

    /** The symmetric positive semi-definite square root {@code V diag(sqrt(max(lambda, 0))) V'}. a: Not modified. */
    static double[] sqrtPsd(double[] a, int d) {
        SymmetricEigen e = SymmetricEigen.of(a, d);
        double[] v = e.vectors();
        double[] root = new double[d];
        for (int j = 0; j < d; j++) {
            root[j] = Math.sqrt(Math.max(e.values()[j], 0.0));
        }
        double[] out = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double acc = 0;
                for (int l = 0; l < d; l++) {
                    acc += v[i * d + l] * root[l] * v[j * d + l];
                }
                out[i * d + j] = acc;
                out[j * d + i] = acc;
            }
        }
        return out;
    }

    /** out = a b through EJML (blocked for large d). a, b: Not modified. out: Modified. */
    private static void multiply(double[] a, double[] b, double[] out, int d) {
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(d, d, a), DMatrixRMaj.wrap(d, d, b), DMatrixRMaj.wrap(d, d, out));
    }

    private static void symmetrise(double[] a, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double v = 0.5 * (a[i * d + j] + a[j * d + i]);
                a[i * d + j] = v;
                a[j * d + i] = v;
            }
        }
    }
}
