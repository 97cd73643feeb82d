package org.diffuscope.app.view;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.io.Images;
import org.diffuscope.app.render.ArrowField;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.FrameRenderer;
import org.diffuscope.app.render.GridLines;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;

/**
 * The picture as a file: the frame re-rendered into a raster k times the view's size (not an upscaled screenshot),
 * with the axes, grid lines and time drawn over it as on screen. Pure computation on any thread.
 */
final class PictureExport {

    private PictureExport() {
    }

    /** The view scaled by k about the same centre: k times the pixels and k times the pixels per unit. */
    static Viewport scaled(Viewport v, double k) {
        int w = Math.max(1, (int) Math.round(v.width() * k));
        int h = Math.max(1, (int) Math.round(v.height() * k));
        return new Viewport(v.centerX(), v.centerY(), v.scale() * k, w, h);
    }

    /**
     * Renders one frame.
     *
     * @param view the view at the output's size
     * @param k    how much larger than the screen (thicker dots, lines and text)
     */
    static BufferedImage render(Frame f, RunInfo info, Viewport view, Overlays o, Theme theme, double k) {
        Raster raster = new Raster(view.width(), view.height());
        DensityGrid grid = null;
        ArrowField arrows = null;
        if (info != null && f != null && info.target().dim() == 2) {
            if (o.density()) {
                grid = DensityGrid.compute(info.target().marginal(f.t()), view, 4);
            }
            if (o.field() != Overlays.FieldKind.NONE) {
                arrows = ArrowField.compute(info.target(), f.t(), o.field(), view, (int) Math.round(44 * k));
            }
        }
        FrameRenderer.paint(raster, f, view, grid, arrows, sized(o, k), theme);
        BufferedImage img = Images.fromArgb(raster.pixels(), raster.width(), raster.height());
        drawAxes(img, f, view, theme, k);
        return img;
    }

    /** Grid lines with tick labels on the bottom and left edges, a scale bar, and the time at the top right. */
    static void drawAxes(BufferedImage img, Frame f, Viewport view, Theme theme, double k) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            boolean dark = "dark".equals(theme.name());
            Color ink = dark ? new Color(217, 217, 217) : new Color(51, 51, 51);
            Color faint = dark ? new Color(255, 255, 255, 46) : new Color(0, 0, 0, 31);
            int w = view.width();
            int h = view.height();
            double step = GridLines.step(view);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * k)));
            FontMetrics fm = g.getFontMetrics();
            g.setStroke(new BasicStroke((float) k));
            for (double x = Math.ceil(view.minX() / step) * step; x <= view.maxX(); x += step) {
                int px = (int) Math.round(view.toPixelX(x));
                g.setColor(faint);
                g.drawLine(px, 0, px, h);
                g.setColor(ink);
                String s = CanvasText.tick(x, step);
                g.drawString(s, px - fm.stringWidth(s) / 2, h - (int) (3 * k));
            }
            for (double y = Math.ceil(view.minY() / step) * step; y <= view.maxY(); y += step) {
                int py = (int) Math.round(view.toPixelY(y));
                g.setColor(faint);
                g.drawLine(0, py, w, py);
                g.setColor(ink);
                g.drawString(CanvasText.tick(y, step), (int) (4 * k), py + fm.getAscent() / 2 - 1);
            }
            drawTitle(g, f, w, k);
        } finally {
            g.dispose();
        }
    }

    /** The overlays with dots k times larger (1 to 4 pixels). */
    static Overlays sized(Overlays o, double k) {
        return o.withParticleSize((int) Math.max(1, Math.min(4, Math.round(o.particleSize() * k))));
    }

    /**
     * The labels of a 3D picture (tick values, axis names and panel titles, at their pixels) and its time, drawn
     * as the view draws them, k times larger.
     */
    static void drawLabels3d(BufferedImage img, List<AxesBox3D.Label> labels, Frame f, Theme theme, double k) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor("dark".equals(theme.name()) ? new Color(217, 217, 217) : new Color(51, 51, 51));
            Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * k));
            Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * k));
            for (AxesBox3D.Label l : labels) {
                g.setFont(l.title() ? title : tick);
                FontMetrics fm = g.getFontMetrics();
                // centred on (x, y), as the view's text layer draws them
                g.drawString(l.text(), (float) (l.x() - fm.stringWidth(l.text()) / 2.0),
                        (float) (l.y() + (fm.getAscent() - fm.getDescent()) / 2.0));
            }
            drawTitle(g, f, img.getWidth(), k);
        } finally {
            g.dispose();
        }
    }

    /** The frame's time and phase at the top right. */
    private static void drawTitle(Graphics2D g, Frame f, int w, double k) {
        if (f != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(16 * k)));
            String s = String.format(Locale.ROOT, "t = %.4g  (%s)", f.t(), f.phase().label());
            g.drawString(s, w - (int) (12 * k) - g.getFontMetrics().stringWidth(s),
                    (int) (10 * k) + g.getFontMetrics().getAscent());
        }
    }

    /**
     * The frames of a run as an animation's pictures: every frame (at most maxFrames, evenly picked), each with the
     * trail of the frames before it, at the given view.
     */
    static List<BufferedImage> animation(List<Frame> frames, RunInfo info, Viewport view, Overlays o, Theme theme,
                                         double k, int maxFrames) {
        return animation(frames, o.trailLength(), maxFrames, f -> render(f, info, view, o, theme, k));
    }

    /** The same with each picture drawn by picture (a 3D view's, say), called on this thread in frame order. */
    static List<BufferedImage> animation(List<Frame> frames, int trailLength, int maxFrames,
                                         java.util.function.Function<Frame, BufferedImage> picture) {
        int stride = Math.max(1, (int) Math.ceil(frames.size() / (double) maxFrames));
        java.util.ArrayList<BufferedImage> out = new java.util.ArrayList<>();
        for (int i = 0; i < frames.size(); i += stride) {
            out.add(picture.apply(withTrail(frames, i, trailLength)));
        }
        if ((frames.size() - 1) % stride != 0) {
            out.add(picture.apply(withTrail(frames, frames.size() - 1, trailLength)));
        }
        return out;
    }

    private static Frame withTrail(List<Frame> frames, int i, int length) {
        Frame f = frames.get(i);
        List<float[]> trail = new java.util.ArrayList<>();
        for (int j = Math.max(0, i - length); j < i; j++) {
            trail.add(frames.get(j).points());
        }
        return new Frame(f.generation(), f.index(), f.step(), f.t(), f.phase(), f.nfe(), f.points(), f.count(),
                f.viewDim(), null, null, f.metrics(), f.smoothness(), List.copyOf(trail), List.of(), java.util.Map.of(),
                f.frames());
    }
}
