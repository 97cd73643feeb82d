package org.diffuscope.app.view;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.DisplaySettings;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * The picture: particles and overlays drawn into one pixel buffer, axes and labels on a transparent canvas above
 * it. An animation timer polls the engine's newest frame and repaints only when something changed. Drag to pan,
 * scroll to zoom, click a particle to follow its trajectory, double-click to fit the view. Frames with 3 display
 * coordinates are shown in 3D ({@link View3D}: drag orbits, shift- or middle-drag pans).
 */
public final class CanvasView extends StackPane {

    private final ExplorerViewModel vm;
    private final PixelView pixels = new PixelView();
    private final Canvas labels = new Canvas();
    private final DensityCache density = new DensityCache(4);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.light());
    private final AnimationTimer timer;
    private final View3D view3d;

    private Viewport view;
    private Raster back;
    private DiffusedTarget fittedFor;
    private org.diffuscope.app.engine.Projection fittedProjection;
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
        this(vm, new DisplaySettings(vm.engine()));
    }

    public CanvasView(ExplorerViewModel vm, DisplaySettings display) {
        this.vm = vm;
        this.view3d = new View3D(display);
        display.axesBoxProperty().addListener((o, a, b) -> dirty = true);
        display.marginalsProperty().addListener((o, a, b) -> dirty = true);
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
            if (b != null && !viewLocked && (fittedFor == null || !fittedFor.equals(b.target())
                    || !b.projection().equals(fittedProjection))) {
                view = null;
            }
            dirty = true;
        });
        installMouse();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
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
        pixels.setFocusTraversable(true);
        pixels.setOnKeyPressed(e -> {
            if (threeD() && view3d.key(e)) {
                dirty = true;
                e.consume();
            }
        });
        pixels.setOnMousePressed(e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragged = false;
            pixels.requestFocus();
        });
        pixels.setOnMouseDragged(e -> {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
                dragged = true;
            }
            if (threeD()) {
                drag3d(e);
                return;
            }
            if (view == null) {
                return;
            }
            view = view.panned(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            dirty = true;
            onViewChanged.accept(view);
        });
        pixels.setOnMouseClicked(e -> {
            if (threeD() && !dragged && e.getButton() == MouseButton.PRIMARY) {
                click3d(e);
                return;
            }
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
            if (threeD() && e.getDeltaY() != 0) {
                view3d.zoom(Math.pow(1.0015, e.getDeltaY()));
                dirty = true;
            } else if (view != null && e.getDeltaY() != 0) {
                view = view.zoomed(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
                dirty = true;
                onViewChanged.accept(view);
            }
        });
    }

    /** Orbits (plain or primary drag) or pans (shift or middle drag) the 3D camera. */
    private void drag3d(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (e.isShiftDown() || e.getButton() == MouseButton.MIDDLE || e.isMiddleButtonDown()) {
            view3d.pan(dx, dy);
        } else {
            view3d.orbit(dx * View3D.ORBIT_PER_PIXEL, dy * View3D.ORBIT_PER_PIXEL);
        }
        dirty = true;
    }

    /** Follows the particle drawn nearest to the click; a double click resets the camera. */
    private void click3d(MouseEvent e) {
        if (e.getClickCount() == 2) {
            view3d.resetCamera();
            dirty = true;
            return;
        }
        int i = view3d.nearest(e.getX(), e.getY());
        if (i >= 0) {
            vm.engine().follow(i);
        }
    }

    /** True when the frame on display has 3 display coordinates (the 3D view). */
    public boolean threeD() {
        Frame f = vm.frameProperty().get();
        return f != null && f.viewDim() == 3;
    }

    /** The 3D camera (null before the first 3D paint; for tests and the benchmark). */
    public org.diffuscope.app.render.Camera3D camera() {
        return view3d.camera();
    }

    /** Turns the 3D camera (keyboard, menu, benchmarks); nothing in 2D. */
    void orbit(double dYaw, double dPitch) {
        if (threeD()) {
            view3d.orbit(dYaw, dPitch);
            dirty = true;
        }
    }

    /** True when the 3D box and camera are fitted to exact samples of the run's target (for tests). */
    boolean sceneFitted() {
        return view3d.fitted();
    }

    /** Zooms by factor about the centre (keyboard and menu). */
    public void zoom(double factor) {
        if (threeD()) {
            view3d.zoom(factor);
            dirty = true;
        } else if (view != null) {
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

    /** Fits the view to the target's data and the prior's bulk (in 3D: the camera back to its default angle). */
    public void fitView() {
        view = null;
        view3d.resetCamera();
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

    private void tick(long now) {
        Frame f = vm.pollFrame();
        boolean three = f != null && f.viewDim() == 3;
        if (three && view3d.tick(now, vm.playingProperty().get())) {
            dirty = true;
        }
        if (three && view3d.wantsRepaint(f, vm.runInfoProperty().get(), vm.overlaysProperty().get())) {
            dirty = true;
        }
        if (f != painted || dirty || view != paintedView || wantsNewGrid(f)) {
            pixels.repaint();
        }
    }

    private boolean wantsNewGrid(Frame f) {
        RunInfo info = vm.runInfoProperty().get();
        return f != null && info != null && view != null && vm.overlaysProperty().get().density()
                && info.target().dim() == 2 && density.get(info.target(), f.t(), view) != paintedGrid;
    }

    /**
     * Paints into a back raster and copies it to the shown one: the renderer thread may upload the shown pixels
     * while the next frame is painted, and a copy is short enough that a frame in progress never shows.
     */
    private void paint() {
        Raster shown = pixels.raster();
        if (back == null || back.width() != shown.width() || back.height() != shown.height()) {
            back = new Raster(shown.width(), shown.height());
        }
        paintInto(back);
        shown.copyFrom(back);
    }

    private void paintInto(Raster raster) {
        Frame f = vm.frameProperty().get();
        RunInfo info = vm.runInfoProperty().get();
        Theme th = theme.get();
        Overlays o = vm.overlaysProperty().get();
        if (f != null && f.viewDim() == 3) {
            view3d.paint(raster, f, info, o, th);
            drawLabels3d(f, info, th);
            painted = f;
            paintedView = view;
            dirty = false;
            frames++;
            return;
        }
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
        fittedProjection = info.projection();
        if (pendingView != null && info.config().target().equals(pendingFor)) {
            Viewport v = new Viewport(pendingView.centerX(), pendingView.centerY(), pendingView.scale(), w, h);
            pendingView = null;
            return v;
        }
        double[] box = dataBox(info.target(), info.projection());
        return Viewport.fitting(box[0], box[1], box[2], box[3], w, h);
    }

    /**
     * The box holding 99% of 2000 exact samples of p_0 (slightly noised for targets without a density) in display
     * coordinates, padded.
     */
    static double[] dataBox(DiffusedTarget dt, org.diffuscope.app.engine.Projection projection) {
        double t = Math.max(dt.process().tMin(), 1e-3);
        Particles s = dt.sample(t, 2000, 7L);
        float[] shown = new float[s.count() * projection.viewDim()];
        projection.project(s.data(), s.count(), shown);
        int k = projection.viewDim();
        double[] xs = new double[s.count()];
        double[] ys = new double[s.count()];
        for (int i = 0; i < s.count(); i++) {
            xs[i] = shown[i * k];
            ys[i] = shown[i * k + 1];
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
        double step = CanvasText.niceStep((view.maxX() - view.minX()) / 8);
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
                g.fillText(CanvasText.tick(x, step), px, h - 3);
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
                g.fillText(CanvasText.tick(y, step), 4, py);
            }
        }
        // a scale bar of one tick step, bottom right
        double bar = step * view.scale();
        g.setStroke(ink);
        g.setLineWidth(2);
        g.strokeLine(w - 20 - bar, h - 24, w - 20, h - 24);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(CanvasText.tick(step, step), w - 20 - bar / 2, h - 28);
        CanvasText.title(g, f, info, ink, labelSize(), w);
    }

    private void drawLabels3d(Frame f, RunInfo info, Theme th) {
        GraphicsContext g = labels.getGraphicsContext2D();
        g.clearRect(0, 0, labels.getWidth(), labels.getHeight());
        Color ink = th.name().equals("dark") ? Color.gray(0.85) : Color.gray(0.2);
        view3d.drawLabels(g, ink, labelSize(), labels.getHeight());
        CanvasText.title(g, f, info, ink, labelSize(), labels.getWidth());
    }

    private double labelSize() {
        Font f = Font.getDefault();
        return getScene() != null && getScene().getRoot().getStyleClass().contains("presentation") ? 18 : f.getSize();
    }

    /** Stops the timer and the density worker. */
    public void dispose() {
        timer.stop();
        density.close();
        view3d.close();
    }
}
