package org.diffuscope.app.render;

/**
 * The 2D picture's grid: a faint line at every tick (a step of 1, 2 or 5 times a power of ten, about eight across),
 * the lines through zero stronger, and a scale bar of one step at the bottom right. Drawn into the pixels by the
 * paint thread: as strokes on the label layer above the picture, JavaFX's software renderer rasterised some twenty
 * lines at every frame (a third of its time at 100k particles). The tick labels stay text on the label layer, at
 * the same positions ({@link #step}, {@link #column}, {@link #row}).
 */
public final class GridLines {

    private GridLines() {
    }

    /** The tick step of a view. */
    public static double step(Viewport v) {
        return AxesBox3D.niceStep((v.maxX() - v.minX()) / 8);
    }

    /** The pixel column of the vertical line at world x. */
    public static int column(Viewport v, double x) {
        return (int) Math.round(v.toPixelX(x));
    }

    /** The pixel row of the horizontal line at world y. */
    public static int row(Viewport v, double y) {
        return (int) Math.round(v.toPixelY(y));
    }

    /** Draws the grid and the scale bar over the picture in out (the view's size). */
    public static void draw(Raster out, Viewport v, Theme theme) {
        boolean dark = "dark".equals(theme.name());
        int ink = dark ? 0xFFD9D9D9 : 0xFF333333;
        int faint = dark ? 0x2EFFFFFF : 0x1F000000;
        int axis = 0x73000000 | (ink & 0xFFFFFF);
        int w = out.width();
        int h = out.height();
        double step = step(v);
        for (double x = Math.ceil(v.minX() / step) * step; x <= v.maxX(); x += step) {
            vertical(out, column(v, x), 0, h, Math.abs(x) < step * 1e-6 ? axis : faint);
        }
        for (double y = Math.ceil(v.minY() / step) * step; y <= v.maxY(); y += step) {
            horizontal(out, row(v, y), 0, w, Math.abs(y) < step * 1e-6 ? axis : faint);
        }
        // the scale bar: two pixels thick, with end caps so it reads as a span
        int left = (int) Math.round(w - 20 - step * v.scale());
        for (int y = h - 25; y <= h - 24; y++) {
            horizontal(out, y, left, w - 19, ink);
        }
        for (int x : new int[] {left - 1, left, w - 21, w - 20}) {
            vertical(out, x, h - 29, h - 18, ink);
        }
    }

    /** Blends colour over column x, rows [y0, y1) (clipped). */
    private static void vertical(Raster out, int x, int y0, int y1, int colour) {
        for (int y = Math.max(0, y0); y < Math.min(out.height(), y1); y++) {
            out.blend(x, y, colour);
        }
    }

    /** Blends colour over row y, columns [x0, x1) (clipped). */
    private static void horizontal(Raster out, int y, int x0, int x1, int colour) {
        for (int x = Math.max(0, x0); x < Math.min(out.width(), x1); x++) {
            out.blend(x, y, colour);
        }
    }
}
