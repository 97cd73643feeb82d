package org.diffuscope.core.metric;

import org.diffuscope.core.target.GaussianMixture;

/**
 * The components {@code (w_k, mu_k, S_k)} of a {@link GaussianMixture} p_0, read once through its public accessors;
 * the marginal is {@code p_t = sum_k w_k N(alpha mu_k, alpha^2 S_k + sigma^2 I)} (science.md §2).
 *
 * @param axisAligned true when every S_k is diagonal (isotropic and point masses included)
 */
record GaussianComponents(int dim, double[] weights, double[][] means, double[][] covariances, boolean axisAligned) {

    static GaussianComponents of(GaussianMixture mixture) {
        int k = mixture.size();
        double[] w = new double[k];
        double[][] mu = new double[k][];
        double[][] s = new double[k][];
        for (int c = 0; c < k; c++) {
            w[c] = mixture.weight(c);
            mu[c] = mixture.componentMean(c);
            s[c] = mixture.componentCovariance(c);
        }
        return new GaussianComponents(mixture.dim(), w, mu, s, mixture.shape() != GaussianMixture.Shape.FULL);
    }

    int size() {
        return weights.length;
    }

    /**
     * The law of u.x under p_t: {@code sum_k w_k N(alpha mu_k.u, alpha^2 u'S_k u + sigma^2 |u|^2)}. u: Not modified.
     */
    GaussianMixture1d project(double[] u, double alpha, double sigma) {
        int d = dim;
        int k = size();
        double[] m = new double[k];
        double[] sd = new double[k];
        double u2 = 0;
        for (int j = 0; j < d; j++) {
            u2 += u[j] * u[j];
        }
        for (int c = 0; c < k; c++) {
            double[] mu = means[c];
            double[] cov = covariances[c];
            double mean = 0;
            double quad = 0;
            for (int i = 0; i < d; i++) {
                mean += mu[i] * u[i];
                if (axisAligned) {
                    quad += cov[i * d + i] * u[i] * u[i];
                } else {
                    double row = 0;
                    for (int j = 0; j < d; j++) {
                        row += cov[i * d + j] * u[j];
                    }
                    quad += u[i] * row;
                }
            }
            m[c] = alpha * mean;
            sd[c] = Math.sqrt(Math.max(alpha * alpha * quad, 0.0) + sigma * sigma * u2);
        }
        return new GaussianMixture1d(weights, m, sd);
    }

    /** Mean of component c of p_t in coordinate j: {@code alpha mu_cj}. */
    double mean(int c, int j, double alpha) {
        return alpha * means[c][j];
    }

    /** Standard deviation of component c of p_t in coordinate j: {@code sqrt(alpha^2 S_c,jj + sigma^2)}. */
    double sd(int c, int j, double alpha, double sigma) {
        return Math.sqrt(alpha * alpha * covariances[c][j * dim + j] + sigma * sigma);
    }

    /** The covariance of component c of p_t, {@code alpha^2 S_c + sigma^2 I}, row-major (a fresh array). */
    double[] diffusedCovariance(int c, double alpha, double sigma) {
        double[] out = covariances[c].clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= alpha * alpha;
        }
        for (int j = 0; j < dim; j++) {
            out[j * dim + j] += sigma * sigma;
        }
        return out;
    }
}
