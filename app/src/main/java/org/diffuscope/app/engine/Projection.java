package org.diffuscope.app.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.diffuscope.core.linalg.SymmetricEigen;
import org.diffuscope.core.random.RandomStreams;

/**
 * A linear map from R^d to the 2 or 3 display coordinates, {@code y = P x} with P's rows orthonormal (chosen
 * coordinates, a random projection, or principal axes). Immutable; equal when they map every point alike.
 */
public final class Projection {

    /** Stream key of the random projections (after {@link RandomStreams#TARGET}'s purpose key). */
    static final long RANDOM_PROJECTION = 0x5052_4F4AL;

    private final int dim;
    private final int viewDim;
    /** viewDim x dim, row-major; null for plain coordinate selection. */
    private final double[] matrix;
    private final int[] axes;
    private final String description;
    private final String[] axisNames;

    private Projection(int dim, int viewDim, double[] matrix, int[] axes, String description, String[] axisNames) {
        this.dim = dim;
        this.viewDim = viewDim;
        this.matrix = matrix;
        this.axes = axes;
        this.description = description;
        this.axisNames = axisNames;
    }

    /** Shows the chosen coordinates (2 or 3 of them, distinct, in 0..dim-1). */
    public static Projection axes(int dim, int... axes) {
        if (axes.length < 2 || axes.length > 3) {
            throw new IllegalArgumentException("a view shows 2 or 3 coordinates, got " + axes.length);
        }
        String[] names = new String[axes.length];
        for (int i = 0; i < axes.length; i++) {
            if (axes[i] < 0 || axes[i] >= dim) {
                throw new IllegalArgumentException("coordinate " + axes[i] + " is outside 0.." + (dim - 1));
            }
            for (int j = 0; j < i; j++) {
                if (axes[i] == axes[j]) {
                    throw new IllegalArgumentException("the shown coordinates must differ, got " + axes[i] + " twice");
                }
            }
            names[i] = "x" + axes[i];
        }
        return new Projection(dim, axes.length, null, axes.clone(), "coordinates " + String.join(", ", names), names);
    }

    /** The natural view of a d-dimensional target: its own axes when d <= 3 (x0, x1 for d = 1 is padded), else x0, x1. */
    public static Projection standard(int dim) {
        if (dim == 1) {
            return new Projection(1, 2, new double[] {1, 0}, null, "x0 (and 0)", new String[] {"x0", "0"});
        }
        return dim == 3 ? axes(3, 0, 1, 2) : axes(dim, 0, 1);
    }

    /** Projects onto the orthonormal rows of matrix (viewDim x dim). */
    public static Projection matrix(int dim, int viewDim, double[] matrix, String description) {
        if (matrix.length != viewDim * dim) {
            throw new IllegalArgumentException("projection matrix must be " + viewDim + " x " + dim);
        }
        String[] names = new String[viewDim];
        for (int k = 0; k < viewDim; k++) {
            names[k] = "p" + (k + 1);
        }
        return new Projection(dim, viewDim, matrix.clone(), null, description, names);
    }

    /**
     * A random orthonormal projection: Gram-Schmidt on viewDim standard normal rows drawn from the stream
     * {@code (seed, TARGET, RANDOM_PROJECTION, dim)}, so the same seed gives the same view of the same dimension.
     */
    public static Projection random(int dim, int viewDim, long seed) {
        checkViewDim(dim, viewDim);
        SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.TARGET, RANDOM_PROJECTION, dim);
        double[] m = new double[viewDim * dim];
        for (int i = 0; i < m.length; i++) {
            m[i] = rng.nextGaussian();
        }
        orthonormalise(m, viewDim, dim);
        String[] names = new String[viewDim];
        for (int k = 0; k < viewDim; k++) {
            names[k] = "r" + (k + 1);
        }
        return new Projection(dim, viewDim, m, null,
                String.format(Locale.ROOT, "a random orthonormal projection (seed %d)", seed), names);
    }

    /**
     * The principal axes of a distribution: the unit eigenvectors of its covariance C (row-major d x d) with the
     * viewDim largest eigenvalues, largest first, each signed so that its largest-magnitude entry is positive.
     * One EJML symmetric eigen-decomposition, O(d^3). covariance: Not modified.
     */
    public static Projection principal(double[] covariance, int dim, int viewDim, String of) {
        checkViewDim(dim, viewDim);
        SymmetricEigen eig = SymmetricEigen.of(covariance, dim);
        double[] m = new double[viewDim * dim];
        double[] variances = new double[viewDim];
        String[] names = new String[viewDim];
        for (int k = 0; k < viewDim; k++) {
            int col = dim - 1 - k;
            variances[k] = eig.values()[col];
            int big = 0;
            for (int j = 0; j < dim; j++) {
                m[k * dim + j] = eig.vectors()[j * dim + col];
                if (Math.abs(m[k * dim + j]) > Math.abs(m[k * dim + big])) {
                    big = j;
                }
            }
            if (m[k * dim + big] < 0) {
                for (int j = 0; j < dim; j++) {
                    m[k * dim + j] = -m[k * dim + j];
                }
            }
            names[k] = "PC" + (k + 1);
        }
        // a double root leaves the eigenvectors orthogonal only up to round-off: make the rows exactly orthonormal
        orthonormalise(m, viewDim, dim);
        StringBuilder v = new StringBuilder();
        for (double s : variances) {
            v.append(v.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", s));
        }
        return new Projection(dim, viewDim, m, null, "principal axes of " + of + " (variances " + v + ")", names);
    }

    private static void checkViewDim(int dim, int viewDim) {
        if (viewDim < 2 || viewDim > 3 || viewDim > dim) {
            throw new IllegalArgumentException("a view shows 2 or 3 of the " + dim + " dimensions, got " + viewDim);
        }
    }

    /** Modified Gram-Schmidt, twice, on the rows of m (rows x cols): afterwards the rows are orthonormal. */
    private static void orthonormalise(double[] m, int rows, int cols) {
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < rows; k++) {
                for (int p = 0; p < k; p++) {
                    // r_k = r_k - (r_k . r_p) r_p
                    double dot = 0;
                    for (int j = 0; j < cols; j++) {
                        dot += m[k * cols + j] * m[p * cols + j];
                    }
                    for (int j = 0; j < cols; j++) {
                        m[k * cols + j] -= dot * m[p * cols + j];
                    }
                }
                double norm = 0;
                for (int j = 0; j < cols; j++) {
                    norm += m[k * cols + j] * m[k * cols + j];
                }
                norm = Math.sqrt(norm);
                if (!(norm > 1e-300)) {
                    throw new ArithmeticException("projection rows are linearly dependent");
                }
                for (int j = 0; j < cols; j++) {
                    m[k * cols + j] /= norm;
                }
            }
        }
    }

    public int dim() {
        return dim;
    }

    public int viewDim() {
        return viewDim;
    }

    public String description() {
        return description;
    }

    /** Short names of the display axes ({@code x3}, {@code PC1}, {@code r2}, ...), one per display coordinate. */
    public String axisName(int k) {
        return axisNames[k];
    }

    /** True when the display coordinates are the particle's own coordinates (in order; d = 1 padded with 0). */
    public boolean isIdentity() {
        if (axes == null) {
            return dim == 1;
        }
        if (axes.length != dim) {
            return false;
        }
        for (int k = 0; k < axes.length; k++) {
            if (axes[k] != k) {
                return false;
            }
        }
        return true;
    }

    /** Entry (k, j) of the projection matrix P: display coordinate k's weight on coordinate j. */
    public double weight(int k, int j) {
        if (axes != null) {
            return axes[k] == j ? 1.0 : 0.0;
        }
        return matrix[k * dim + j];
    }

    /** Projects count rows of x (row-major, dim wide) into out (row-major, viewDim wide). x: Not modified. */
    public void project(double[] x, int count, float[] out) {
        if (axes != null) {
            for (int i = 0; i < count; i++) {
                int src = i * dim;
                int dst = i * viewDim;
                for (int k = 0; k < viewDim; k++) {
                    out[dst + k] = (float) x[src + axes[k]];
                }
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            int src = i * dim;
            for (int k = 0; k < viewDim; k++) {
                double acc = 0;
                int row = k * dim;
                for (int j = 0; j < dim; j++) {
                    acc += matrix[row + j] * x[src + j];
                }
                out[i * viewDim + k] = (float) acc;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Projection p && p.dim == dim && p.viewDim == viewDim && Arrays.equals(p.matrix, matrix)
                && Arrays.equals(p.axes, axes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * dim + viewDim) + Arrays.hashCode(matrix) + 17 * Arrays.hashCode(axes);
    }

    @Override
    public String toString() {
        return description;
    }
}
