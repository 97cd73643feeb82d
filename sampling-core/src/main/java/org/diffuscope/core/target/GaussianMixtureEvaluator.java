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
    private final double[] g;

    GaussianMixtureEvaluator(GaussianMixtureMarginal m) {
        this.m = m;
        this.d = m.d;
        this.k = m.k;
        this.u = new double[k][d];
        this.logits = new double[k];
        this.g = new double[d];
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
                double[] v = m.vectors[c];
                for (int j = 0; j < d; j++) {
                    // y_j = (V' x)_j - (V' alpha mu)_j
                    double y = -mt[j];
                    for (int i = 0; i < d; i++) {
                        y += v[i * d + j] * x[off + i];
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
    public void hessian(double[] x, int off, double[] h) {
        // H = sum_k r_k (-C_k^-1 + g_k g_k') - s s',  g_k = -V_k u_k,  s = sum_k r_k g_k
        softmax(project(x, off));
        java.util.Arrays.fill(h, 0, d * d, 0.0);
        double[] s = new double[d];
        for (int c = 0; c < k; c++) {
            double r = logits[c];
            if (r == 0) {
                continue;
            }
            java.util.Arrays.fill(g, 0.0);
            addRotated(c, -1.0, g, 0);
            double[] p = m.precision[c];
            double[] v = m.vectors == null ? null : m.vectors[c];
            for (int i = 0; i < d; i++) {
                s[i] += r * g[i];
                for (int j = 0; j < d; j++) {
                    double cInv;
                    if (v == null) {
                        cInv = i == j ? p[i] : 0.0;
                    } else {
                        cInv = 0;
                        for (int l = 0; l < d; l++) {
                            cInv += v[i * d + l] * p[l] * v[j * d + l];
                        }
                    }
                    h[i * d + j] += r * (g[i] * g[j] - cInv);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                h[i * d + j] -= s[i] * s[j];
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
