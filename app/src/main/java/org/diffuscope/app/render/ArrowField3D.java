package org.diffuscope.app.render;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;

/**
 * The vector field of a 3D target ({@link ArrowField}'s score, ODE velocity or SDE drift) on a grid of
 * {@link #PER_AXIS}^3 points filling the axes box, drawn as arrows through the camera: each arrow is a segment in
 * the world, so it turns and shortens with the view like the particles do.
 *
 * @param xyz     arrow bases, {@code n x 3}
 * @param uvw     vectors, {@code n x 3}
 * @param max     the largest vector length
 * @param spacing the grid's smallest spacing, world units
 */
public record ArrowField3D(double[] xyz, double[] uvw, int count, double max, double spacing) {

    /** Grid points per box edge. */
    public static final int PER_AXIS = 5;

    /** No arrows. */
    public static ArrowField3D none() {
        return new ArrowField3D(new double[0], new double[0], 0, 0, 0);
    }

    /** Samples the field of a 3D target at cell centres of the box [lo, hi]; none for other dimensions. */
    public static ArrowField3D compute(DiffusedTarget dt, double t, Overlays.FieldKind kind, double[] lo, double[] hi) {
        if (dt.dim() != 3 || kind == Overlays.FieldKind.NONE) {
            return none();
        }
        int n = PER_AXIS * PER_AXIS * PER_AXIS;
        double[] xyz = new double[3 * n];
        double[] uvw = new double[3 * n];
        double[] step = new double[3];
        double spacing = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            step[k] = (hi[k] - lo[k]) / PER_AXIS;
            spacing = Math.min(spacing, step[k]);
        }
        Evaluator ev = dt.marginal(t).evaluator();
        double[] ab = ArrowField.coefficients(dt.process(), t, kind);
        double[] s = new double[3];
        double max = 0;
        int i = 0;
        for (int a = 0; a < PER_AXIS; a++) {
            for (int b = 0; b < PER_AXIS; b++) {
                for (int c = 0; c < PER_AXIS; c++, i++) {
                    xyz[3 * i] = lo[0] + (a + 0.5) * step[0];
                    xyz[3 * i + 1] = lo[1] + (b + 0.5) * step[1];
                    xyz[3 * i + 2] = lo[2] + (c + 0.5) * step[2];
                    ev.score(xyz, 3 * i, s, 0);
                    double len = 0;
                    for (int k = 0; k < 3; k++) {
                        uvw[3 * i + k] = ab[0] * s[k] + ab[1] * xyz[3 * i + k];
                        len += uvw[3 * i + k] * uvw[3 * i + k];
                    }
                    len = Math.sqrt(len);
                    if (Double.isFinite(len)) {
                        max = Math.max(max, len);
                    }
                }
            }
        }
        return new ArrowField3D(xyz, uvw, n, max, spacing);
    }

    /**
     * Draws the arrows: the longest reaches 0.9 grid spacings, the others scale with the square root of their length
     * (as in 2D, so weak regions stay visible); arrows with an end behind the eye are left out.
     */
    public void draw(Camera3D cam, int argb, Raster out) {
        if (!(max > 0)) {
            return;
        }
        double[] p = new double[3];
        double[] q = new double[3];
        for (int i = 0; i < count; i++) {
            double u = uvw[3 * i];
            double v = uvw[3 * i + 1];
            double w = uvw[3 * i + 2];
            double len = Math.sqrt(u * u + v * v + w * w);
            if (!(len > 0) || !Double.isFinite(len)) {
                continue;
            }
            double k = 0.9 * spacing * Math.sqrt(len / max) / len;
            double x = xyz[3 * i];
            double y = xyz[3 * i + 1];
            double z = xyz[3 * i + 2];
            if (cam.project(x, y, z, p) && cam.project(x + k * u, y + k * v, z + k * w, q)) {
                double pixels = Math.hypot(q[0] - p[0], q[1] - p[1]);
                Lines.arrow(out, p[0], p[1], q[0], q[1], Math.max(3, 0.35 * pixels), argb);
            }
        }
    }
}
