package org.diffuscope.app.view;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.DisplaySettings;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.GaussianMixture;

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
    /** Pixels per cell of the exact density grid. */
    private static final int DENSITY_CELL = 4;
    private final DensityCache density = new DensityCache(DENSITY_CELL);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.light());
    private final AnimationTimer timer;
    private final View3D view3d;

    private Viewport view;
    private DiffusedTarget fittedFor;
    private org.diffuscope.app.engine.Projection fittedProjection;
    private Frame painted;
    private final PaintWorker painter;
    private PaintWorker.Job requested;
    private boolean dirty = true;
    private java.util.function.Consumer<Viewport> onViewChanged = v -> { };
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private long frames;
    private long newFrames;
    /** Pulses ticked so far: the pulse number each painting is asked for at ({@link PaintWorker#takeSteady}). */
    private long pulses;
    private org.diffuscope.app.viewmodel.Scenario.View pendingView;
    private org.diffuscope.app.viewmodel.TargetChoice pendingFor;
    private boolean viewLocked;

    public CanvasView(ExplorerViewModel vm) {
        this(vm, new DisplaySettings(vm.engine()));
    }

    public CanvasView(ExplorerViewModel vm, DisplaySettings display) {
        this.vm = vm;
        this.painter = new PaintWorker(DENSITY_CELL);
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
            // while the picture is on screen, a run at a set rate publishes frames no faster than they are painted
            vm.engine().pacedByDisplay(b != null);
            if (b != null) {
                timer.start();
            } else {
                timer.stop();
            }
        });
    }

    /** Turns the 3D picture on W/A/S/D or Ctrl+arrows; true when the key was used (nothing in 2D). */
    boolean orbitKey(javafx.scene.input.KeyEvent e) {
        if (threeD() && view3d.key(e)) {
            dirty = true;
            return true;
        }
        return false;
    }

    private void installMouse() {
        pixels.setFocusTraversable(true);
        pixels.setOnKeyPressed(e -> {
            if (orbitKey(e)) {
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

    /** The 3D camera as a scenario keeps it, or null when the picture is 2D. */
    public org.diffuscope.app.viewmodel.Scenario.Camera savedCamera() {
        return threeD() ? view3d.savedCamera() : null;
    }

    /** Shows a scenario's 3D camera once its target's scene is on screen; null keeps the fitted default. */
    public void showCamera(org.diffuscope.app.viewmodel.Scenario.Camera c,
                           org.diffuscope.app.viewmodel.TargetChoice target) {
        view3d.showCamera(c, target);
        dirty = true;
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

    /** The 3D view's painter of frames for the exports (see {@link View3D#painter}), or null. FX thread. */
    java.util.function.Function<Frame, java.awt.image.BufferedImage> painter3d(RunInfo info, Overlays o, double k) {
        return view3d.painter(info, o, theme.get(), k);
    }

    /** The size of the 3D picture last painted, {width, height}, or null. */
    int[] size3d() {
        org.diffuscope.app.render.Camera3D c = view3d.camera();
        return c == null ? null : new int[] {c.width(), c.height()};
    }

    /** The pixel view (for tests). */
    public PixelView pixels() {
        return pixels;
    }

    /** Pictures shown so far (for tests and the frame-rate readout). */
    public long paintedFrames() {
        return frames;
    }

    /** Pictures shown so far that showed another frame than the picture before (for the benchmark). */
    public long newFramesShown() {
        return newFrames;
    }

    /**
     * Paintings finished by the paint thread so far, their total time and the paint thread's CPU time in them, in
     * nanoseconds: the mean time is what one picture costs, so 1e9 / mean is the frame rate the painter could sustain
     * whatever the stepping does; the CPU time is its own work, without the waits for a busy machine's cores.
     */
    public long[] paintTotals() {
        return painter.paintTotals();
    }

    private void tick(long now) {
        pulses++;
        // a playing run's next frame waits while the painter has not started the last one: the run then waits for a
        // painter that fell behind, rather than its steps go unpainted
        Frame f = vm.playingProperty().get() && painter.waiting() ? vm.frameProperty().get() : vm.pollFrame();
        Raster shown = pixels.raster();
        if (shown == null) {
            return;
        }
        if (f != null && f.viewDim() == 3) {
            view3d.tick(now, vm.playingProperty().get());
            Scene3D scene = view3d.scene(f, vm.runInfoProperty().get(), vm.overlaysProperty().get(), theme.get(),
                    shown.width(), shown.height());
            // a new frame, a turned camera, an exact cloud or box that arrived: each makes another scene
            if (dirty || requested == null || !scene.sameAs(requested.scene())) {
                requested = PaintWorker.Job.of(scene);
                painter.request(requested, pulses);
                dirty = false;
            }
        } else {
            request2d(f, shown);
        }
        // a playing run's pictures come at a steady delay of two pulses; a still one's (a zoom, a scrub) at once
        PaintWorker.Result r = vm.playingProperty().get() ? painter.takeSteady(pulses) : painter.take();
        if (r != null) {
            if (r.raster().width() == shown.width() && r.raster().height() == shown.height()) {
                show(r, shown);
            }
            painter.release(r.raster());
        }
    }

    /** Asks the painter for the 2D picture of frame f when anything it shows changed. */
    private void request2d(Frame f, Raster shown) {
        RunInfo info = vm.runInfoProperty().get();
        if (view == null || view.width() != shown.width() || view.height() != shown.height()) {
            view = view == null ? fitted(info, shown.width(), shown.height()) : view.resized(shown.width(), shown.height());
        }
        Overlays o = vm.overlaysProperty().get();
        boolean densityShown = f != null && info != null && o.density() && info.target().dim() == 2;
        // a mixture's grid is quick: the painter computes it for each frame; others come from the density worker
        boolean gridHere = densityShown && info.target().target() instanceof GaussianMixture;
        DensityGrid grid = densityShown && !gridHere ? density.get(info.target(), f.t(), view) : null;
        PaintWorker.Job job = new PaintWorker.Job(f, info, view, o, theme.get(), grid, gridHere);
        if (dirty || requested == null || !same(job, requested)) {
            painter.request(job, pulses);
            requested = job;
            dirty = false;
        }
    }

    /** Shows a finished picture: its pixels, then its labels on the text layer. */
    private void show(PaintWorker.Result r, Raster shown) {
        PaintWorker.Job job = r.job();
        shown.copyFrom(r.raster());
        pixels.present();
        if (job.scene() != null) {
            view3d.shown(job.scene(), r.labels());
            drawLabels3d(job.frame(), job.info(), job.theme());
        } else {
            drawLabels(job.frame(), job.info(), job.theme(), job.view());
        }
        if (job.frame() != painted) {
            newFrames++;
        }
        painted = job.frame();
        frames++;
    }

    private static boolean same(PaintWorker.Job a, PaintWorker.Job b) {
        return b.scene() == null && a.frame() == b.frame() && a.info() == b.info() && a.view().equals(b.view())
                && a.overlays() == b.overlays() && a.theme() == b.theme() && a.grid() == b.grid()
                && a.gridHere() == b.gridHere();
    }

    /**
     * Clears a fresh or resized picture until the painter's picture at the new size arrives: every picture, 2D and
     * 3D, is painted by the {@link PaintWorker} off the FX thread.
     */
    private void paint() {
        pixels.raster().fill(theme.get().background());
        dirty = true;
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
        double[] box = ViewFit.dataBox(info.target(), info.projection());
        return Viewport.fitting(box[0], box[1], box[2], box[3], w, h);
    }

    private void drawLabels(Frame f, RunInfo info, Theme th, Viewport v) {
        GraphicsContext g = labels.getGraphicsContext2D();
        double w = labels.getWidth();
        double h = labels.getHeight();
        g.clearRect(0, 0, w, h);
        if (v == null) {
            return;
        }
        Color ink = th.name().equals("dark") ? Color.gray(0.85) : Color.gray(0.2);
        CanvasText.axes(g, v, ink, labelSize(), w, h);
        CanvasText.title(g, f, info, ink, labelSize(), w);
    }

    private void drawLabels3d(Frame f, RunInfo info, Theme th) {
        GraphicsContext g = labels.getGraphicsContext2D();
        g.clearRect(0, 0, labels.getWidth(), labels.getHeight());
        Color ink = th.name().equals("dark") ? Color.gray(0.85) : Color.gray(0.2);
        view3d.drawLabels(g, ink, labelSize(), labels.getWidth(), labels.getHeight());
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
        painter.close();
        view3d.close();
    }
}
