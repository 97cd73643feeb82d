package org.diffuscope.app.engine;

/**
 * A linear map from R^d to the 2 or 3 display coordinates, {@code y = P x} with P's rows orthonormal (chosen
 * coordinates, a random projection, or principal axes). Immutable.
 */
public final class Projection {

    private final int dim;
    private final int viewDim;
    /** viewDim x dim, row-major; null for plain coordinate selection. */
    private final double[] matrix;
    private final int[] axes;
    private final String description;

    private Projection(int dim, int viewDim, double[] matrix, int[] axes, String description) {
        this.dim = dim;
        this.viewDim = viewDim;
        this.matrix = matrix;
        this.axes = axes;
        this.description = description;
    }

    /** Shows the chosen coordinates (2 or 3 of them, distinct, in 0..dim-1). */
    public static Projection axes(int dim, int... axes) {
        if (axes.length < 2 || axes.length > 3) {
            throw new IllegalArgumentException("a view shows 2 or 3 coordinates, got " + axes.length);
        }
        for (int i = 0; i < axes.length; i++) {
            if (axes[i] < 0 || axes[i] >= dim) {
                throw new IllegalArgumentException("coordinate " + axes[i] + " is outside 0.." + (dim - 1));
            }
            for (int j = 0; j < i; j++) {
                if (axes[i] == axes[j]) {
                    throw new IllegalArgumentException("the shown coordinates must differ, got " + axes[i] + " twice");
                }
            }
        }
        StringBuilder sb = new StringBuilder("coordinates");
        for (int a : axes) {
            sb.append(' ').append('x').append(a);
        }
        return new Projection(dim, axes.length, null, axes.clone(), sb.toString());
    }

    /** The natural view of a d-dimensional target: its own axes when d <= 3 (x0, x1 for d = 1 is padded), else x0, x1. */
    public static Projection standard(int dim) {
        if (dim == 1) {
            return new Projection(1, 2, new double[] {1, 0}, null, "x0 (and 0)");
        }
        return dim == 3 ? axes(3, 0, 1, 2) : axes(dim, 0, 1);
    }

    /** Projects onto the orthonormal rows of matrix (viewDim x dim). */
    public static Projection matrix(int dim, int viewDim, double[] matrix, String description) {
        if (matrix.length != viewDim * dim) {
            throw new IllegalArgumentException("projection matrix must be " + viewDim + " x " + dim);
        }
        return new Projection(dim, viewDim, matrix.clone(), null, description);
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
}
