package org.diffuscope.core.target;

/**
 * The noised marginal {@code sum_k w_k N(alpha mu_k, C_k)} of a {@link GaussianMixture}, with
 * {@code C_k = V_k diag(c_k) V_k'}, {@code c_k = alpha^2 lambda_k + sigma^2}: only the eigenvalues change with t.
 */
final class GaussianMixtureMarginal implements Marginal {

    private static final double LOG_2PI = Math.log(2.0 * Math.PI);

    final GaussianMixture mixture;
    final int d;
    final int k;
    final double alpha;
    final double sigma;
    /** 1/c_kj, K x d. */
    final double[][] precision;
    /** log w_k - 1/2 log det C_k - d/2 log 2 pi. */
    final double[] logNorm;
    /** V_k' (alpha mu_k) (or alpha mu_k when not FULL), K x d. */
    final double[][] rotatedMean;
    /** V_k row-major, or null. */
    final double[][] vectors;

    GaussianMixtureMarginal(GaussianMixture mixture, double alpha, double sigma) {
        this.mixture = mixture;
        this.d = mixture.dim();
        this.k = mixture.size();
        this.alpha = alpha;
        this.sigma = sigma;
        this.precision = new double[k][d];
        this.logNorm = new double[k];
        this.rotatedMean = new double[k][d];
        this.vectors = mixture.shape() == GaussianMixture.Shape.FULL ? new double[k][] : null;
        double a2 = alpha * alpha;
        double s2 = sigma * sigma;
        for (int c = 0; c < k; c++) {
            double[] lam = mixture.eigenvaluesOf(c);
            double logDet = 0;
            for (int j = 0; j < d; j++) {
                double cj = a2 * lam[j] + s2;
                if (!(cj > 0)) {
                    throw new IllegalArgumentException("the noised covariance of component " + c
                            + " is singular at sigma = " + sigma);
                }
                precision[c][j] = 1.0 / cj;
                logDet += Math.log(cj);
            }
            logNorm[c] = Math.log(mixture.weight(c)) - 0.5 * logDet - 0.5 * d * LOG_2PI;
            double[] mu = mixture.meanOf(c);
            double[] v = mixture.eigenvectorsOf(c);
            if (vectors != null) {
                vectors[c] = v;
                for (int j = 0; j < d; j++) {
                    double acc = 0;
                    for (int i = 0; i < d; i++) {
                        acc += v[i * d + j] * mu[i];
                    }
                    rotatedMean[c][j] = alpha * acc;
                }
            } else {
                for (int j = 0; j < d; j++) {
                    rotatedMean[c][j] = alpha * mu[j];
                }
            }
        }
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public double alpha() {
        return alpha;
    }

    @Override
    public double sigma() {
        return sigma;
    }

    @Override
    public Evaluator evaluator() {
        return new GaussianMixtureEvaluator(this);
    }
}
