package org.diffuscope.app.render;

/**
 * Draws projected 3D points far to near (the painter's algorithm over a counting sort into {@link #BUCKETS}
 * depth buckets, O(n)), with two depth cues: nearer points are larger ({@code size (0.6 + 0.8 t)}) and farther
 * points fade towards the background ({@code fog (1 - t)} of the way), where {@code t = (w - far) / (near - far)}
 * clamped to [0, 1] places the point's depth w in a fixed range of the scene (fixed, so that the shading does not
 * flicker as the cloud changes shape). One instance per renderer (scratch arrays reused).
 */
public final class DepthSplatter {

    /** Depth buckets: points in one bucket are drawn in input order. */
    public static final int BUCKETS = 256;

    private int[] order = new int[0];
    private short[] bucket = new short[0];
    private final int[] start = new int[BUCKETS + 1];

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
        sort(p, n, far, near);
        int w = out.width();
        int h = out.height();
        int[] px = out.pixels();
        for (int b = 0; b < BUCKETS; b++) {
            if (start[b] == start[b + 1]) {
                continue;
            }
            double t = b / (BUCKETS - 1.0);
            int side = Math.max(1, Math.min(8, (int) Math.round(size * (0.6 + 0.8 * t))));
            int half = (side - 1) / 2;
            int f = (int) Math.round(256 * fog * (1 - t));
            int plain = fade(color, background, f);
            for (int j = start[b]; j < start[b + 1]; j++) {
                int i = order[j];
                int c = colors == null ? plain : fade(colors[i], background, f);
                int x0 = (int) Math.floor(p.x(i)) - half;
                int y0 = (int) Math.floor(p.y(i)) - half;
                if (x0 >= w || y0 >= h || x0 + side <= 0 || y0 + side <= 0) {
                    continue;
                }
                boolean opaque = (c >>> 24) == 255;
                int xa = Math.max(0, x0);
                int xb = Math.min(w, x0 + side);
                int yb = Math.min(h, y0 + side);
                for (int yy = Math.max(0, y0); yy < yb; yy++) {
                    int row = yy * w;
                    for (int xx = xa; xx < xb; xx++) {
                        px[row + xx] = opaque ? c : Colors.over(c, px[row + xx]);
                    }
                }
            }
        }
    }

    /** Counting sort of the drawable points by depth bucket, far (0) to near. */
    private void sort(Projector3D p, int n, double far, double near) {
        if (order.length < n) {
            order = new int[n];
            bucket = new short[n];
        }
        java.util.Arrays.fill(start, 0);
        double k = (BUCKETS - 1) / (near - far);
        for (int i = 0; i < n; i++) {
            float d = p.depth(i);
            if (d == d) {
                int b = (int) Math.max(0, Math.min(BUCKETS - 1, (d - far) * k));
                bucket[i] = (short) b;
                start[b + 1]++;
            } else {
                bucket[i] = -1;
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        int[] next = start.clone();
        for (int i = 0; i < n; i++) {
            int b = bucket[i];
            if (b >= 0) {
                order[next[b]++] = i;
            }
        }
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
