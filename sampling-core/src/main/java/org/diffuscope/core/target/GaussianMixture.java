package org.diffuscope.core.target;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import org.diffuscope.core.linalg.Panels;
import org.diffuscope.core.linalg.SymmetricEigen;

/**
 * Gaussian mixture {@code p_0 = sum_k w_k N(mu_k, S_k)} in any dimension; its noised marginal is the mixture
 * {@code sum_k w_k N(alpha mu_k, C_k)}, {@code C_k = alpha^2 S_k + sigma^2 I} (science.md §2). Each S_k is
 * diagonalised once ({@code S_k = V_k diag(lambda_k) V_k'}), so C_k keeps the eigenvectors V_k at every time and a
 * marginal costs O(K d) to set up. Covariances may be singular (zero for point masses); then there is no density
 * at t = 0.
 */
public final class GaussianMixture implements Target {

    /** The most general covariance shape over the components; decides the per-particle work. */
    public enum Shape { ISOTROPIC, DIAGONAL, FULL }

    private final int d;
    private final int k;
    private final double[] weights;
    private final double[][] means;
    /** S_k row-major d x d; null when {@link #shape} is not FULL (diagonal components live in eigenvalues). */
    private final double[][] covariances;
    private final double[][] eigenvalues;
    /** V_k row-major; null when {@link #shape} is not FULL. */
    private final double[][] eigenvectors;
    /** The unit eigenvectors of S_k as contiguous rows: {@code eigenRows[k][m][i] = V_k[i][m]}; null unless FULL. */
    private final double[][][] eigenRows;
    /** The same rows in {@link Panels} ({@code [k][b][m]}) for the full-covariance kernel; null unless FULL. */
    private final double[][][][] eigenPanels;
    private final Shape shape;
    private final boolean hasDensity;
    private final String kind;

    /**
     * @param weights     positive, normalised here
     * @param means       K vectors of length d
     * @param covariances K row-major d x d symmetric positive semi-definite matrices
     */
    public GaussianMixture(double[] weights, double[][] means, double[][] covariances) {
        this(weights, means, covariances, "gaussian-mixture");
    }

    GaussianMixture(double[] weights, double[][] means, double[][] covariances, String kind) {
        this.kind = kind;
        this.k = weights.length;
        if (k == 0) {
            throw new IllegalArgumentException("components must not be empty");
        }
        if (means.length != k || covariances.length != k) {
            throw new IllegalArgumentException("weights, means and covariances must have the same length");
        }
        this.d = means[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("components[0].mean must not be empty");
        }
        this.weights = GaussianMixtureChecks.normalised(weights);
        this.means = new double[k][];
        double[][] dense = new double[k][];
        for (int c = 0; c < k; c++) {
            this.means[c] = GaussianMixtureChecks.checkedMean(means[c], c, d);
            dense[c] = GaussianMixtureChecks.checkedCovariance(covariances[c], c, d);
        }
        this.shape = GaussianMixtureChecks.shapeOf(dense, d);
        this.covariances = shape == Shape.FULL ? dense : null;
        this.eigenvalues = new double[k][];
        this.eigenvectors = shape == Shape.FULL ? new double[k][] : null;
        this.eigenRows = shape == Shape.FULL ? new double[k][][] : null;
        this.eigenPanels = shape == Shape.FULL ? new double[k][][][] : null;
        // each S_k is diagonalised on its own core: ~1.2 s apiece at d = 1000
        IntStream components = IntStream.range(0, k);
        (shape == Shape.FULL && d >= 64 ? components.parallel() : components).forEach(c -> {
            if (shape == Shape.FULL) {
                SymmetricEigen e = SymmetricEigen.of(dense[c], d);
                eigenvalues[c] = e.values();
                eigenvectors[c] = e.vectors();
                eigenRows[c] = GaussianMixtureChecks.rowsOfColumns(e.vectors(), d);
                eigenPanels[c] = Panels.of(eigenRows[c], d);
            } else {
                eigenvalues[c] = new double[d];
                for (int j = 0; j < d; j++) {
                    eigenvalues[c][j] = dense[c][j * d + j];
                }
            }
        });
        this.hasDensity = GaussianMixtureChecks.checkSpectra(eigenvalues, d);
    }

    /**
     * A mixture of diagonal components {@code N(mu_k, diag(v_k))} stored as vectors (O(K d) memory and set-up).
     */
    private GaussianMixture(double[] weights, double[][] means, double[][] variances, Shape shape) {
        this.kind = "gaussian-mixture";
        this.k = weights.length;
        if (k == 0 || means.length != k || variances.length != k) {
            throw new IllegalArgumentException(k == 0 ? "components must not be empty"
                    : "weights, means and variances must have the same length");
        }
        this.d = means[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("components[0].mean must not be empty");
        }
        this.weights = GaussianMixtureChecks.normalised(weights);
        this.means = new double[k][];
        this.eigenvalues = new double[k][];
        for (int c = 0; c < k; c++) {
            this.means[c] = GaussianMixtureChecks.checkedMean(means[c], c, d);
            if (variances[c].length != d) {
                throw new IllegalArgumentException("components[" + c + "].variances has length " + variances[c].length
                        + ", expected " + d);
            }
            for (double v : variances[c]) {
                if (!(v >= 0) || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("components[" + c + "].variance must be >= 0, got " + v);
                }
            }
            this.eigenvalues[c] = variances[c].clone();
        }
        boolean iso = true;
        for (double[] v : eigenvalues) {
            for (double x : v) {
                iso &= x == v[0];
            }
        }
        this.shape = iso ? Shape.ISOTROPIC : shape;
        this.covariances = null;
        this.eigenvectors = null;
        this.eigenRows = null;
        this.eigenPanels = null;
        this.hasDensity = GaussianMixtureChecks.checkSpectra(eigenvalues, d);
    }

    /** Builds a mixture of isotropic components {@code N(mu_k, v_k I)}. */
    public static GaussianMixture isotropic(double[] weights, double[][] means, double[] variances) {
        if (variances.length != means.length) {
            throw new IllegalArgumentException("means and variances must have the same length");
        }
        double[][] v = new double[means.length][];
        for (int c = 0; c < means.length; c++) {
            v[c] = new double[means[c].length];
            Arrays.fill(v[c], variances[c]);
        }
        return new GaussianMixture(weights, means, v, Shape.DIAGONAL);
    }

    /**
     * Builds a mixture of diagonal components {@code N(mu_k, diag(v_k))}, stored as vectors: O(K d) memory and
     * set-up at any d.
     *
     * @param variances K vectors of length d, entries >= 0
     */
    public static GaussianMixture diagonal(double[] weights, double[][] means, double[][] variances) {
        return new GaussianMixture(weights, means, variances, Shape.DIAGONAL);
    }

    /**
     * Point masses {@code sum_i w_i delta(y_i)} (the "memorising" ideal denoiser): a mixture with zero covariances,
     * kind {@code point-masses}, no density at t = 0; noised score {@code (alpha sum_i r_i y_i - x)/sigma^2}.
     *
     * @param points  the locations y_i, all of one length d
     * @param weights positive, normalised here; null for equal weights
     */
    public static GaussianMixture pointMasses(double[][] points, double[] weights) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException("points must not be empty");
        }
        int d = Checks.vector("points[0]", points[0], -1).length;
        double[][] means = new double[points.length][];
        double[][] covs = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            means[i] = Checks.vector("points[" + i + "]", points[i], d);
            covs[i] = new double[d * d];
        }
        double[] w = weights == null ? new double[points.length] : Checks.weights(weights, points.length);
        if (weights == null) {
            Arrays.fill(w, 1.0 / points.length);
        }
        return new GaussianMixture(w, means, covs, "point-masses");
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public String kind() {
        return kind;
    }

    public int size() {
        return k;
    }

    public Shape shape() {
        return shape;
    }

    public double weight(int c) {
        return weights[c];
    }

    /** Mean of component c (a fresh array). */
    public double[] componentMean(int c) {
        return means[c].clone();
    }

    /** Covariance of component c, row-major (a fresh array). */
    public double[] componentCovariance(int c) {
        if (covariances != null) {
            return covariances[c].clone();
        }
        double[] s = new double[d * d];
        for (int j = 0; j < d; j++) {
            s[j * d + j] = eigenvalues[c][j];
        }
        return s;
    }

    double[] eigenvaluesOf(int c) {
        return eigenvalues[c];
    }

    double[] eigenvectorsOf(int c) {
        return eigenvectors == null ? null : eigenvectors[c];
    }

    /** The eigenvectors of S_c as contiguous rows ({@code [m][i] = V_c[i][m]}), or null unless FULL. */
    double[][] eigenRowsOf(int c) {
        return eigenRows == null ? null : eigenRows[c];
    }

    /** The eigenvector rows of S_c in {@link Panels} ({@code [b][m]}), or null unless FULL. */
    double[][][] eigenPanelsOf(int c) {
        return eigenPanels == null ? null : eigenPanels[c];
    }

    double[] meanOf(int c) {
        return means[c];
    }

    @Override
    public boolean hasDensity() {
        return hasDensity;
    }

    @Override
    public Marginal marginal(double alpha, double sigma) {
        checkScales(alpha, sigma);
        return new GaussianMixtureMarginal(this, alpha, sigma);
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        int c = pick(rng.nextDouble());
        double[] lam = eigenvalues[c];
        double[] mu = means[c];
        if (shape != Shape.FULL) {
            for (int j = 0; j < d; j++) {
                out[off + j] = mu[j] + Math.sqrt(lam[j]) * rng.nextGaussian();
            }
            return;
        }
        // x = mu + V diag(sqrt(lambda)) z
        double[] v = eigenvectors[c];
        double[] z = new double[d];
        for (int j = 0; j < d; j++) {
            z[j] = Math.sqrt(lam[j]) * rng.nextGaussian();
        }
        for (int i = 0; i < d; i++) {
            double acc = mu[i];
            for (int j = 0; j < d; j++) {
                acc += v[i * d + j] * z[j];
            }
            out[off + i] = acc;
        }
    }

    private int pick(double u) {
        double acc = 0;
        for (int c = 0; c < k - 1; c++) {
            acc += weights[c];
            if (u < acc) {
                return c;
            }
        }
        return k - 1;
    }

    @Override
    public double[] mean() {
        double[] m = new double[d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                m[j] += weights[c] * means[c][j];
            }
        }
        return m;
    }

    @Override
    public double[] covariance() {
        // sum_k w_k (S_k + mu_k mu_k') - m m'
        double[] m = mean();
        double[] cov = new double[d * d];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    double sij = covariances != null ? covariances[c][i * d + j] : i == j ? eigenvalues[c][i] : 0.0;
                    cov[i * d + j] += weights[c] * (sij + means[c][i] * means[c][j]);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i * d + j] -= m[i] * m[j];
            }
        }
        return cov;
    }

    @Override
    public int modeCount() {
        return k;
    }

    @Override
    public double[] modeWeights() {
        return weights.clone();
    }

    @Override
    public String toString() {
        return kind + "(K=" + k + ", d=" + d + ", " + shape + ", weights=" + Arrays.toString(weights) + ")";
    }
}
