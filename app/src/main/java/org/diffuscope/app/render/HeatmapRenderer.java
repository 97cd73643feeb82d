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

    /** Fills the whole raster (the grid's view size) with the heat map. */
    public static void paint(DensityGrid grid, ColorMap map, Scale scale, Raster out) {
        Viewport v = grid.view();
        if (out.width() != v.width() || out.height() != v.height()) {
            throw new IllegalArgumentException("raster and density grid differ in size");
        }
        int[] px = out.pixels();
        int w = out.width();
        double max = grid.max();
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = map.color(scale.unit(grid.interpolate(x + 0.5, y + 0.5), max));
            }
        }
    }
}
