package org.diffuscope.app.render;

import java.util.Arrays;

/**
 * Draws projected 3D points far to near (the painter's algorithm over an O(n) counting sort into {@link #LEVELS}
 * depth levels), with two depth cues: nearer points are larger ({@code size (0.6 + 0.8 t)}) and farther points
 * fade towards the background ({@code fog (1 - t)} of the way), where {@code t = (w - far) / (near - far)} clamped
 * to [0, 1] places the point's depth w in a fixed range of the scene (fixed, so that the shading does not flicker
 * as the cloud changes shape). Within a depth level the points are also sorted into bands of {@link #BAND} rows,
 * so that the pixel writes of a band stay in cache (a million points in depth order alone hit memory at random).
 * One instance per renderer (scratch arrays reused).
 */
public final class DepthSplatter {

    /** Depth levels: points in one level are drawn band by band, in input order within a band. */
    public static final int LEVELS = 64;
    /** Rows per band of the secondary sort key. */
    public static final int BAND = 16;

    private int[] key = new int[0];
    private int[] sortedX = new int[0];
    private int[] sortedY = new int[0];
    private int[] sortedColour = new int[0];
    private int[] start = new int[1];

    /**
     * @param p          the projected points
     * @param color      the colour of every point when colors is null (ARGB; alpha kept)
     * @param colors     one ARGB colour per point, or null
     * @param size       base square side in pixels, 1..8
     * @param background the colour the far points fade towards
     * @param fog        in [0, 1]: how far the farthest points fade (0 = no fog)
     * @param far        the depth w at which t = 0 (farther points count as this far)
     * @param near       the depth w at which t = 1, > far
     */
    public void draw(Projector3D p, int color, int[] colors, int size, int background, double fog, double far,
                     double near, Raster out) {
        if (size < 1 || size > 8) {
            throw new IllegalArgumentException("particle size must be in 1..8 pixels, got " + size);
        }
        if (!(fog >= 0 && fog <= 1)) {
            throw new IllegalArgumentException("fog must be in [0, 1], got " + fog);
        }
        if (!(near > far)) {
            throw new IllegalArgumentException("the near depth must exceed the far one, got " + near + " <= " + far);
        }
        int n = p.count();
        if (n == 0) {
            return;
        }
        int w = out.width();
        int h = out.height();
        int bands = (h + BAND - 1) / BAND;
        sort(p, n, far, near, colors, w, h, bands);
        int[] px = out.pixels();
        for (int level = 0; level < LEVELS; level++) {
            int from = start[level * bands];
            int to = start[(level + 1) * bands];
            if (from == to) {
                continue;
            }
            double t = level / (LEVELS - 1.0);
            int side = Math.max(1, Math.min(8, (int) Math.round(size * (0.6 + 0.8 * t))));
            int half = (side - 1) / 2;
            int f = (int) Math.round(256 * fog * (1 - t));
            int plain = fade(color, background, f);
            for (int j = from; j < to; j++) {
                int c = colors == null ? plain : fade(sortedColour[j], background, f);
                int x0 = sortedX[j] - half;
                int y0 = sortedY[j] - half;
                boolean opaque = (c >>> 24) == 255;
                int xa = Math.max(0, x0);
                int xb = Math.min(w, x0 + side);
                int yb = Math.min(h, y0 + side);
                for (int yy = Math.max(0, y0); yy < yb; yy++) {
                    int row = yy * w;
                    for (int xx = xa; xx < xb; xx++) {
                        px[row + xx] = opaque ? c : over(c, px[row + xx]);
                    }
                }
            }
        }
    }

    /**
     * Counting sort of the points that touch the raster by (depth level, row band), far to near, copying each
     * point's pixel and colour into that order so that drawing reads memory in order.
     */
    private void sort(Projector3D p, int n, double far, double near, int[] colors, int w, int h, int bands) {
        if (key.length < n) {
            key = new int[n];
            sortedX = new int[n];
            sortedY = new int[n];
        }
        if (colors != null && sortedColour.length < n) {
            sortedColour = new int[n];
        }
        int keys = LEVELS * bands;
        if (start.length != keys + 1) {
            start = new int[keys + 1];
        }
        Arrays.fill(start, 0);
        double k = (LEVELS - 1) / (near - far);
        for (int i = 0; i < n; i++) {
            float d = p.depth(i);
            float x = p.x(i);
            float y = p.y(i);
            // NaN (behind the eye) and points whose largest square (8 px) cannot touch the raster are left out
            if (d == d && x > -8 && x < w + 8 && y > -8 && y < h + 8) {
                int level = (int) Math.max(0, Math.min(LEVELS - 1, (d - far) * k));
                int band = Math.max(0, Math.min(bands - 1, (int) y / BAND));
                key[i] = level * bands + band;
                start[key[i] + 1]++;
            } else {
                key[i] = -1;
            }
        }
        for (int b = 0; b < keys; b++) {
            start[b + 1] += start[b];
        }
        int[] next = Arrays.copyOf(start, keys);
        for (int i = 0; i < n; i++) {
            int b = key[i];
            if (b >= 0) {
                int j = next[b]++;
                sortedX[j] = (int) Math.floor(p.x(i));
                sortedY[j] = (int) Math.floor(p.y(i));
                if (colors != null) {
                    sortedColour[j] = colors[i];
                }
            }
        }
    }

    /**
     * Source-over onto an opaque pixel, {@link Colors#over}'s result computed on two channels at once: per
     * channel {@code round((s a + d (255 - a)) / 255)} as {@code (x + 128 + ((x + 128) >> 8)) >> 8}, exact for
     * {@code x <= 255 * 255}, which keeps each sum inside its 16-bit lane.
     */
    static int over(int src, int dst) {
        int a = src >>> 24;
        int na = 255 - a;
        int rb = (src & 0xFF00FF) * a + (dst & 0xFF00FF) * na + 0x800080;
        int g = (src & 0x00FF00) * a + (dst & 0x00FF00) * na + 0x008000;
        rb = ((rb + ((rb >>> 8) & 0xFF00FF)) >>> 8) & 0xFF00FF;
        g = ((g + ((g >>> 8) & 0x00FF00)) >>> 8) & 0x00FF00;
        return 0xFF000000 | rb | g;
    }

    /** c moved f/256 of the way towards bg, per channel; c's alpha kept. */
    static int fade(int c, int bg, int f) {
        if (f <= 0) {
            return c;
        }
        int g = 256 - f;
        int r = (((c >> 16) & 0xFF) * g + ((bg >> 16) & 0xFF) * f) >> 8;
        int gr = (((c >> 8) & 0xFF) * g + ((bg >> 8) & 0xFF) * f) >> 8;
        int b = ((c & 0xFF) * g + (bg & 0xFF) * f) >> 8;
        return (c & 0xFF000000) | (r << 16) | (gr << 8) | b;
    }
}
