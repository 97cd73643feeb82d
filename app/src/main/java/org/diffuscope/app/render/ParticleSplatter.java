package org.diffuscope.app.render;

/**
 * Draws particles (rows of a flat row-major float array of display coordinates) as size x size squares, projecting coordinates
 * {@code (axisX, axisY)} through a viewport; pixel writes only, so a million particles cost a few milliseconds.
 */
public final class ParticleSplatter {

    private ParticleSplatter() {
    }

    /**
     * @param x      particles, row-major with the given dim. Not modified.
     * @param colors one ARGB colour per particle, or null to use {@code color} for all
     * @param size   square side in pixels, 1..8
     */
    public static void draw(float[] x, int count, int dim, int axisX, int axisY, Viewport view,
                            int color, int[] colors, int size, Raster out) {
        if (size < 1 || size > 8) {
            throw new IllegalArgumentException("particle size must be in 1..8 pixels, got " + size);
        }
        int w = out.width();
        int h = out.height();
        int[] px = out.pixels();
        int half = (size - 1) / 2;
        boolean opaque = colors == null && Colors.alpha(color) == 255;
        for (int i = 0; i < count; i++) {
            float wx = x[i * dim + axisX];
            float wy = x[i * dim + axisY];
            int cx = (int) Math.floor(view.toPixelX(wx)) - half;
            int cy = (int) Math.floor(view.toPixelY(wy)) - half;
            if (cx >= w || cy >= h || cx + size <= 0 || cy + size <= 0 || !Float.isFinite(wx) || !Float.isFinite(wy)) {
                continue;
            }
            int c = colors == null ? color : colors[i];
            int x0 = Math.max(0, cx);
            int x1 = Math.min(w, cx + size);
            int y0 = Math.max(0, cy);
            int y1 = Math.min(h, cy + size);
            for (int yy = y0; yy < y1; yy++) {
                int row = yy * w;
                for (int xx = x0; xx < x1; xx++) {
                    px[row + xx] = opaque ? c : Colors.over(c, px[row + xx]);
                }
            }
        }
    }
}
