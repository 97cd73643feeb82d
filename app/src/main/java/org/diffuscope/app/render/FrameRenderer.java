package org.diffuscope.app.render;

import java.util.List;
import java.util.Map;

import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.engine.Frame;

/**
 * Paints one frame of a 2D view: background or exact density, contours, trails, particles (coloured as chosen),
 * arrows, highlighted trajectories. Pure pixel arithmetic; the caller provides the density grid and arrows for
 * the frame's time.
 */
public final class FrameRenderer {

    private FrameRenderer() {
    }

    /**
     * @param grid   the exact log-density on the view at the frame's time, or null
     * @param arrows the vector field at the frame's time, or null
     */
    public static void paint(Raster out, Frame f, Viewport view, DensityGrid grid, ArrowField arrows, Overlays o,
                             Theme theme) {
        paint(out, f, view, grid, arrows, o, theme, new PaintMemory());
    }

    /**
     * The same, with the trails counted and the clouds' counts buffer kept in {@code memory} from one call to the
     * next: a painter of successive frames passes the same instance, and each frame then walks the trail segments of
     * one frame, not all, and allocates no count array.
     */
    public static void paint(Raster out, Frame f, Viewport view, DensityGrid grid, ArrowField arrows, Overlays o,
                             Theme theme, PaintMemory memory) {
        TrailCoverage trails = memory.trails();
        if (o.density() && grid != null && o.densityStyle() != Overlays.DensityStyle.CONTOURS) {
            HeatmapRenderer.paint(grid, theme.density(), HeatmapRenderer.Scale.SQRT, out);
        } else {
            out.fill(theme.background());
        }
        if (o.density() && grid != null && o.densityStyle() != Overlays.DensityStyle.HEAT) {
            Contours.draw(grid, Contours.levels(grid, 0.5, 0.2, 0.05, 0.01, 0.001), theme.contour(), out);
        }
        if (f == null) {
            return;
        }
        if (o.trailLength() > 0 && f.points() != null) {
            trails.draw(out, f, view, o.trailLength(), theme.trail());
        } else {
            trails.clear();
        }
        if (f.points() != null) {
            int[] colours = colours(f, o.color(), theme, Math.min(f.count(), 1 << 20));
            int base = Colors.withAlpha(theme.particle(), particleAlpha(f.count(), o.density()));
            ParticleSplatter.draw(f.points(), f.count(), f.viewDim(), 0, 1, view, base, colours, o.particleSize(), out,
                    memory);
        }
        if (arrows != null) {
            arrows.draw(view, 0.9 * Math.min(view.width(), view.height()) / 16.0, theme.arrow(), out);
        }
        if (o.paths()) {
            drawPaths(out, f.paths(), f.viewDim(), view, theme);
        }
    }

    /** Opaque dots for small clouds; translucent for large ones or over the density, so the density shows. */
    static int particleAlpha(int count, boolean overDensity) {
        int a = count > 200_000 ? 110 : count > 50_000 ? 150 : count > 5_000 ? 200 : 255;
        return overDensity ? Math.min(a, 200) : a;
    }

    /** Per-particle colours for the colour mode, or null for the plain colour. */
    static int[] colours(Frame f, ColorMode mode, Theme theme, int count) {
        if (mode == ColorMode.PLAIN) {
            return null;
        }
        int alpha = particleAlpha(f.count(), true);
        if (f.labels() != null) {
            int[] c = new int[f.count()];
            for (int i = 0; i < c.length; i++) {
                c[i] = Colors.withAlpha(theme.mode(f.labels()[i] & 0xFF), alpha);
            }
            return c;
        }
        float[] v = f.values();
        if (v == null) {
            return null;
        }
        double[] range = robustRange(v);
        double span = Math.max(range[1] - range[0], 1e-12);
        boolean invert = mode == ColorMode.ERROR;
        int[] c = new int[f.count()];
        for (int i = 0; i < c.length; i++) {
            double u = (v[i] - range[0]) / span;
            c[i] = Colors.withAlpha(theme.values().color(invert ? 1 - u : u), alpha);
        }
        return c;
    }

    /** The 2nd and 98th percentiles of the finite values, from at most 4096 of them. */
    static double[] robustRange(float[] v) {
        int n = Math.min(v.length, 4096);
        double[] s = new double[n];
        int m = 0;
        int stride = Math.max(1, v.length / n);
        for (int i = 0; i < v.length && m < n; i += stride) {
            if (Float.isFinite(v[i])) {
                s[m++] = v[i];
            }
        }
        if (m == 0) {
            return new double[] {0, 1};
        }
        java.util.Arrays.sort(s, 0, m);
        return new double[] {s[(int) (0.02 * (m - 1))], s[(int) (0.98 * (m - 1))]};
    }

    private static void drawPaths(Raster out, Map<Integer, float[]> paths, int k, Viewport view, Theme theme) {
        int colour = 0;
        for (float[] p : paths.values()) {
            int c = theme.mode(colour++ + 2);
            for (int j = 0; j + 2 * k - 1 < p.length; j += k) {
                Lines.draw(out, view.toPixelX(p[j]), view.toPixelY(p[j + 1]), view.toPixelX(p[j + k]),
                        view.toPixelY(p[j + k + 1]), c);
            }
            if (p.length >= k) {
                int last = p.length - k;
                double x = view.toPixelX(p[last]);
                double y = view.toPixelY(p[last + 1]);
                out.fillRect((int) x - 3, (int) y - 3, (int) x + 4, (int) y + 4, theme.path());
                out.fillRect((int) x - 2, (int) y - 2, (int) x + 3, (int) y + 3, c);
            }
        }
    }
}
