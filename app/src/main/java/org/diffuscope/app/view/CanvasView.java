package org.diffuscope.app.view;

import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.ArrowField;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.FrameRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * The picture: particles and overlays drawn into one pixel buffer, axes and labels on a transparent canvas above
 * it. An animation timer polls the engine's newest frame and repaints only when something changed. Drag to pan,
 * scroll to zoom, click a particle to follow its trajectory, double-click to fit the view.
 */
public final class CanvasView extends StackPane {

    private final ExplorerViewModel vm;
    private final PixelView pixels = new PixelView();
    private final Canvas labels = new Canvas();
    private final DensityCache density = new DensityCache(4);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.light());
    private final AnimationTimer timer;

    private Viewport view;
    private DiffusedTarget fittedFor;
    private Frame painted;
    private Viewport paintedView;
    private DensityGrid paintedGrid;
    private boolean dirty = true;
    private java.util.function.Consumer<Viewport> onViewChanged = v -> { };
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private long frames;
    private org.diffuscope.app.viewmodel.Scenario.View pendingView;
    private org.diffuscope.app.viewmodel.TargetChoice pendingFor;
    private boolean viewLocked;

    public CanvasView(ExplorerViewModel vm) {
        this.vm = vm;
        setId("canvas-view");
        pixels.setId("canvas");
        labels.setMouseTransparent(true);
        getChildren().addAll(pixels, labels);
        setMinSize(200, 200);
        labels.widthProperty().bind(widthProperty());
        labels.heightProperty().bind(heightProperty());
        pixels.setPainter(r -> paint());
        theme.addListener((o, a, b) -> dirty = true);
        vm.overlaysProperty().addListener((o, a, b) -> dirty = true);
        vm.runInfoProperty().addListener((o, a, b) -> {
            if (b != null && !viewLocked && (fittedFor == null || !fittedFor.equals(b.target()))) {
                view = null;
            }
            dirty = true;
        });
        installMouse();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick();
            }
        };
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    private void installMouse() {
        pixels.setOnMousePressed(e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
        });
        pixels.setOnMouseDragged(e -> {
            if (view == null) {
                return;
            }
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
                dragged = true;
            }
            view = view.panned(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            dirty = true;
            onViewChanged.accept(view);
        });
        pixels.setOnMouseClicked(e -> {
            if (view == null || dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                fitView();
            } else {
                vm.highlightNearest(view.toWorldX(e.getX()), view.toWorldY(e.getY()));
            }
        });
        pixels.setOnScroll(e -> {
            if (view != null && e.getDeltaY() != 0) {
                view = view.zoomed(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
                dirty = true;
                onViewChanged.accept(view);
            }
        });
    }

    /** Zooms by factor about the centre (keyboard and menu). */
    public void zoom(double factor) {
        if (view != null) {
            view = view.zoomed(factor, view.width() / 2.0, view.height() / 2.0);
            dirty = true;
            onViewChanged.accept(view);
        }
    }

    /** Shows the world around the given view's centre at its scale (locked views of a race); null fits anew. */
    public void setViewport(Viewport v) {
        if (v == null) {
            fitView();
            return;
        }
        int w = view == null ? v.width() : view.width();
        int h = view == null ? v.height() : view.height();
        view = new Viewport(v.centerX(), v.centerY(), v.scale(), w, h);
        dirty = true;
    }

    /** Told when the user pans or zooms this view (not when {@link #setViewport} is called). */
    public void setOnViewChanged(java.util.function.Consumer<Viewport> listener) {
        this.onViewChanged = listener == null ? v -> { } : listener;
    }

    /** Fits the view to the target's data and the prior's bulk. */
    public void fitView() {
        view = null;
        dirty = true;
    }

    /**
     * Shows a scenario's view (centre and scale) once the run of its target is on screen; null fits the view to
     * the data.
     */
    public void showView(org.diffuscope.app.viewmodel.Scenario.View v, org.diffuscope.app.viewmodel.TargetChoice target) {
        pendingView = v;
        pendingFor = v == null ? null : target;
        view = null;
        dirty = true;
    }

    /** While locked, a new target keeps the view (drawing a target must not move the picture under the mouse). */
    public void lockView(boolean locked) {
        viewLocked = locked;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The current view (null before the first frame). */
    public Viewport viewport() {
        return view;
    }

    /** The pixel view (for tests). */
    public PixelView pixels() {
        return pixels;
    }

    /** Frames painted so far (for tests and the frame-rate readout). */
    public long paintedFrames() {
        return frames;
    }

    private void tick() {
        Frame f = vm.pollFrame();
        if (f != painted || dirty || view != paintedView || wantsNewGrid(f)) {
            pixels.repaint();
        }
    }

    private boolean wantsNewGrid(Frame f) {
        RunInfo info = vm.runInfoProperty().get();
        return f != null && info != null && view != null && vm.overlaysProperty().get().density()
                && info.target().dim() == 2 && density.get(info.target(), f.t(), view) != paintedGrid;
    }

    private void paint() {
        var raster = pixels.raster();
        Frame f = vm.frameProperty().get();
        RunInfo info = vm.runInfoProperty().get();
        Theme th = theme.get();
        Overlays o = vm.overlaysProperty().get();
        if (view == null || view.width() != raster.width() || view.height() != raster.height()) {
            view = view == null ? fitted(info, raster.width(), raster.height()) : view.resized(raster.width(), raster.height());
        }
        DensityGrid grid = null;
        ArrowField arrows = null;
        if (info != null && f != null && info.target().dim() == 2) {
            if (o.density()) {
                grid = density.get(info.target(), f.t(), view);
            }
            if (o.field() != Overlays.FieldKind.NONE) {
                arrows = ArrowField.compute(info.target(), f.t(), o.field(), view, 44);
            }
        }
        FrameRenderer.paint(raster, f, view, grid, arrows, o, th);
        drawLabels(f, info, th);
        painted = f;
        paintedView = view;
        paintedGrid = grid;
        dirty = false;
        frames++;
    }

    private Viewport fitted(RunInfo info, int w, int h) {
        if (info == null) {
            return Viewport.fitting(-3.5, 3.5, -3.5, 3.5, w, h);
        }
        fittedFor = info.target();
        if (pendingView != null && info.config().target().equals(pendingFor)) {
            Viewport v = new Viewport(pendingView.centerX(), pendingView.centerY(), pendingView.scale(), w, h);
            pendingView = null;
            return v;
        }
        double[] box = dataBox(info.target());
        return Viewport.fitting(box[0], box[1], box[2], box[3], w, h);
    }

    /** The box holding 99% of 2000 exact samples of p_0 (slightly noised for targets without a density), padded. */
    static double[] dataBox(DiffusedTarget dt) {
        double t = Math.max(dt.process().tMin(), 1e-3);
        Particles s = dt.sample(t, 2000, 7L);
        int d = dt.dim();
        double[] xs = new double[s.count()];
        double[] ys = new double[s.count()];
        for (int i = 0; i < s.count(); i++) {
            xs[i] = s.get(i, 0);
            ys[i] = d > 1 ? s.get(i, 1) : 0.0;
        }
        java.util.Arrays.sort(xs);
        java.util.Arrays.sort(ys);
        int lo = (int) (0.005 * (xs.length - 1));
        int hi = (int) (0.995 * (xs.length - 1));
        double x0 = Math.min(xs[lo], -2.5);
        double x1 = Math.max(xs[hi], 2.5);
        double y0 = Math.min(ys[lo], -2.5);
        double y1 = Math.max(ys[hi], 2.5);
        double px = 0.12 * (x1 - x0);
        double py = 0.12 * (y1 - y0);
        return new double[] {x0 - px, x1 + px, y0 - py, y1 + py};
    }

    private void drawLabels(Frame f, RunInfo info, Theme th) {
        GraphicsContext g = labels.getGraphicsContext2D();
        double w = labels.getWidth();
        double h = labels.getHeight();
        g.clearRect(0, 0, w, h);
        if (view == null) {
            return;
        }
        Color ink = th.name().equals("dark") ? Color.gray(0.85) : Color.gray(0.2);
        Color faint = th.name().equals("dark") ? Color.gray(1, 0.18) : Color.gray(0, 0.12);
        double step = niceStep((view.maxX() - view.minX()) / 8);
        g.setFont(Font.font(labelSize()));
        g.setLineWidth(1);
        // grid lines and tick labels along the bottom and left edges
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (double x = Math.ceil(view.minX() / step) * step; x <= view.maxX(); x += step) {
            double px = Math.round(view.toPixelX(x)) + 0.5;
            g.setStroke(Math.abs(x) < step * 1e-6 ? ink.deriveColor(0, 1, 1, 0.45) : faint);
            g.strokeLine(px, 0, px, h);
            g.setFill(ink);
            if (px > 28) {
                g.fillText(tick(x, step), px, h - 3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(view.minY() / step) * step; y <= view.maxY(); y += step) {
            double py = Math.round(view.toPixelY(y)) + 0.5;
            g.setStroke(Math.abs(y) < step * 1e-6 ? ink.deriveColor(0, 1, 1, 0.45) : faint);
            g.strokeLine(0, py, w, py);
            g.setFill(ink);
            if (py < h - 18 && py > 12) {
                g.fillText(tick(y, step), 4, py);
            }
        }
        // a scale bar of one tick step, bottom right
        double bar = step * view.scale();
        g.setStroke(ink);
        g.setLineWidth(2);
        g.strokeLine(w - 20 - bar, h - 24, w - 20, h - 24);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(tick(step, step), w - 20 - bar / 2, h - 28);
        if (f != null && info != null) {
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            g.setFont(Font.font(labelSize() * (w < 500 ? 1.0 : 1.3)));
            String phase = f.phase().label();
            g.fillText(String.format(Locale.ROOT, "t = %.4g  (%s)", f.t(), phase), w - 12, 10);
            if (info.target().dim() != 2) {
                g.setFont(Font.font(labelSize()));
                g.fillText("dimension " + info.target().dim() + ": showing " + info.projection().description()
                        + (info.target().dim() != 2 ? " (density overlay needs d = 2)" : ""), w - 12, 34);
            }
        }
    }

    private double labelSize() {
        Font f = Font.getDefault();
        return getScene() != null && getScene().getRoot().getStyleClass().contains("presentation") ? 18 : f.getSize();
    }

    /** 1, 2 or 5 times a power of ten, at least raw. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
    }

    private static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Stops the timer and the density worker. */
    public void dispose() {
        timer.stop();
        density.close();
    }
}
