package org.diffuscope.app.render;

/**
 * Paints a {@link DensityGrid} into a raster: each pixel's interpolated log p is mapped to [0, 1] by the chosen
 * scale relative to the grid's maximum and coloured through a {@link ColorMap}.
 */
public final class HeatmapRenderer {

    /** How density values become colours. */
    public enum Scale {
        /** p / p_max. */
        LINEAR,
        /** sqrt(p / p_max): shows the tails a little more. */
        SQRT,
        /** (log p - log p_max + span) / span over {@link #LOG_SPAN} nats. */
        LOG;

        public double unit(double logp, double max) {
            double rel = logp - max;
            return switch (this) {
                case LINEAR -> Math.exp(rel);
                case SQRT -> Math.exp(0.5 * rel);
                case LOG -> 1.0 + rel / LOG_SPAN;
            };
        }
    }

    /** Nats below the maximum that the log scale shows. */
    public static final double LOG_SPAN = 12.0;

    private HeatmapRenderer() {
    }

    /**
     * Fills the whole raster (the grid's view size) with the heat map: pixel (x, y) gets
     * {@code map.color(scale.unit(grid.interpolate(x + 0.5, y + 0.5), max))}, bit for bit. The interpolation is
     * {@code (1 - v) * top(x) + v * bottom(x)}, where the horizontal terms top and bottom depend on the pixel column
     * and the grid row only: they are computed once per grid row (a cell spans several pixel rows, and one row's
     * bottom is the next row's top), so a pixel costs two multiplications and an addition over two arrays read in
     * order. The colour is read from {@link Bins} (no exp) unless the pixel lies where the colour changes.
     */
    public static void paint(DensityGrid grid, ColorMap map, Scale scale, Raster out) {
        Viewport v = grid.view();
        if (out.width() != v.width() || out.height() != v.height()) {
            throw new IllegalArgumentException("raster and density grid differ in size");
        }
        int[] px = out.pixels();
        int w = out.width();
        int h = out.height();
        int cols = grid.cols();
        int rows = grid.rows();
        double max = grid.max();
        // DensityGrid.interpolate, split: gx = px / width (cols - 1), c = clamp(floor gx), u = clamp(gx - c)
        int[] c = new int[w];
        double[] u = new double[w];
        for (int x = 0; x < w; x++) {
            double gx = (x + 0.5) / v.width() * (cols - 1);
            c[x] = Math.max(0, Math.min(cols - 2, (int) gx));
            u[x] = Math.max(0, Math.min(1, gx - c[x]));
        }
        Bins bins = new Bins(map, scale);
        double[] top = new double[w];
        double[] bottom = new double[w];
        double[] logp = new double[w];
        int termsRow = -1;
        for (int y = 0; y < h; y++) {
            double gy = (y + 0.5) / v.height() * (rows - 1);
            int r = Math.max(0, Math.min(rows - 2, (int) gy));
            double vv = Math.max(0, Math.min(1, gy - r));
            if (r != termsRow) {
                if (termsRow >= 0 && r == termsRow + 1) {
                    double[] t = top;
                    top = bottom;
                    bottom = t;
                } else {
                    horizontal(grid, r, c, u, top);
                }
                horizontal(grid, r + 1, c, u, bottom);
                termsRow = r;
            }
            for (int x = 0; x < w; x++) {
                logp[x] = (1 - vv) * top[x] + vv * bottom[x];
            }
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int e = bins.entry(logp[x] - max);
                px[row + x] = e >= 0 ? map.entry(e) : map.color(scale.unit(logp[x], max));
            }
        }
    }

    /** The horizontal interpolation along grid row r at every pixel column: (1 - u) a + u b, as interpolate does. */
    private static void horizontal(DensityGrid grid, int r, int[] c, double[] u, double[] out) {
        for (int x = 0; x < out.length; x++) {
            int k = c[x];
            double uu = u[x];
            out[x] = (1 - uu) * grid.logDensityAt(k, r) + uu * grid.logDensityAt(k + 1, r);
        }
    }

    /**
     * The colour entry as a function of rel = log p - log p_max, read from fine bins of rel: entry(rel) is
     * non-decreasing (exp, the scales and {@link ColorMap#index} are), so a bin whose two ends (widened by far more
     * than the rounding of the bin arithmetic) have the same entry has it throughout; the few bins holding a change
     * of colour, and rel outside the binned range, answer -1 and the caller evaluates the formula itself. Below the
     * range every scale gives entry 0 (exp(-7) 255 + 0.5 < 1 for the linear and sqrt scales, unit < 0 for log).
     */
    static final class Bins {
        private static final int COUNT = 4096;
        private static final double WIDEN = 1e-9;
        private final double low;
        private final double perNat;
        private final int[] entries = new int[COUNT];

        Bins(ColorMap map, Scale scale) {
            low = switch (scale) {
                case LINEAR -> -7.0;
                case SQRT -> -14.0;
                case LOG -> -LOG_SPAN;
            };
            perNat = COUNT / -low;
            for (int b = 0; b < COUNT; b++) {
                int first = map.index(scale.unit(low + b / perNat - WIDEN, 0));
                int last = map.index(scale.unit(low + (b + 1) / perNat + WIDEN, 0));
                entries[b] = first == last ? first : -1;
            }
        }

        /** The colour entry at rel, or -1 where the caller must evaluate it. */
        int entry(double rel) {
            if (!(rel >= low)) {
                return rel < low ? 0 : -1;
            }
            int b = (int) ((rel - low) * perNat);
            return b < COUNT ? entries[b] : -1;
        }
    }
}
