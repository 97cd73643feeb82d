package org.diffuscope.app.render;

/**
 * Draws particles (rows of a flat row-major float array of display coordinates) as size x size squares, projecting
 * coordinates {@code (axisX, axisY)} through a viewport; pixel writes only. One colour for all (the common case) runs
 * a loop with the viewport and the source-over blend's constant terms hoisted, so a million particles cost a few
 * milliseconds; the pixels are exactly those of {@link Colors#over} per pixel.
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
        draw(x, count, dim, axisX, axisY, view, color, colors, size, out, new PaintMemory());
    }

    /** The same, a large one-colour cloud counted in memory's buffer (no allocation when the size is unchanged). */
    public static void draw(float[] x, int count, int dim, int axisX, int axisY, Viewport view,
                            int color, int[] colors, int size, Raster out, PaintMemory memory) {
        if (size < 1 || size > 8) {
            throw new IllegalArgumentException("particle size must be in 1..8 pixels, got " + size);
        }
        if (colors == null) {
            int a = color >>> 24;
            if (a != 0) {
                drawOneColour(x, count, dim, axisX, axisY, view, color, size, out, memory);
            }
            return;
        }
        int w = out.width();
        int h = out.height();
        int[] px = out.pixels();
        int half = (size - 1) / 2;
        for (int i = 0; i < count; i++) {
            float wx = x[i * dim + axisX];
            float wy = x[i * dim + axisY];
            int cx = (int) Math.floor(view.toPixelX(wx)) - half;
            int cy = (int) Math.floor(view.toPixelY(wy)) - half;
            if (cx >= w || cy >= h || cx + size <= 0 || cy + size <= 0 || !Float.isFinite(wx) || !Float.isFinite(wy)) {
                continue;
            }
            int c = colors[i];
            int x0 = Math.max(0, cx);
            int x1 = Math.min(w, cx + size);
            int y0 = Math.max(0, cy);
            int y1 = Math.min(h, cy + size);
            for (int yy = y0; yy < y1; yy++) {
                int row = yy * w;
                for (int xx = x0; xx < x1; xx++) {
                    px[row + xx] = Colors.over(c, px[row + xx]);
                }
            }
        }
    }

    /** From this many particles on, the one-colour path counts squares per pixel instead of blending each. */
    static final int COUNTED_FROM = 65_536;

    /**
     * One colour of alpha a > 0: {@code out = (src a + dst (255 - a) + 127) / 255} per channel with
     * {@code src a + 127} computed once, as {@link Colors#over} computes it. Every particle applies the same map to
     * its pixels, so the order of drawing does not change the picture: large clouds only count how many squares
     * cover each pixel and apply the map that many times at once ({@link CoverageBlend}).
     */
    private static void drawOneColour(float[] x, int count, int dim, int axisX, int axisY, Viewport view, int color,
                                      int size, Raster out, PaintMemory memory) {
        if (count >= COUNTED_FROM) {
            CoverageBlend.draw(x, count, dim, axisX, axisY, view, color, size, out, memory);
            return;
        }
        int w = out.width();
        int h = out.height();
        Blend blend = new Blend(color);
        SquareCorners.each(x, count, dim, axisX, axisY, view, size, w, h, (cx, cy) -> blend.square(out,
                Math.max(0, cx), Math.min(w, cx + size), Math.max(0, cy), Math.min(h, cy + size)));
    }

    /** Source-over of one colour onto opaque pixels, with the colour's terms computed once. */
    private static final class Blend {
        private final int color;
        private final boolean opaque;
        private final int na;
        private final int r0;
        private final int g0;
        private final int b0;

        Blend(int color) {
            int a = color >>> 24;
            this.color = color;
            this.opaque = a == 255;
            this.na = 255 - a;
            this.r0 = ((color >>> 16) & 0xFF) * a + 127;
            this.g0 = ((color >>> 8) & 0xFF) * a + 127;
            this.b0 = (color & 0xFF) * a + 127;
        }

        int over(int d) {
            if (opaque) {
                return color;
            }
            int r = (r0 + ((d >>> 16) & 0xFF) * na) / 255;
            int g = (g0 + ((d >>> 8) & 0xFF) * na) / 255;
            int b = (b0 + (d & 0xFF) * na) / 255;
            return 0xFF000000 | (r << 16) | (g << 8) | b;
        }

        /** Pixels [x0, x1) x [y0, y1). */
        void square(Raster out, int x0, int x1, int y0, int y1) {
            int[] px = out.pixels();
            int w = out.width();
            for (int yy = y0; yy < y1; yy++) {
                int row = yy * w;
                for (int q = row + x0; q < row + x1; q++) {
                    px[q] = over(px[q]);
                }
            }
        }
    }
}
