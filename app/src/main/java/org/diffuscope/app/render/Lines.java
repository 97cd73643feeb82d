package org.diffuscope.app.render;

/**
 * Line segments into a raster: Bresenham's algorithm with source-over blending, clipped to the raster (segments
 * with a far-away or non-finite end are skipped, so a diverging particle never costs a long loop).
 */
public final class Lines {

    /** Segments longer than this many pixels in either direction are not drawn. */
    public static final double MAX_EXTENT = 1 << 14;

    /** What a walk does at each pixel: write the colour, blend it over, or add to a count. */
    private static final int SET = 0;
    private static final int BLEND = 1;
    private static final int ADD = 2;

    private Lines() {
    }

    /** Draws the segment (x0, y0)-(x1, y1) in pixel coordinates. */
    public static void draw(Raster r, double x0, double y0, double x1, double y1, int argb) {
        walk(r.pixels(), r.width(), r.height(), x0, y0, x1, y1, Colors.alpha(argb) == 255 ? SET : BLEND, argb);
    }

    /**
     * Adds delta to counts (a w x h picture, row by row) at every pixel {@link #draw} would paint for the segment:
     * the coverage of segments of one colour, blended later k times per pixel ({@link TrailCoverage}).
     */
    static void count(int[] counts, int w, int h, double x0, double y0, double x1, double y1, int delta) {
        walk(counts, w, h, x0, y0, x1, y1, ADD, delta);
    }

    /** Bresenham's walk over the segment's pixels inside the picture, applying op with value to each. */
    private static void walk(int[] px, int w, int h, double x0, double y0, double x1, double y1, int op, int value) {
        if (!(Math.abs(x0) < MAX_EXTENT && Math.abs(y0) < MAX_EXTENT && Math.abs(x1) < MAX_EXTENT && Math.abs(y1) < MAX_EXTENT)) {
            return;
        }
        if ((x0 < 0 && x1 < 0) || (y0 < 0 && y1 < 0) || (x0 >= w && x1 >= w) || (y0 >= h && y1 >= h)) {
            return;
        }
        int ax = (int) Math.floor(x0);
        int ay = (int) Math.floor(y0);
        int bx = (int) Math.floor(x1);
        int by = (int) Math.floor(y1);
        int dx = Math.abs(bx - ax);
        int dy = -Math.abs(by - ay);
        int sx = ax < bx ? 1 : -1;
        int sy = ay < by ? 1 : -1;
        int err = dx + dy;
        while (true) {
            if (ax >= 0 && ay >= 0 && ax < w && ay < h) {
                int i = ay * w + ax;
                px[i] = op == ADD ? px[i] + value : op == SET ? value : Colors.over(value, px[i]);
            }
            if (ax == bx && ay == by) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                ax += sx;
            }
            if (e2 <= dx) {
                err += dx;
                ay += sy;
            }
        }
    }

    /** An arrow from (x0, y0) to (x1, y1) with a head of the given length in pixels. */
    public static void arrow(Raster r, double x0, double y0, double x1, double y1, double head, int argb) {
        draw(r, x0, y0, x1, y1, argb);
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1e-9) {
            return;
        }
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double hl = Math.min(head, 0.5 * len);
        // two barbs at +-25 degrees back from the tip
        double c = Math.cos(Math.toRadians(25));
        double s = Math.sin(Math.toRadians(25));
        draw(r, x1, y1, x1 - hl * (c * ux - s * uy), y1 - hl * (s * ux + c * uy), argb);
        draw(r, x1, y1, x1 - hl * (c * ux + s * uy), y1 - hl * (-s * ux + c * uy), argb);
    }
}
