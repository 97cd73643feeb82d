package org.diffuscope.app.render;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Evaluator;

/**
 * A 2D vector field sampled on a grid of points covering a viewport, in world units: the exact score
 * {@code s = grad log p_t}, the reverse-time ODE velocity {@code 1/2 g^2 s - f x} or the reverse SDE drift
 * {@code g^2 s - f x} (science.md §3), so arrows point where sampling moves particles.
 *
 * @param xy  arrow bases, {@code n x 2}
 * @param uv  vectors, {@code n x 2}
 * @param max the largest vector length
 */
public record ArrowField(double[] xy, double[] uv, int count, double max) {

    /** Samples the field of a 2D target every spacing pixels over the view. */
    public static ArrowField compute(DiffusedTarget dt, double t, Overlays.FieldKind kind, Viewport view, int spacing) {
        if (dt.dim() != 2 || kind == Overlays.FieldKind.NONE) {
            return new ArrowField(new double[0], new double[0], 0, 0);
        }
        int cols = Math.max(1, view.width() / spacing);
        int rows = Math.max(1, view.height() / spacing);
        double[] xy = new double[2 * cols * rows];
        double[] uv = new double[2 * cols * rows];
        Evaluator ev = dt.marginal(t).evaluator();
        double[] ab = coefficients(dt.process(), t, kind);
        double max = 0;
        int n = 0;
        double[] s = new double[2];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = view.toWorldX((c + 0.5) * view.width() / cols);
                double y = view.toWorldY((r + 0.5) * view.height() / rows);
                xy[2 * n] = x;
                xy[2 * n + 1] = y;
                ev.score(xy, 2 * n, s, 0);
                uv[2 * n] = ab[0] * s[0] + ab[1] * x;
                uv[2 * n + 1] = ab[0] * s[1] + ab[1] * y;
                double len = Math.hypot(uv[2 * n], uv[2 * n + 1]);
                if (Double.isFinite(len)) {
                    max = Math.max(max, len);
                }
                n++;
            }
        }
        return new ArrowField(xy, uv, n, max);
    }

    /**
     * The field as {@code a s + b x}: the score (a = 1, b = 0), the ODE velocity (g^2 / 2, -f) or the SDE drift
     * (g^2, -f) at time t.
     */
    static double[] coefficients(ForwardProcess p, double t, Overlays.FieldKind kind) {
        double g2 = p.g2(t);
        return switch (kind) {
            case SCORE -> new double[] {1.0, 0.0};
            case ODE -> new double[] {0.5 * g2, -p.f(t)};
            default -> new double[] {g2, -p.f(t)};
        };
    }

    /**
     * Draws the arrows; the longest is {@code maxPixels} long and the others scale with the square root of their
     * length (so weak regions stay visible).
     */
    public void draw(Viewport view, double maxPixels, int argb, Raster out) {
        if (!(max > 0)) {
            return;
        }
        for (int i = 0; i < count; i++) {
            double u = uv[2 * i];
            double v = uv[2 * i + 1];
            double len = Math.hypot(u, v);
            if (!(len > 0) || !Double.isFinite(len)) {
                continue;
            }
            double px = maxPixels * Math.sqrt(len / max);
            double x0 = view.toPixelX(xy[2 * i]);
            double y0 = view.toPixelY(xy[2 * i + 1]);
            // world y is up, pixel y is down
            Lines.arrow(out, x0, y0, x0 + px * u / len, y0 - px * v / len, Math.max(3, 0.35 * px), argb);
        }
    }
}
