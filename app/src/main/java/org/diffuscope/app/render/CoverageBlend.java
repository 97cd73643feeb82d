package org.diffuscope.app.render;

/**
 * Draws a large cloud of one colour as size x size squares by coverage: each particle adds one to the count of its
 * square's top-left pixel, a box sum turns those counts into the number k of squares covering each pixel, and the
 * pixel gets the source-over map applied k times, read from a table. Source-over of one colour is the same map
 * f(v) = (src a + 127 + v (255 - a)) / 255 for every particle, so k blends in any order give f^k exactly: the pixels
 * equal those of {@link Colors#over} applied particle by particle, at the cost of one counter increment per particle
 * instead of size^2 blends.
 */
final class CoverageBlend {

    private CoverageBlend() {
    }

    /** memory: gives the counts array (kept between paintings). */
    static void draw(float[] x, int count, int dim, int axisX, int axisY, Viewport view, int color, int size,
                     Raster out, PaintMemory memory) {
        int w = out.width();
        int h = out.height();
        int pad = size - 1;
        int pw = w + pad;
        int ph = h + pad;
        // hits at padded (cx + pad, cy + pad): squares poking out of the top or left still count where they cover
        int[] hits = memory.clearedCounts(pw * ph);
        SquareCorners.each(x, count, dim, axisX, axisY, view, size, w, h,
                (cx, cy) -> hits[(cy + pad) * pw + cx + pad]++);
        if (pad > 0) {
            boxSum(hits, pw, ph, pad);
        }
        OverPowers f = new OverPowers(color);
        int[] px = out.pixels();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int src = (y + pad) * pw + pad;
            for (int xx = 0; xx < w; xx++) {
                int k = hits[src + xx];
                if (k > 0) {
                    px[row + xx] = f.apply(k, px[row + xx]);
                }
            }
        }
    }

    /** In place: c(X, Y) becomes the sum of c over [X - pad, X] x [Y - pad, Y] (clipped at 0). */
    private static void boxSum(int[] c, int pw, int ph, int pad) {
        if (pad == 1) {
            // the common 2 x 2 dots: one neighbour left, one row up
            for (int y = 0; y < ph; y++) {
                int row = y * pw;
                for (int q = row + pw - 1; q > row; q--) {
                    c[q] += c[q - 1];
                }
            }
            for (int q = pw * ph - 1; q >= pw; q--) {
                c[q] += c[q - pw];
            }
            return;
        }
        for (int y = 0; y < ph; y++) {
            int row = y * pw;
            for (int xx = pw - 1; xx > 0; xx--) {
                int s = c[row + xx];
                for (int j = Math.max(0, xx - pad); j < xx; j++) {
                    s += c[row + j];
                }
                c[row + xx] = s;
            }
        }
        // bottom-up, so the rows added are still the row sums of the pass above
        for (int y = ph - 1; y > 0; y--) {
            int row = y * pw;
            for (int i = Math.max(0, y - pad); i < y; i++) {
                int above = i * pw;
                for (int xx = 0; xx < pw; xx++) {
                    c[row + xx] += c[above + xx];
                }
            }
        }
    }
}
