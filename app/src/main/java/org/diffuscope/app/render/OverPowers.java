package org.diffuscope.app.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The source-over map of one colour, f(v) = (src a + v (255 - a) + 127) / 255 per channel as {@link Colors#over}
 * rounds it, applied k times: f^k per channel as tables of 256 entries, so a pixel covered k times by one colour
 * gets exactly the pixel of k blends in one look-up. f is monotone and contracting, so its powers reach a fixed table after
 * finitely many steps (a few dozen for the alphas the views use, at most ~1,500 for alpha 1); the tables stop
 * there and larger k reuse the last one.
 */
final class OverPowers {

    /** f^k(v) of each channel at [k 256 + v], already in its place in an ARGB int (alpha in blue's table). */
    private final int[] red;
    private final int[] green;
    private final int[] blue;
    private final int last;
    private final int color;

    OverPowers(int color) {
        int a = color >>> 24;
        List<int[]> r = new ArrayList<>();
        List<int[]> g = new ArrayList<>();
        List<int[]> b = new ArrayList<>();
        r.add(identity());
        g.add(identity());
        b.add(identity());
        boolean moving = true;
        while (moving) {
            int k = r.size() - 1;
            r.add(next(r.get(k), (color >>> 16) & 0xFF, a));
            g.add(next(g.get(k), (color >>> 8) & 0xFF, a));
            b.add(next(b.get(k), color & 0xFF, a));
            moving = !Arrays.equals(r.get(k + 1), r.get(k))
                    || !Arrays.equals(g.get(k + 1), g.get(k))
                    || !Arrays.equals(b.get(k + 1), b.get(k));
        }
        this.red = flat(r, 16, 0);
        this.green = flat(g, 8, 0);
        this.blue = flat(b, 0, 0xFF000000);
        this.last = r.size() - 1;
        this.color = color;
    }

    private static int[] flat(List<int[]> tables, int shift, int or) {
        int[] out = new int[tables.size() << 8];
        for (int k = 0; k < tables.size(); k++) {
            for (int v = 0; v < 256; v++) {
                out[(k << 8) | v] = (tables.get(k)[v] << shift) | or;
            }
        }
        return out;
    }

    private static int[] identity() {
        int[] t = new int[256];
        for (int v = 0; v < 256; v++) {
            t[v] = v;
        }
        return t;
    }

    /** f after prev: f(v) = (src a + v (255 - a) + 127) / 255, as {@link Colors#over} rounds it. */
    private static int[] next(int[] prev, int src, int a) {
        int[] t = new int[256];
        for (int v = 0; v < 256; v++) {
            t[v] = a == 255 ? src : (src * a + prev[v] * (255 - a) + 127) / 255;
        }
        return t;
    }

    /** The colour (its alpha included) whose blends these are. */
    int color() {
        return color;
    }

    /** f^k of the opaque pixel d (k >= 0; f^0 is the identity). */
    int apply(int k, int d) {
        int base = Math.min(k, last) << 8;
        return red[base | ((d >>> 16) & 0xFF)] | green[base | ((d >>> 8) & 0xFF)] | blue[base | (d & 0xFF)];
    }
}
