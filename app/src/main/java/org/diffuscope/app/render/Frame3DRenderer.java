package org.diffuscope.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diffuscope.app.engine.Frame;

/**
 * Paints one frame of a 3D view into the pixel buffer, back to front: background, axes box, the exact p_t as a
 * faint cloud of exact samples, trails, the particles depth-sorted with size and fog cues (coloured as in 2D),
 * followed trajectories, and optionally the 2D marginal panels. Returns the labels for the text layer. One
 * instance per view (it keeps scratch arrays); not thread-safe.
 */
public final class Frame3DRenderer {

    /** How far the farthest particles fade towards the background. */
    public static final double FOG = 0.7;

    private final Projector3D particles = new Projector3D();
    private final Projector3D other = new Projector3D();
    private final Projector3D next = new Projector3D();
    private final DepthSplatter splatter = new DepthSplatter();
    /** How many times larger than the screen's the pictures are (the exports): lines, margins and offsets scale. */
    private final double pixelScale;

    /** A renderer of the screen's pictures. */
    public Frame3DRenderer() {
        this(1.0);
    }

    /** A renderer of pictures pixelScale times larger than the screen's, laid out as the screen's enlarged. */
    public Frame3DRenderer(double pixelScale) {
        this.pixelScale = pixelScale;
    }

    /** The exact p_t as samples in display coordinates (count x 3, row-major), for the cloud and the panels. */
    public record Exact(float[] points, int count) {
    }

    /**
     * @param box    the axes box, or null for none
     * @param exact  exact samples of p_t in display coordinates, or null
     * @param panels draw the three 2D marginal panels (needs exact)
     */
    public List<AxesBox3D.Label> paint(Raster out, Frame f, Camera3D cam, AxesBox3D box, Exact exact, boolean panels,
                                       Overlays o, Theme theme) {
        return paint(out, f, cam, box, exact, ArrowField3D.none(), panels, o, theme);
    }

    /** As above, with the field's arrows over the particles (none: {@link ArrowField3D#none()}). */
    public List<AxesBox3D.Label> paint(Raster out, Frame f, Camera3D cam, AxesBox3D box, Exact exact,
                                       ArrowField3D arrows, boolean panels, Overlays o, Theme theme) {
        out.fill(theme.background());
        List<AxesBox3D.Label> labels = new ArrayList<>();
        if (box != null) {
            labels.addAll(box.draw(cam, Colors.withAlpha(theme.contour(), 150), Colors.withAlpha(theme.contour(), 60),
                    out, pixelScale));
        }
        if (exact != null && o.density()) {
            other.project(cam, exact.points(), exact.count(), 3);
            int c = Colors.withAlpha(theme.density().color(0.8), exact.count() > 10_000 ? 70 : 110);
            splatter.draw(other, c, null, 2, theme.background(), FOG, -radius(cam), radius(cam), out);
        }
        if (f == null || f.points() == null || f.viewDim() != 3) {
            return labels;
        }
        if (o.trailLength() > 0) {
            drawTrails(out, f, cam, o.trailLength(), theme.trail());
        }
        particles.project(cam, f.points(), f.count(), 3);
        int[] colours = FrameRenderer.colours(f, o.color(), theme, f.count());
        int base = Colors.withAlpha(theme.particle(), FrameRenderer.particleAlpha(f.count(), exact != null && o.density()));
        splatter.draw(particles, base, colours, o.particleSize(), theme.background(), FOG, -radius(cam), radius(cam),
                out);
        arrows.draw(cam, theme.arrow(), out);
        if (o.paths()) {
            drawPaths(out, f.paths(), cam, theme);
        }
        if (panels && exact != null && box != null) {
            labels.addAll(MarginalPanels.draw(out, box, exact, f, theme, pixelScale));
        }
        return labels;
    }

    /** The radius of the scene the fog spans: the fitted one, {@code D / FIT_DISTANCE}. */
    static double radius(Camera3D cam) {
        return cam.distance() / Camera3D.FIT_DISTANCE;
    }

    private void drawTrails(Raster out, Frame f, Camera3D cam, int length, int argb) {
        List<float[]> trail = f.trail();
        int from = Math.max(0, trail.size() - length);
        int n = Math.min(f.count(), Overlays.TRAIL_PARTICLES);
        if (from >= trail.size()) {
            return;
        }
        Projector3D a = other;
        Projector3D b = next;
        a.project(cam, trail.get(from), n, 3);
        for (int j = from; j < trail.size(); j++) {
            float[] to = j + 1 < trail.size() ? trail.get(j + 1) : f.points();
            b.project(cam, to, n, 3);
            for (int i = 0; i < n; i++) {
                Lines.draw(out, a.x(i), a.y(i), b.x(i), b.y(i), argb);
            }
            Projector3D swap = a;
            a = b;
            b = swap;
        }
    }

    private static void drawPaths(Raster out, Map<Integer, float[]> paths, Camera3D cam, Theme theme) {
        int colour = 0;
        double[] p = new double[3];
        double[] q = new double[3];
        for (float[] path : paths.values()) {
            int c = theme.mode(colour++ + 2);
            int m = path.length / 3;
            boolean okP = m > 0 && cam.project(path[0], path[1], path[2], p);
            for (int j = 1; j < m; j++) {
                boolean okQ = cam.project(path[3 * j], path[3 * j + 1], path[3 * j + 2], q);
                if (okP && okQ) {
                    Lines.draw(out, p[0], p[1], q[0], q[1], c);
                }
                double[] s = p;
                p = q;
                q = s;
                okP = okQ;
            }
            if (okP) {
                int x = (int) p[0];
                int y = (int) p[1];
                out.fillRect(x - 3, y - 3, x + 4, y + 4, theme.path());
                out.fillRect(x - 2, y - 2, x + 3, y + 3, c);
            }
        }
    }
}
