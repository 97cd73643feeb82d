package org.diffuscope.core.run;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.GaussianMixture;

/** Test mixtures and their exact-moment errors (science.md §7). */
public final class Mixtures {

    private Mixtures() {
    }

    /** 8 isotropic Gaussians of the given variance, equally weighted, on a circle of radius 2. */
    public static GaussianMixture ring8(double variance) {
        double[][] means = new double[8][];
        double[] vars = new double[8];
        double[] w = new double[8];
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            means[k] = new double[] {2 * Math.cos(a), 2 * Math.sin(a)};
            vars[k] = variance;
            w[k] = 1;
        }
        return GaussianMixture.isotropic(w, means, vars);
    }

    /** Three unequal 2D components: one full, one diagonal, one isotropic covariance. */
    public static GaussianMixture three() {
        return new GaussianMixture(new double[] {0.5, 0.3, 0.2},
                new double[][] {{-2, 0}, {1.5, 1}, {0.5, -2}},
                new double[][] {{0.20, 0.08, 0.08, 0.10}, {0.05, 0, 0, 0.25}, {0.15, 0, 0, 0.15}});
    }

    /** |mean - m| / sqrt(tr C) against the exact moments of p_t. */
    public static double meanError(Particles p, DiffusedTarget dt, double t) {
        double[] m = dt.mean(t);
        double[] c = dt.covariance(t);
        int d = p.dim();
        double[] mean = mean(p);
        double err = 0;
        double tr = 0;
        for (int j = 0; j < d; j++) {
            err += (mean[j] - m[j]) * (mean[j] - m[j]);
            tr += c[j * d + j];
        }
        return Math.sqrt(err / tr);
    }

    /** ||cov - C||_F / ||C||_F against the exact covariance of p_t. */
    public static double covError(Particles p, DiffusedTarget dt, double t) {
        double[] c = dt.covariance(t);
        double[] cov = covariance(p);
        double num = 0;
        double den = 0;
        for (int q = 0; q < c.length; q++) {
            num += (cov[q] - c[q]) * (cov[q] - c[q]);
            den += c[q] * c[q];
        }
        return Math.sqrt(num / den);
    }

    /** sum_k |mean_i r_k(x_i) - w_k| with the exact responsibilities of p_t. */
    public static double modeWeightError(Particles p, DiffusedTarget dt, double t) {
        Evaluator ev = dt.marginal(t).evaluator();
        int k = dt.target().modeCount();
        double[] r = new double[k];
        double[] mean = new double[k];
        for (int i = 0; i < p.count(); i++) {
            ev.responsibilities(p.data(), i * p.dim(), r);
            for (int c = 0; c < k; c++) {
                mean[c] += r[c] / p.count();
            }
        }
        double[] w = dt.target().modeWeights();
        double err = 0;
        for (int c = 0; c < k; c++) {
            err += Math.abs(mean[c] - w[c]);
        }
        return err;
    }

    public static double[] mean(Particles p) {
        int d = p.dim();
        double[] m = new double[d];
        for (int i = 0; i < p.count(); i++) {
            for (int j = 0; j < d; j++) {
                m[j] += p.get(i, j);
            }
        }
        for (int j = 0; j < d; j++) {
            m[j] /= p.count();
        }
        return m;
    }

    public static double[] covariance(Particles p) {
        int d = p.dim();
        double[] m = mean(p);
        double[] c = new double[d * d];
        for (int i = 0; i < p.count(); i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    c[a * d + b] += (p.get(i, a) - m[a]) * (p.get(i, b) - m[b]);
                }
            }
        }
        for (int q = 0; q < d * d; q++) {
            c[q] /= p.count() - 1;
        }
        return c;
    }

    /** Mean distance to the origin. */
    public static double meanRadius(Particles p) {
        double sum = 0;
        for (int i = 0; i < p.count(); i++) {
            double r2 = 0;
            for (int j = 0; j < p.dim(); j++) {
                r2 += p.get(i, j) * p.get(i, j);
            }
            sum += Math.sqrt(r2);
        }
        return sum / p.count();
    }
}
