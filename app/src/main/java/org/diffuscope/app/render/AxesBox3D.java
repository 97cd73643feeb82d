package org.diffuscope.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The box [lo, hi] around a 3D scene drawn as 12 edges (the three meeting at the corner farthest from the eye
 * fainter, so the box reads as a box), with ticks along one edge per axis and the tick values and axis names
 * returned as labels for the text layer. Immutable.
 *
 * @param lo    lower corner (3 coordinates)
 * @param hi    upper corner
 * @param step  tick spacing per axis
 * @param names axis names
 */
public record AxesBox3D(double[] lo, double[] hi, double[] step, String[] names) {

    /** Tick labels closer than this many pixels along their edge are thinned out. */
    public static final double MIN_LABEL_GAP = 26;

    /** A text for the label layer at pixel (x, y); titles are the axis names. */
    public record Label(String text, double x, double y, boolean title) {
    }

    /** The box [lo, hi] with ticks at the multiples of a 1-2-5 step, 3 to 7 per axis. lo, hi: Not modified. */
    public static AxesBox3D around(double[] lo, double[] hi, String[] names) {
        double[] a = new double[3];
        double[] b = new double[3];
        double[] s = new double[3];
        for (int k = 0; k < 3; k++) {
            a[k] = lo[k];
            b[k] = Math.max(hi[k], lo[k] + 1e-9);
            s[k] = niceStep((b[k] - a[k]) / 6);
        }
        return new AxesBox3D(a, b, s, names.clone());
    }

    /** 1, 2 or 5 times a power of ten, at least raw (> 0). */
    public static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m <= 1 + 1e-9 ? 1 : m <= 2 + 1e-9 ? 2 : m <= 5 + 1e-9 ? 5 : 10) * p;
    }

    /** Corner i (bit k set: coordinate k at hi). */
    public double[] corner(int i) {
        return new double[] {(i & 1) == 0 ? lo[0] : hi[0], (i & 2) == 0 ? lo[1] : hi[1], (i & 4) == 0 ? lo[2] : hi[2]};
    }

    /** The tick values along axis k: the multiples of its step within [lo, hi]. */
    public double[] ticks(int k) {
        long first = (long) Math.ceil(lo[k] / step[k] - 1e-9);
        long last = (long) Math.floor(hi[k] / step[k] + 1e-9);
        double[] t = new double[(int) Math.max(0, last - first + 1)];
        for (int j = 0; j < t.length; j++) {
            t[j] = (first + j) * step[k];
        }
        return t;
    }

    /** Draws the edges and ticks and returns the labels (tick values, axis names) in pixel coordinates. */
    public List<Label> draw(Camera3D cam, int ink, int faint, Raster out) {
        return draw(cam, ink, faint, out, 1.0);
    }

    /**
     * As {@link #draw(Camera3D, int, int, Raster)} for a picture scale times larger than the screen's (the
     * exports): edges that many pixels wide, ticks and label offsets that much longer, as the screen's enlarged.
     */
    public List<Label> draw(Camera3D cam, int ink, int faint, Raster out, double scale) {
        double[][] px = new double[8][3];
        boolean[] ok = new boolean[8];
        int far = 0;
        for (int i = 0; i < 8; i++) {
            double[] c = corner(i);
            ok[i] = cam.project(c[0], c[1], c[2], px[i]);
            if (px[i][2] < px[far][2]) {
                far = i;
            }
        }
        for (int i = 0; i < 8; i++) {
            for (int k = 0; k < 3; k++) {
                int j = i | (1 << k);
                if (j != i && ok[i] && ok[j]) {
                    boolean back = i == far || j == far;
                    thick(out, px[i][0], px[i][1], px[j][0], px[j][1], back ? faint : ink, scale);
                }
            }
        }
        List<Label> labels = new ArrayList<>();
        double[] centre = new double[3];
        cam.project(0.5 * (lo[0] + hi[0]), 0.5 * (lo[1] + hi[1]), 0.5 * (lo[2] + hi[2]), centre);
        for (int k = 0; k < 3; k++) {
            int from = tickEdge(k, px, ok);
            if (from >= 0) {
                ticks(cam, k, from, centre, ink, out, labels, scale);
            }
        }
        return labels;
    }

    /**
     * The corner at the low end of the edge along axis k that carries the ticks: for the horizontal axes the
     * lowest edge on screen nearest the eye, for the vertical axis the leftmost edge; -1 when none is visible.
     */
    private static int tickEdge(int k, double[][] px, boolean[] ok) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 8; i++) {
            int j = i | (1 << k);
            if (j == i || !ok[i] || !ok[j]) {
                continue;
            }
            double mx = 0.5 * (px[i][0] + px[j][0]);
            double my = 0.5 * (px[i][1] + px[j][1]);
            double mw = 0.5 * (px[i][2] + px[j][2]);
            double score = k == 2 ? -mx : my + 1e-3 * mw;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private void ticks(Camera3D cam, int k, int from, double[] centre, int ink, Raster out, List<Label> labels,
                       double scale) {
        double[] base = corner(from);
        double[] p = new double[3];
        double[] end = base.clone();
        end[k] = hi[k];
        double[] q0 = new double[3];
        double[] q1 = new double[3];
        cam.project(base[0], base[1], base[2], q0);
        cam.project(end[0], end[1], end[2], q1);
        // an axis seen end-on crowds its ticks: label every m-th so that labels stay MIN_LABEL_GAP apart
        double spacing = Math.hypot(q1[0] - q0[0], q1[1] - q0[1]) * step[k] / (hi[k] - lo[k]);
        double gap = MIN_LABEL_GAP * scale;
        int every = spacing >= gap ? 1 : spacing * 4 < gap ? Integer.MAX_VALUE : (int) Math.ceil(gap / spacing);
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step[k]) + 1e-9));
        for (double value : ticks(k)) {
            double[] q = base.clone();
            q[k] = value;
            if (!cam.project(q[0], q[1], q[2], p)) {
                continue;
            }
            double[] o = outwards(p, centre);
            thick(out, p[0], p[1], p[0] + 6 * scale * o[0], p[1] + 6 * scale * o[1], ink, scale);
            double v = Math.abs(q[k]) < 1e-9 * step[k] ? 0 : q[k];
            if (Math.round(v / step[k]) % every == 0) {
                labels.add(new Label(String.format(Locale.ROOT, "%." + decimals + "f", v), p[0] + 20 * scale * o[0],
                        p[1] + 20 * scale * o[1], false));
            }
        }
        double[] mid = base.clone();
        mid[k] = 0.5 * (lo[k] + hi[k]);
        if (cam.project(mid[0], mid[1], mid[2], p)) {
            double[] o = outwards(p, centre);
            labels.add(new Label(names[k], p[0] + 44 * scale * o[0], p[1] + 44 * scale * o[1], true));
        }
    }

    /** A line about k pixels wide: round(k) one-pixel lines side by side across it (one at k = 1). */
    static void thick(Raster out, double x0, double y0, double x1, double y1, int argb, double k) {
        int n = (int) Math.max(1, Math.round(k));
        double len = Math.hypot(x1 - x0, y1 - y0);
        double nx = len > 0 ? -(y1 - y0) / len : 0;
        double ny = len > 0 ? (x1 - x0) / len : 0;
        for (int i = 0; i < n; i++) {
            double off = i - 0.5 * (n - 1);
            Lines.draw(out, x0 + off * nx, y0 + off * ny, x1 + off * nx, y1 + off * ny, argb);
        }
    }

    /** The unit vector on screen from the box centre to the pixel p. */
    private static double[] outwards(double[] p, double[] centre) {
        double ox = p[0] - centre[0];
        double oy = p[1] - centre[1];
        double len = Math.hypot(ox, oy);
        return len < 1e-9 ? new double[] {0, 1} : new double[] {ox / len, oy / len};
    }
}
