package org.diffuscope.app.render;

import java.util.ArrayList;
import java.util.List;

import org.diffuscope.app.engine.Frame;

/**
 * Three small panels along the right edge of a 3D view, one per pair of display coordinates (across-depth,
 * across-up, depth-up): the exact 2D marginal of p_t as a heat map with the particles over it. The marginal is a
 * Monte Carlo estimate: a {@link #BINS} x {@link #BINS} histogram of the exact samples of p_t, smoothed once with
 * the 3 x 3 binomial kernel; with N samples a cell holding a fraction q of them has relative standard error about
 * {@code sqrt((1 - q) / (N q))}. Pure pixel arithmetic.
 */
public final class MarginalPanels {

    /** Histogram cells per side. */
    public static final int BINS = 40;
    /** At most this many particles are drawn into each panel. */
    public static final int MAX_DOTS = 4000;
    /** Room above the panels for the picture's title lines. */
    private static final int TOP = 52;
    private static final int[][] PAIRS = {{0, 1}, {0, 2}, {1, 2}};

    /** Panels at least this wide (pixels) carry the full title. */
    static final int WIDE_TITLE = 150;

    private MarginalPanels() {
    }

    /** The side of one panel in pixels for a picture of this size (0 when it is too small for panels). */
    public static int side(int width, int height) {
        return side(width, height, 1.0);
    }

    /** The same for a picture k times larger than the screen's (the exports): k times the screen's side. */
    public static int side(int width, int height, double k) {
        int s = (int) Math.min((height - k * (TOP + 3 * 26 + 30)) / 3, width / 5.0);
        return s < 70 * k ? 0 : (int) Math.min(s, 210 * k);
    }

    /** Draws the panels and returns their titles as labels. */
    public static List<AxesBox3D.Label> draw(Raster out, AxesBox3D box, Frame3DRenderer.Exact exact, Frame f,
                                             Theme theme) {
        return draw(out, box, exact, f, theme, 1.0);
    }

    /** The same for a picture k times larger than the screen's: margins, borders and dots k times larger. */
    public static List<AxesBox3D.Label> draw(Raster out, AxesBox3D box, Frame3DRenderer.Exact exact, Frame f,
                                             Theme theme, double k) {
        List<AxesBox3D.Label> labels = new ArrayList<>();
        int s = side(out.width(), out.height(), k);
        if (s == 0) {
            return labels;
        }
        int x0 = out.width() - s - (int) Math.round(12 * k);
        // borders and particle dots: k pixels wide
        int bw = (int) Math.max(1, Math.round(k));
        for (int p = 0; p < 3; p++) {
            int y0 = (int) Math.round(k * (TOP + 20) + p * (s + 26 * k));
            int a = PAIRS[p][0];
            int b = PAIRS[p][1];
            double[] h = histogram(exact.points(), exact.count(), a, b, box);
            paintPanel(out, x0, y0, s, h, theme);
            dots(out, x0, y0, s, f, a, b, box, theme, bw);
            int border = Colors.withAlpha(theme.contour(), 160);
            out.fillRect(x0 - bw, y0 - bw, x0 + s + bw, y0, border);
            out.fillRect(x0 - bw, y0 + s, x0 + s + bw, y0 + s + bw, border);
            out.fillRect(x0 - bw, y0, x0, y0 + s, border);
            out.fillRect(x0 + s, y0, x0 + s + bw, y0 + s, border);
            labels.add(new AxesBox3D.Label(title(box.names()[a], box.names()[b], (int) (s / k)), x0 + 0.5 * s,
                    y0 - 10 * k, false));
        }
        return labels;
    }

    /** A panel's title: the long one needs ~150 px centred over it, so narrow panels (race panes) keep the names. */
    static String title(String a, String b, int side) {
        return a + " – " + b + (side >= WIDE_TITLE ? "  (p_t marginal)" : "");
    }

    /**
     * The smoothed histogram of the pair (a, b) of the samples over the box, normalised to maximum 1, row-major
     * with row 0 at the top (b at its maximum).
     */
    static double[] histogram(float[] pts, int count, int a, int b, AxesBox3D box) {
        double[] h = new double[BINS * BINS];
        double la = box.lo()[a];
        double lb = box.lo()[b];
        double ka = BINS / (box.hi()[a] - la);
        double kb = BINS / (box.hi()[b] - lb);
        for (int i = 0; i < count; i++) {
            int ca = (int) Math.floor((pts[3 * i + a] - la) * ka);
            int cb = (int) Math.floor((pts[3 * i + b] - lb) * kb);
            if (ca >= 0 && ca < BINS && cb >= 0 && cb < BINS) {
                h[(BINS - 1 - cb) * BINS + ca] += 1;
            }
        }
        double[] s = new double[h.length];
        double max = 0;
        for (int r = 0; r < BINS; r++) {
            for (int c = 0; c < BINS; c++) {
                // 3 x 3 binomial kernel (1 2 1)^T (1 2 1) / 16, cells outside count as empty
                double acc = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr >= 0 && rr < BINS && cc >= 0 && cc < BINS) {
                            acc += (dr == 0 ? 2 : 1) * (dc == 0 ? 2 : 1) * h[rr * BINS + cc];
                        }
                    }
                }
                s[r * BINS + c] = acc / 16;
                max = Math.max(max, s[r * BINS + c]);
            }
        }
        if (max > 0) {
            for (int i = 0; i < s.length; i++) {
                s[i] /= max;
            }
        }
        return s;
    }

    private static void paintPanel(Raster out, int x0, int y0, int s, double[] h, Theme theme) {
        for (int y = 0; y < s; y++) {
            int py = y0 + y;
            if (py < 0 || py >= out.height()) {
                continue;
            }
            int r = Math.min(BINS - 1, y * BINS / s);
            for (int x = 0; x < s; x++) {
                int px = x0 + x;
                if (px >= 0 && px < out.width()) {
                    int c = Math.min(BINS - 1, x * BINS / s);
                    // sqrt scale, as the 2D heat map's default
                    out.set(px, py, theme.density().color(Math.sqrt(h[r * BINS + c])));
                }
            }
        }
    }

    private static void dots(Raster out, int x0, int y0, int s, Frame f, int a, int b, AxesBox3D box, Theme theme,
                             int size) {
        if (f == null || f.points() == null || f.viewDim() != 3) {
            return;
        }
        float[] p = f.points();
        int n = f.count();
        int stride = Math.max(1, n / MAX_DOTS);
        int c = Colors.withAlpha(theme.particle(), 110);
        double la = box.lo()[a];
        double lb = box.lo()[b];
        double ka = s / (box.hi()[a] - la);
        double kb = s / (box.hi()[b] - lb);
        for (int i = 0; i < n; i += stride) {
            int px = (int) Math.floor((p[3 * i + a] - la) * ka);
            int py = s - 1 - (int) Math.floor((p[3 * i + b] - lb) * kb);
            if (px >= 0 && px + size <= s && py >= 0 && py + size <= s) {
                for (int dy = 0; dy < size; dy++) {
                    for (int dx = 0; dx < size; dx++) {
                        out.blend(x0 + px + dx, y0 + py + dy, c);
                    }
                }
            }
        }
    }
}
