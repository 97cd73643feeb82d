package org.diffuscope.app.view;

import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.GridLines;
import org.diffuscope.app.render.Viewport;

/** Text on the picture's label layer shared by the 2D and 3D views: the title and tick values. */
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

    static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * Tick labels along the bottom and left edges and the scale bar's length, beside the grid lines and bar that the
     * paint thread draws into the picture ({@link GridLines}).
     */
    static void axes(GraphicsContext g, Viewport v, Color ink, double size, double w, double h) {
        double step = GridLines.step(v);
        g.setFont(Font.font(size));
        g.setFill(ink);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (double x = Math.ceil(v.minX() / step) * step; x <= v.maxX(); x += step) {
            double px = GridLines.column(v, x) + 0.5;
            if (px > 28) {
                g.fillText(tick(x, step), px, h - 3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(v.minY() / step) * step; y <= v.maxY(); y += step) {
            double py = GridLines.row(v, y) + 0.5;
            if (py < h - 18 && py > 12) {
                g.fillText(tick(y, step), 4, py);
            }
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(tick(step, step), w - 20 - step * v.scale() / 2, h - 31);
    }
}
