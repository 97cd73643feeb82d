package org.diffuscope.app.view;

import java.util.Arrays;
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
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.run.Phase;

/**
 * The run's time axis under the picture, on a log scale from t-max (left) to t-min (right): a tick for every grid
 * time, the steps already taken in bold, a diamond for every corrector call, and the current time in red. Click to
 * jump to the nearest frame at that time.
 */
public final class TimelineStrip extends Region {

    private static final double PAD = 36;

    /** Opaque greys of the ticks (light theme, dark theme), the current time's red, the corrector calls' green. */
    static final int INK_LIGHT = 0xFF404040;
    static final int INK_DARK = 0xFFD9D9D9;
    static final int FAINT_LIGHT = 0xFFA6A6A6;
    static final int FAINT_DARK = 0xFF808080;
    static final int NOW = 0xFFD62728;
    static final int CORRECTOR = 0xFF2CA02C;
    /** The corrector's green at 35 % opacity, premultiplied (the pixels show through the strip's background). */
    static final int PLANNED = 0x590F380F;

    private final ExplorerViewModel vm;
    private final PixelView pixels = new PixelView();
    private final Canvas canvas = new Canvas();
    private List<Object> textFor;
    private RunInfo columnsFor;
    private double columnsWidth;
    private int[] columns;

    public TimelineStrip(ExplorerViewModel vm) {
        this.vm = vm;
        setId("timeline");
        getStyleClass().add("timeline");
        pixels.setMinSize(0, 0);
        pixels.setPrefSize(1, 1);
        pixels.setMouseTransparent(true);
        getChildren().addAll(pixels, canvas);
        pixels.setPainter(this::paintMarks);
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
        pixels.resizeRelocate(0, 0, getWidth(), getHeight());
        // a layout pass runs at every frame while playing (the labels around change): the frame's listener has
        // drawn it already, so only a new size, run or theme draws here
        if (!textKey().equals(textFor)) {
            draw();
        }
    }

    /** What the words (and the tick positions) depend on: the run, the size and the theme. */
    private List<Object> textKey() {
        return Arrays.asList(vm.runInfoProperty().get(), canvas.getWidth(), canvas.getHeight(), dark());
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
        pixels.repaint();
        RunInfo info = vm.runInfoProperty().get();
        boolean dark = dark();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        // the words change with the run, the size and the theme only: drawn again then, not at every frame
        List<Object> key = textKey();
        if (key.equals(textFor)) {
            return;
        }
        textFor = key;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (info == null || w < 2 * PAD + 10) {
            return;
        }
        double[] times = info.times();
        double mid = h * 0.45;
        g.setFill(dark ? Color.gray(0.85) : Color.gray(0.25));
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        String start = String.format(Locale.ROOT, "t-max %.3g", times[0]);
        String end = String.format(Locale.ROOT, "t-min %.3g", times[times.length - 1]);
        g.fillText(start, 4, mid + 10);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(end, w - 4, mid + 10);
        g.setTextAlign(TextAlignment.CENTER);
        int steps = times.length - 1;
        String grid = info.config().sampler().grid();
        String[] captions = {
            String.format(Locale.ROOT, "%d steps on the %s grid%s", steps, grid,
                    info.config().forward() ? " (noising →)" : " (sampling →)"),
            String.format(Locale.ROOT, "%d steps on the %s grid", steps, grid),
            String.format(Locale.ROOT, "%d steps", steps),
        };
        // centred between the end labels: the longest caption that stays clear of both, none when none does
        double room = w - 2 * (Math.max(width(start, g.getFont()), width(end, g.getFont())) + 4 + 12);
        String c = caption(captions, room, g.getFont());
        if (c != null) {
            g.fillText(c, w / 2, mid + 10);
        }
    }

    /** The first (longest) caption at most room pixels wide in this font, or null. FX thread. */
    static String caption(String[] captions, double room, Font font) {
        for (String c : captions) {
            if (width(c, font) <= room) {
                return c;
            }
        }
        return null;
    }

    static double width(String s, Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private boolean dark() {
        return getScene() != null && getScene().getRoot().getStyleClass().contains("dark");
    }

    /**
     * The marks, as pixels (a thousand ticks drawn as canvas strokes cost the FX renderer a few milliseconds at every
     * frame): the axis, a tick per grid time (at most one per pixel column), the steps taken in bold, the corrector
     * calls and the current time.
     */
    private void paintMarks(Raster r) {
        r.fill(0);
        RunInfo info = vm.runInfoProperty().get();
        Frame f = vm.frameProperty().get();
        int w = r.width();
        if (info == null || w < 2 * PAD + 10) {
            return;
        }
        boolean dark = dark();
        int ink = dark ? INK_DARK : INK_LIGHT;
        int faint = dark ? FAINT_DARK : FAINT_LIGHT;
        int mid = (int) (r.height() * 0.45);
        r.fillRect((int) PAD, mid, (int) (w - PAD), mid + 1, faint);
        double[] times = info.times();
        double now = f == null ? times[0] : f.t();
        int[] columns = tickColumns(info);
        int lastPx = Integer.MIN_VALUE;
        for (int i = 0; i < times.length; i++) {
            int px = columns[i];
            if (px == lastPx) {
                continue; // at most one tick per pixel column: 100,000 steps draw as fast as 1,000
            }
            lastPx = px;
            double t = times[i];
            boolean done = info.config().forward() ? t <= now : t >= now;
            r.fillRect(px, mid - 7, px + (done ? 2 : 1), mid + 8, done ? ink : faint);
        }
        // corrector calls, from the frames taken so far, or planned from the schedule
        long lastDiamond = Long.MIN_VALUE;
        if (f != null) {
            for (SeriesPoint p : f.series()) {
                if (p.phase() != Phase.CORRECTOR) {
                    continue;
                }
                long dx = Math.round(x(p.t(), info));
                if (dx != lastDiamond) {
                    diamond(r, (int) dx, mid - 13, CORRECTOR);
                    lastDiamond = dx;
                }
            }
        }
        if (info.correctorEvery() > 0) {
            for (int i = 0; i + 1 < times.length; i++) {
                if ((i + 1) % info.correctorEvery() == 0) {
                    double t = info.correctorBeforePredictor() ? times[i] : times[i + 1];
                    long dx = Math.round(x(t, info));
                    if (t < now && dx != lastDiamond) {
                        diamond(r, (int) dx, mid - 13, PLANNED);
                        lastDiamond = dx;
                    }
                }
            }
        }
        int px = (int) Math.round(x(now, info));
        r.fillRect(px - 1, mid - 14, px + 2, mid + 15, NOW);
    }

    /** The pixel column of every grid time (kept while the run and the width stay: a log per time per frame). */
    private int[] tickColumns(RunInfo info) {
        double w = canvas.getWidth();
        if (info != columnsFor || w != columnsWidth) {
            double[] times = info.times();
            columns = new int[times.length];
            for (int i = 0; i < times.length; i++) {
                columns[i] = (int) Math.round(x(times[i], info));
            }
            columnsFor = info;
            columnsWidth = w;
        }
        return columns;
    }

    /** The marks as last painted (for tests). */
    Raster marks() {
        return pixels.raster();
    }

    /** A filled diamond of radius 4 around (x, y). */
    private static void diamond(Raster r, int x, int y, int argb) {
        for (int dy = -4; dy <= 4; dy++) {
            int half = 4 - Math.abs(dy);
            r.fillRect(x - half, y + dy, x + half + 1, y + dy + 1, argb);
        }
    }
}
