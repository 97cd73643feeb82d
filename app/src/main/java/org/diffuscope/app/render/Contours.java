package org.diffuscope.app.render;

/**
 * Iso-lines of log p on a {@link DensityGrid} by marching squares: in each grid cell, the level crosses the edges
 * whose ends lie on opposite sides, at the linearly interpolated point; the crossings are joined by segments.
 */
public final class Contours {

    private Contours() {
    }

    /** Levels of log p at the given fractions of the peak density: {@code log p_max + log(fraction)}. */
    public static double[] levels(DensityGrid grid, double... fractionsOfPeak) {
        double[] out = new double[fractionsOfPeak.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = grid.max() + Math.log(fractionsOfPeak[i]);
        }
        return out;
    }

    /** Draws the iso-lines of log p at each level. */
    public static void draw(DensityGrid grid, double[] levels, int argb, Raster out) {
        Viewport v = grid.view();
        double cw = v.width() / (double) (grid.cols() - 1);
        double ch = v.height() / (double) (grid.rows() - 1);
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (double level : levels) {
            for (int r = 0; r + 1 < grid.rows(); r++) {
                for (int c = 0; c + 1 < grid.cols(); c++) {
                    // corners in order: (c, r), (c+1, r), (c+1, r+1), (c, r+1)
                    double a = grid.logDensityAt(c, r);
                    double b = grid.logDensityAt(c + 1, r);
                    double e = grid.logDensityAt(c + 1, r + 1);
                    double f = grid.logDensityAt(c, r + 1);
                    int n = 0;
                    n = crossing(a, b, level, c, r, 1, 0, cw, ch, xs, ys, n);
                    n = crossing(b, e, level, c + 1, r, 0, 1, cw, ch, xs, ys, n);
                    n = crossing(f, e, level, c, r + 1, 1, 0, cw, ch, xs, ys, n);
                    n = crossing(a, f, level, c, r, 0, 1, cw, ch, xs, ys, n);
                    if (n >= 2) {
                        Lines.draw(out, xs[0], ys[0], xs[1], ys[1], argb);
                    }
                    if (n == 4) {
                        Lines.draw(out, xs[2], ys[2], xs[3], ys[3], argb);
                    }
                }
            }
        }
    }

    /** Appends the crossing of level on the edge from node (c, r) by (dc, dr) when its ends straddle it. */
    private static int crossing(double p, double q, double level, int c, int r, int dc, int dr,
                                double cw, double ch, double[] xs, double[] ys, int n) {
        if ((p < level) == (q < level) || n >= 4) {
            return n;
        }
        double u = (level - p) / (q - p);
        xs[n] = (c + u * dc) * cw;
        ys[n] = (r + u * dr) * ch;
        return n + 1;
    }
}
