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
    /** The eigenvectors of S_k as rows ({@code [m][i] = V_k[i][m]}), or null. */
    final double[][][] eigenRows;
    /** alpha mu_k, K x d (unrotated). */
    final double[][] shift;
    /** The precision matrices C_k^-1 in panels, built on first use by the workers that need them; null unless FULL. */
    private final PrecisionPanels precisionPanels;

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
        this.eigenRows = vectors == null ? null : new double[k][][];
        this.shift = new double[k][d];
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
            for (int j = 0; j < d; j++) {
                shift[c][j] = alpha * mu[j];
            }
            if (vectors != null) {
                vectors[c] = v;
                eigenRows[c] = mixture.eigenRowsOf(c);
                for (int j = 0; j < d; j++) {
                    double[] e = eigenRows[c][j];
                    double acc = 0;
                    for (int i = 0; i < d; i++) {
                        acc += e[i] * mu[i];
                    }
                    rotatedMean[c][j] = alpha * acc;
                }
            } else {
                for (int j = 0; j < d; j++) {
                    rotatedMean[c][j] = alpha * mu[j];
                }
            }
        }
        if (vectors == null) {
            this.precisionPanels = null;
        } else {
            double[][][][] eigenPanels = new double[k][][][];
            for (int c = 0; c < k; c++) {
                eigenPanels[c] = mixture.eigenPanelsOf(c);
            }
            this.precisionPanels = new PrecisionPanels(vectors, eigenPanels, precision, d);
        }
    }

    /**
     * {@code C_c^-1 = V_c diag(1/c_c) V_c'} in {@code Panels} ({@code [b][l]}); the first callers build all K
     * matrices together (each takes whole row ranges from a shared counter), later callers wait for them. Only for
     * FULL mixtures.
     */
    double[][][] precisionPanels(int c) {
        return precisionPanels.panels(c);
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
