package org.diffuscope.app.engine;

import org.diffuscope.core.target.Target;

/**
 * How runs are shown, whatever their dimension: in 2D or 3D (or automatically: 3D exactly when d = 3), through
 * chosen coordinates, a random orthonormal projection with a fixed seed, or the principal axes of p_0 (the
 * eigenvectors of its exact covariance). A choice applies to every run; {@link #build} resolves it for one target.
 *
 * @param kind  which linear map
 * @param view  {@link #AUTO}, 2 or 3 display dimensions (clamped to d)
 * @param axisX the coordinate shown across (for {@link Kind#COORDINATES})
 * @param axisY the coordinate shown up (2D) or into the picture (3D)
 * @param axisZ the coordinate shown up in 3D
 * @param seed  seed of the random projection
 */
public record ProjectionChoice(Kind kind, int view, int axisX, int axisY, int axisZ, long seed) {

    /** 3D when the target has exactly 3 dimensions, else 2D. */
    public static final int AUTO = 0;

    /** The kinds of display projection. */
    public enum Kind {
        COORDINATES("Coordinates"), RANDOM("Random projection"), PRINCIPAL("Principal axes of p_0");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public ProjectionChoice {
        if (kind == null) {
            throw new IllegalArgumentException("projection kind is required");
        }
        if (view != AUTO && view != 2 && view != 3) {
            throw new IllegalArgumentException("view must be 0 (auto), 2 or 3, got " + view);
        }
        if (axisX < 0 || axisY < 0 || axisZ < 0) {
            throw new IllegalArgumentException("coordinates are numbered from 0, got " + axisX + ", " + axisY + ", " + axisZ);
        }
    }

    /** The default: automatic 2D/3D, coordinates x0, x1 (, x2). */
    public static ProjectionChoice defaults() {
        return new ProjectionChoice(Kind.COORDINATES, AUTO, 0, 1, 2, 1L);
    }

    public ProjectionChoice withKind(Kind v) {
        return new ProjectionChoice(v, view, axisX, axisY, axisZ, seed);
    }

    public ProjectionChoice withView(int v) {
        return new ProjectionChoice(kind, v, axisX, axisY, axisZ, seed);
    }

    public ProjectionChoice withAxes(int x, int y, int z) {
        return new ProjectionChoice(kind, view, x, y, z, seed);
    }

    /** Display dimensions for a d-dimensional target: 2 or 3 (never more than d; d = 1 is padded to 2). */
    public int viewDim(int dim) {
        int v = view == AUTO ? (dim == 3 ? 3 : 2) : view;
        return Math.max(2, Math.min(v, dim));
    }

    /**
     * The projection for this target. Coordinates beyond d or repeated are replaced by the lowest unused ones, so
     * the choice stays valid when the dimension changes. Principal axes cost one O(d^3) eigen-decomposition.
     */
    public Projection build(Target target) {
        int d = target.dim();
        if (d == 1) {
            return Projection.standard(1);
        }
        int v = viewDim(d);
        return switch (kind) {
            case COORDINATES -> Projection.axes(d, resolvedAxes(d, v));
            case RANDOM -> Projection.random(d, v, seed);
            case PRINCIPAL -> Projection.principal(target.covariance(), d, v, "p_0");
        };
    }

    /** The chosen coordinates for dimension d, made valid: in 0..d-1 and distinct (v <= d). */
    int[] resolvedAxes(int d, int v) {
        int[] wanted = {axisX, axisY, axisZ};
        int[] out = new int[v];
        boolean[] used = new boolean[d];
        for (int k = 0; k < v; k++) {
            int a = wanted[k];
            out[k] = a < d && !used[a] ? a : -1;
            if (out[k] >= 0) {
                used[a] = true;
            }
        }
        int next = 0;
        for (int k = 0; k < v; k++) {
            if (out[k] < 0) {
                while (used[next]) {
                    next++;
                }
                out[k] = next;
                used[next] = true;
            }
        }
        return out;
    }
}
