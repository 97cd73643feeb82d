package org.diffuscope.app.view;

import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.Viewport;

/** Text on the picture's label layer shared by the 2D and 3D views: the title, tick steps and tick values. */
final class CanvasText {

    private CanvasText() {
    }

    /** The time and phase top right, and for other than 2 dimensions what the picture shows. */
    static void title(GraphicsContext g, Frame f, RunInfo info, Color ink, double size, double w) {
        g.setFill(ink);
        if (f != null && info != null) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            // narrow pictures (race panes) keep the title small
            g.setFont(Font.font(size * (w < 500 ? 1.0 : 1.3)));
            String phase = f.phase().label();
            g.fillText(String.format(Locale.ROOT, "t = %.4g  (%s)", f.t(), phase), w - 12, 10);
            if (info.target().dim() != 2) {
                g.setFont(Font.font(size));
                String note = f.viewDim() == 3 ? "" : " (density overlay needs d = 2)";
                g.fillText("dimension " + info.target().dim() + ": showing " + info.projection().description() + note,
                        w - 12, 34);
            }
        }
    }

    /** 1, 2 or 5 times a power of ten, at least raw. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
    }

    static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Grid lines with tick labels along the bottom and left edges and a scale bar of one tick step. */
    static void axes(GraphicsContext g, Viewport v, Color ink, Color faint, double size, double w, double h) {
        double step = niceStep((v.maxX() - v.minX()) / 8);
        g.setFont(Font.font(size));
        g.setLineWidth(1);
        // grid lines and tick labels along the bottom and left edges
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (double x = Math.ceil(v.minX() / step) * step; x <= v.maxX(); x += step) {
            double px = Math.round(v.toPixelX(x)) + 0.5;
            g.setStroke(Math.abs(x) < step * 1e-6 ? ink.deriveColor(0, 1, 1, 0.45) : faint);
            g.strokeLine(px, 0, px, h);
            g.setFill(ink);
            if (px > 28) {
                g.fillText(tick(x, step), px, h - 3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(v.minY() / step) * step; y <= v.maxY(); y += step) {
            double py = Math.round(v.toPixelY(y)) + 0.5;
            g.setStroke(Math.abs(y) < step * 1e-6 ? ink.deriveColor(0, 1, 1, 0.45) : faint);
            g.strokeLine(0, py, w, py);
            g.setFill(ink);
            if (py < h - 18 && py > 12) {
                g.fillText(tick(y, step), 4, py);
            }
        }
        // a scale bar of one tick step, bottom right
        double bar = step * v.scale();
        g.setStroke(ink);
        g.setLineWidth(2);
        g.strokeLine(w - 20 - bar, h - 24, w - 20, h - 24);
        // end caps, so the bar reads as a span and its label clears both ends
        g.strokeLine(w - 20 - bar, h - 29, w - 20 - bar, h - 19);
        g.strokeLine(w - 20, h - 29, w - 20, h - 19);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(tick(step, step), w - 20 - bar / 2, h - 31);
    }
}
