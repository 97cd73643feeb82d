package org.diffuscope.app.view;

import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;

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
}
