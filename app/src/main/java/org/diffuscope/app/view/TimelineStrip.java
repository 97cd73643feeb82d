package org.diffuscope.app.view;

import java.util.List;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.engine.SeriesPoint;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.run.Phase;

/**
 * The run's time axis under the picture, on a log scale from t-max (left) to t-min (right): a tick for every grid
 * time, the steps already taken in bold, a diamond for every corrector call, and the current time in red. Click to
 * jump to the nearest frame at that time.
 */
public final class TimelineStrip extends Region {

    private static final double PAD = 36;

    private final ExplorerViewModel vm;
    private final Canvas canvas = new Canvas();

    public TimelineStrip(ExplorerViewModel vm) {
        this.vm = vm;
        setId("timeline");
        getStyleClass().add("timeline");
        getChildren().add(canvas);
        setMinHeight(54);
        setPrefHeight(54);
        Tooltip.install(this, new Tooltip("Grid times (ticks), steps taken (bold), corrector calls (diamonds) and "
                + "the current time (red), on a log scale. Click to jump there."));
        vm.frameProperty().addListener((o, a, b) -> draw());
        vm.runInfoProperty().addListener((o, a, b) -> draw());
        canvas.setOnMouseClicked(e -> seekTo(e.getX()));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double x(double t, RunInfo info) {
        double[] times = info.times();
        double lo = Math.log(times[times.length - 1]);
        double hi = Math.log(times[0]);
        double u = hi == lo ? 0 : (hi - Math.log(t)) / (hi - lo);
        return PAD + u * (canvas.getWidth() - 2 * PAD);
    }

    private void seekTo(double px) {
        Frame f = vm.frameProperty().get();
        RunInfo info = vm.runInfoProperty().get();
        if (f == null || info == null) {
            return;
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (SeriesPoint p : f.series()) {
            double d = Math.abs(x(p.t(), info) - px);
            if (d < bestD) {
                bestD = d;
                best = p.index();
            }
        }
        if (best >= 0) {
            vm.seek(best);
        }
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        RunInfo info = vm.runInfoProperty().get();
        Frame f = vm.frameProperty().get();
        if (info == null || w < 2 * PAD + 10) {
            return;
        }
        boolean dark = getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
        Color ink = dark ? Color.gray(0.85) : Color.gray(0.25);
        Color faint = dark ? Color.gray(0.5) : Color.gray(0.65);
        double mid = h * 0.45;
        g.setStroke(faint);
        g.setLineWidth(1);
        g.strokeLine(PAD, mid, w - PAD, mid);
        double[] times = info.times();
        double now = f == null ? times[0] : f.t();
        double lastPx = Double.NaN;
        for (double t : times) {
            double px = Math.round(x(t, info)) + 0.5;
            if (px == lastPx) {
                continue; // at most one tick per pixel column: 100,000 steps draw as fast as 1,000
            }
            lastPx = px;
            boolean done = info.config().forward() ? t <= now : t >= now;
            g.setStroke(done ? ink : faint);
            g.setLineWidth(done ? 2 : 1);
            g.strokeLine(px, mid - 7, px, mid + 7);
        }
        // corrector calls, from the frames taken so far, or planned from the schedule
        g.setFill(Color.web("#2ca02c"));
        double lastDiamond = Double.NaN;
        if (f != null) {
            List<SeriesPoint> series = f.series();
            for (SeriesPoint p : series) {
                double dx = Math.round(x(p.t(), info));
                if (p.phase() == Phase.CORRECTOR && dx != lastDiamond) {
                    diamond(g, dx, mid - 13);
                    lastDiamond = dx;
                }
            }
        }
        if (info.correctorEvery() > 0) {
            g.setFill(Color.web("#2ca02c", 0.35));
            for (int i = 0; i + 1 < times.length; i++) {
                if ((i + 1) % info.correctorEvery() == 0) {
                    double t = info.correctorBeforePredictor() ? times[i] : times[i + 1];
                    double dx = Math.round(x(t, info));
                    if (t < now && dx != lastDiamond) {
                        diamond(g, dx, mid - 13);
                        lastDiamond = dx;
                    }
                }
            }
        }
        double px = x(now, info);
        g.setStroke(Color.web("#d62728"));
        g.setLineWidth(2.5);
        g.strokeLine(px, mid - 14, px, mid + 14);
        g.setFill(ink);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format(Locale.ROOT, "t-max %.3g", times[0]), 4, mid + 10);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format(Locale.ROOT, "t-min %.3g", times[times.length - 1]), w - 4, mid + 10);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(String.format(Locale.ROOT, "%d steps on the %s grid%s", times.length - 1,
                info.config().sampler().grid(), info.config().forward() ? " (noising →)" : " (sampling →)"),
                w / 2, mid + 10);
    }

    private static void diamond(GraphicsContext g, double x, double y) {
        g.fillPolygon(new double[] {x, x + 4, x, x - 4}, new double[] {y - 4, y, y + 4, y}, 4);
    }
}
