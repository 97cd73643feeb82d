package org.diffuscope.core.target;

/**
 * Per-thread evaluation of a {@link GaussianMixtureMarginal}: with {@code y_k = V_k'x - V_k' alpha mu_k} and
 * {@code u_k = diag(1/c_k) y_k}, the logits are {@code l_k = logNorm_k - 1/2 y_k'u_k}, the responsibilities
 * {@code r = softmax(l)} and the score {@code s = -sum_k r_k V_k u_k} (science.md §2).
 */
final class GaussianMixtureEvaluator implements Evaluator {

    private final GaussianMixtureMarginal m;
    private final int d;
    private final int k;
    private final double[][] u;
    private final double[] logits;
    /** g_k = -V_k u_k per component (Hessian scratch), K x d. */
    private final double[][] g;
    private final double[] mean;
    private GaussianMixtureRows rows;

    GaussianMixtureEvaluator(GaussianMixtureMarginal m) {
        this.m = m;
        this.d = m.d;
        this.k = m.k;
        this.u = new double[k][d];
        this.logits = new double[k];
        this.g = new double[k][d];
        this.mean = new double[d];
    }

    @Override
    public int dim() {
        return d;
    }

    /** Fills u and logits for x; returns the largest logit. */
    private double project(double[] x, int off) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double[] p = m.precision[c];
            double[] mt = m.rotatedMean[c];
            double[] uc = u[c];
            double q = 0;
            if (m.vectors == null) {
                for (int j = 0; j < d; j++) {
                    double y = x[off + j] - mt[j];
                    uc[j] = y * p[j];
                    q += y * uc[j];
                }
            } else {
                double[][] e = m.eigenRows[c];
                for (int j = 0; j < d; j++) {
                    // y_j = (V' x)_j - (V' alpha mu)_j
                    double[] ej = e[j];
                    double y = -mt[j];
                    for (int i = 0; i < d; i++) {
                        y += ej[i] * x[off + i];
                    }
                    uc[j] = y * p[j];
                    q += y * uc[j];
                }
            }
            double l = m.logNorm[c] - 0.5 * q;
            logits[c] = l;
            if (l > max) {
                max = l;
            }
        }
        return max;
    }

    /** Turns logits into responsibilities in place; returns log sum exp of the logits. */
    private double softmax(double max) {
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(logits[c] - max);
            logits[c] = e;
            sum += e;
        }
        double inv = 1.0 / sum;
        for (int c = 0; c < k; c++) {
            logits[c] *= inv;
        }
        return max + Math.log(sum);
    }

    @Override
    public double logDensity(double[] x, int off) {
        return softmax(project(x, off));
    }

    @Override
    public double score(double[] x, int off, double[] s, int sOff) {
        double logp = softmax(project(x, off));
        for (int j = 0; j < d; j++) {
            s[sOff + j] = 0;
        }
        for (int c = 0; c < k; c++) {
            double r = logits[c];
            if (r == 0) {
                continue;
            }
            addRotated(c, -r, s, sOff);
        }
        return logp;
    }

    /** {@code out += w V_c u_c} (or {@code w u_c} without rotation). */
    private void addRotated(int c, double w, double[] out, int oOff) {
        double[] uc = u[c];
        if (m.vectors == null) {
            for (int j = 0; j < d; j++) {
                out[oOff + j] += w * uc[j];
            }
            return;
        }
        double[] v = m.vectors[c];
        for (int i = 0; i < d; i++) {
            double acc = 0;
            for (int j = 0; j < d; j++) {
                acc += v[i * d + j] * uc[j];
            }
            out[oOff + i] += w * acc;
        }
    }

    @Override
    public void scoreRows(double[] x, int from, int to, double[] s) {
        if (rows == null) {
            rows = GaussianMixtureRows.of(m);
        }
        rows.scoreRows(x, from, to, s);
    }

    @Override
    public void logDensityRows(double[] x, int from, int to, double[] logp, double[] rSums) {
        if (d != 2) {
            Evaluator.super.logDensityRows(x, from, to, logp, rSums);
            return;
        }
        if (rows == null) {
            rows = GaussianMixtureRows.of(m);
        }
        ((GaussianMixtureRows.Planar) rows).logDensityRows(x, from, to, logp, rSums);
    }

    @Override
    public void hessian(double[] x, int off, double[] h) {
        // H = sum_k r_k (-C_k^-1 + (g_k - s)(g_k - s)'),  g_k = -V_k u_k,  s = sum_k r_k g_k  (centred: no s s'
        // cancellation far out)
        softmax(project(x, off));
        java.util.Arrays.fill(h, 0, d * d, 0.0);
        java.util.Arrays.fill(mean, 0.0);
        for (int c = 0; c < k; c++) {
            double r = logits[c];
            double[] gc = g[c];
            java.util.Arrays.fill(gc, 0.0);
            if (r == 0) {
                continue;
            }
            addRotated(c, -1.0, gc, 0);
            for (int i = 0; i < d; i++) {
                mean[i] += r * gc[i];
            }
        }
        for (int c = 0; c < k; c++) {
            double r = logits[c];
            if (r == 0) {
                continue;
            }
            double[] gc = g[c];
            for (int i = 0; i < d; i++) {
                gc[i] -= mean[i];
            }
            double[] p = m.precision[c];
            double[][] e = m.vectors == null ? null : m.eigenRows[c];
            for (int i = 0; i < d; i++) {
                double ri = r * gc[i];
                int row = i * d;
                for (int j = 0; j < d; j++) {
                    h[row + j] += ri * gc[j];
                }
                if (e == null) {
                    h[row + i] -= r * p[i];
                }
            }
            if (e != null) {
                // C_k^-1 = sum_l p_l e_l e_l'
                for (int l = 0; l < d; l++) {
                    double[] el = e[l];
                    double w = r * p[l];
                    for (int i = 0; i < d; i++) {
                        double wi = w * el[i];
                        int row = i * d;
                        for (int j = 0; j < d; j++) {
                            h[row + j] -= wi * el[j];
                        }
                    }
                }
            }
        }
    }

    @Override
    public double logDensityAndResponsibilities(double[] x, int off, double[] r) {
        double logp = softmax(project(x, off));
        System.arraycopy(logits, 0, r, 0, k);
        return logp;
    }

    @Override
    public void responsibilities(double[] x, int off, double[] r) {
        softmax(project(x, off));
        System.arraycopy(logits, 0, r, 0, k);
    }
}
