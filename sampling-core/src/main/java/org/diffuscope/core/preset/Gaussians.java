package org.diffuscope.core.preset;

import java.util.SplittableRandom;

import org.diffuscope.core.linalg.Panels;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Laplace;
import org.diffuscope.core.target.Target;

/** The Gaussian (and Laplace) presets, including the numpy peer's mixture formula. */
final class Gaussians {

    /** Seed of gmm-d's means and variances; the stream is (seed, TARGET, d), so each d has its own mixture. */
    private static final long GMM_D_SEED = 20230511L;

    private Gaussians() {
    }

    static Target ring8() {
        double[][] means = new double[8][];
        double[] variances = new double[8];
        double[] weights = new double[8];
        for (int k = 0; k < 8; k++) {
            double theta = 2 * Math.PI * k / 8;
            means[k] = new double[] {2 * Math.cos(theta), 2 * Math.sin(theta)};
            variances[k] = 0.02;
            weights[k] = 1;
        }
        return GaussianMixture.isotropic(weights, means, variances);
    }

    static Target grid25() {
        double[][] means = new double[25][];
        double[] variances = new double[25];
        double[] weights = new double[25];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                means[5 * i + j] = new double[] {-4 + 2 * i, -4 + 2 * j};
                variances[5 * i + j] = 0.02;
                weights[5 * i + j] = 1;
            }
        }
        return GaussianMixture.isotropic(weights, means, variances);
    }

    /** N(m, diag(v)): m_j = 0.5 (-1)^j, v_j = 0.25 * 4^(j/(d-1)) (0.25 when d = 1). */
    static Target gaussian(int d) {
        double[] mean = new double[d];
        double[] cov = new double[d * d];
        for (int j = 0; j < d; j++) {
            mean[j] = j % 2 == 0 ? 0.5 : -0.5;
            cov[j * d + j] = d == 1 ? 0.25 : 0.25 * Math.pow(4, (double) j / (d - 1));
        }
        return new GaussianMixture(new double[] {1}, new double[][] {mean}, new double[][] {cov});
    }

    /** Weights 0.1, 0.2, 0.3, 0.4; means 2.5 u_k, u_k uniform on the unit sphere; diagonal variances in [0.1, 0.4]. */
    static Target gmmD(int d) {
        SplittableRandom rng = RandomStreams.stream(GMM_D_SEED, RandomStreams.TARGET, d);
        int k = 4;
        double[][] means = new double[k][d];
        double[][] covs = new double[k][d * d];
        for (int c = 0; c < k; c++) {
            double norm = 0;
            while (norm < 1e-6) {
                norm = 0;
                for (int j = 0; j < d; j++) {
                    means[c][j] = rng.nextGaussian();
                    norm += means[c][j] * means[c][j];
                }
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                means[c][j] *= 2.5 / norm;
                covs[c][j * d + j] = 0.1 + 0.3 * rng.nextDouble();
            }
        }
        return new GaussianMixture(new double[] {0.1, 0.2, 0.3, 0.4}, means, covs);
    }

    /**
     * Exactly {@code make_gmm(d, 8, "full")} of shared/tools/peer/gmm_ou_ref.py: {@code w_k = 1 + sin(k + 1)/2}
     * (normalised), {@code mu_kj = 3 sin(0.9 (k + 1) + 1.7 j)}, {@code S_k = A A'/d + 0.05 I} with
     * {@code A_ab = 0.8 cos(0.37 (k + 1)(a + 1) + 0.11 (b + 1)^2)}.
     */
    static Target peerGmm(int d) {
        int kCount = 8;
        double[] w = new double[kCount];
        double[][] mu = new double[kCount][d];
        double[][] s = new double[kCount][d * d];
        double[][] a = new double[d][d];
        double[][] columns = new double[d][d];
        for (int k = 0; k < kCount; k++) {
            w[k] = 1.0 + 0.5 * Math.sin(k + 1.0);
            for (int j = 0; j < d; j++) {
                mu[k][j] = 3.0 * Math.sin(0.9 * (k + 1.0) + 1.7 * j);
            }
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    a[r][c] = 0.8 * Math.cos(0.37 * (k + 1.0) * (r + 1.0) + 0.11 * (c + 1.0) * (c + 1.0));
                    columns[c][r] = a[r][c];
                }
            }
            // S = A A'/d + 0.05 I, the product in panels (a d^3 product: ~0.1 s instead of 0.6 s at d = 1000)
            double[][][] columnPanels = Panels.of(columns, d);
            double[][][] product = Panels.zeros(d, d);
            for (int b = 0; b < product.length; b++) {
                Panels.multiply(a, 0, d, columnPanels[b], product[b]);
            }
            for (int r = 0; r < d; r++) {
                for (int b = 0; b < product.length; b++) {
                    double[] part = product[b][r];
                    for (int c = 0; c < part.length; c++) {
                        int col = Panels.start(b) + c;
                        s[k][r * d + col] = part[c] / d + (r == col ? 0.05 : 0.0);
                    }
                }
            }
        }
        return new GaussianMixture(w, mu, s);
    }

    /** The peer's weights {@code 1 + sin(k + 1)/2} (normalised by the mixture) for K = 8. */
    private static double[] peerWeights() {
        double[] w = new double[8];
        for (int k = 0; k < 8; k++) {
            w[k] = 1.0 + 0.5 * Math.sin(k + 1.0);
        }
        return w;
    }

    /** The peer's means {@code mu_kj = 3 sin(0.9 (k + 1) + 1.7 j)} for K = 8. */
    private static double[][] peerMeans(int d) {
        double[][] mu = new double[8][d];
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < d; j++) {
                mu[k][j] = 3.0 * Math.sin(0.9 * (k + 1.0) + 1.7 * j);
            }
        }
        return mu;
    }

    /** Exactly {@code make_gmm(d, 8, "iso")} of the peer: {@code S_k = (0.05 + 0.15 (1 + sin 2k)) I}. */
    static Target peerGmmIso(int d) {
        double[] v = new double[8];
        for (int k = 0; k < 8; k++) {
            v[k] = 0.05 + 0.15 * (1.0 + Math.sin(2.0 * k));
        }
        return GaussianMixture.isotropic(peerWeights(), peerMeans(d), v);
    }

    /** Exactly {@code make_gmm(d, 8, "diag")} of the peer: {@code S_kj = 0.05 + 0.25 (1 + cos(k + 0.3 j))}. */
    static Target peerGmmDiag(int d) {
        double[][] v = new double[8][d];
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < d; j++) {
                v[k][j] = 0.05 + 0.25 * (1.0 + Math.cos(k + 0.3 * j));
            }
        }
        return GaussianMixture.diagonal(peerWeights(), peerMeans(d), v);
    }

    /** Laplace(0, 1/sqrt 2) per coordinate: variance 1. */
    static Target laplace(int d) {
        double[] scale = new double[d];
        java.util.Arrays.fill(scale, Math.sqrt(0.5));
        return new Laplace(new double[d], scale);
    }
}
