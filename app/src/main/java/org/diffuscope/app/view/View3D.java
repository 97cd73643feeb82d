package org.diffuscope.app.view;

import java.util.Arrays;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.Projection;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.Camera3D;
import org.diffuscope.app.render.Frame3DRenderer;
import org.diffuscope.app.render.MarginalPanels;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Projector3D;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.viewmodel.DisplaySettings;
import org.diffuscope.app.viewmodel.Scenario;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * The 3D mode of the picture (frames with 3 display coordinates): an orbiting camera (drag to orbit, shift- or
 * middle-drag to pan, scroll to zoom, W/A/S/D wherever the focus is but in a text field, Ctrl+arrows when the picture
 * has focus), auto-rotation while playing, the axes box fitted to exact samples of p_0 in display coordinates, and the
 * exact p_t as a cloud of exact samples. It keeps the camera and the fitted scene and hands each picture's state over
 * as a {@link Scene3D}, painted off the FX thread ({@link Scene3DPainter} on the paint thread). FX thread only.
 */
final class View3D implements AutoCloseable {

    /** Radians per dragged pixel. */
    static final double ORBIT_PER_PIXEL = 0.008;
    /** Radians per key press. */
    static final double ORBIT_PER_KEY = Math.toRadians(5);
    /** Auto-rotation speed, radians per second. */
    static final double AUTO_ROTATE = 0.35;
    /** A click follows a particle drawn at most this far away (a click on empty space follows none). */
    static final double PICK_PIXELS = 16;

    /** The controls, most useful first: the hint drops words from the end until it fits the picture's width. */
    private static final String[] HINTS = {
        "drag: orbit · shift-drag: pan · scroll: zoom · W/A/S/D · click: follow · double-click: reset",
        "drag: orbit · shift-drag: pan · scroll: zoom · double-click: reset",
        "drag: orbit · shift-drag: pan · scroll: zoom",
        "drag: orbit",
    };

    /** What the box and camera were fitted for: the target choice and the projection. */
    private record Fit(TargetChoice target, Projection projection, boolean fromSamples) {
    }

    private final DisplaySettings display;
    /** Projects the shown frame again to find the particle under a click (the painter's own is on its thread). */
    private final Projector3D picker = new Projector3D();
    private final ExactCloudCache cloud = new ExactCloudCache();
    private final ExactCloudCache boxSamples = new ExactCloudCache();
    private Camera3D camera;
    /** The camera fitted to the scene's box from the default angle, before the user moved it. */
    private Camera3D fitted;
    /** A scenario's camera, shown once the scene of its target has been fitted to exact samples. */
    private Scenario.Camera pending;
    private TargetChoice pendingFor;
    private AxesBox3D box;
    private Fit fit;
    private boolean touched;
    /** The scene on screen and its labels. */
    private Scene3D shown;
    private List<AxesBox3D.Label> labels = List.of();
    private long lastTick;

    View3D(DisplaySettings display) {
        this.display = display;
    }

    /** True when the box and camera have been fitted to exact samples for the run's target and projection. */
    boolean fitted() {
        return fit != null && fit.fromSamples();
    }

    /** The camera (null before the first 3D paint). */
    Camera3D camera() {
        return camera;
    }

    /**
     * The picture to paint now at w x h: fits the box and camera when the scene changed (and the box's exact samples
     * have arrived), applies a scenario's camera, and takes the exact cloud of the frame's time if drawn yet (a
     * later scene carries it when it arrives).
     */
    Scene3D scene(Frame f, RunInfo runInfo, Overlays o, Theme theme, int w, int h) {
        // the status with the new projection may arrive a moment after its first frame
        RunInfo info = runInfo != null && runInfo.projection().viewDim() == 3 ? runInfo : null;
        refit(info, w, h);
        if (pending != null && fit != null && fit.fromSamples() && fit.target().equals(pendingFor)) {
            camera = new Camera3D(Math.toRadians(pending.yawDegrees()), Math.toRadians(pending.pitchDegrees()),
                    fitted.scale(), fitted.distance(), fitted.cx(), fitted.cy(), fitted.cz(), fitted.panX(),
                    fitted.panY(), fitted.width(), fitted.height()).zoomed(pending.zoom());
            touched = true;
            pending = null;
        }
        if (camera.width() != w || camera.height() != h) {
            resize(w, h);
        }
        Frame3DRenderer.Exact exact = null;
        if (info != null && f != null && o.density()) {
            exact = cloud.get(info.target(), info.projection(), f.t());
        }
        return new Scene3D(f, info, camera, box, display.axesBoxProperty().get(), display.marginalsProperty().get(),
                exact, o, theme);
    }

    /** The scene now on screen and the labels its painting returned (for the text layer and clicks). */
    void shown(Scene3D scene, List<AxesBox3D.Label> sceneLabels) {
        shown = scene;
        labels = sceneLabels;
    }

    /**
     * Fits the box (and the camera, unless the user moved it) to exact samples of p_0 in display coordinates when
     * the target or the projection changed; a default box until the samples arrive.
     */
    private void refit(RunInfo info, int w, int h) {
        if (info == null) {
            if (camera == null) {
                fitCamera(new double[][] {{-3, -3, -3}, {3, 3, 3}}, new String[] {"x0", "x1", "x2"}, w, h, true);
            }
            return;
        }
        Projection p = info.projection();
        TargetChoice t = info.config().target();
        boolean sameScene = camera != null && fit != null && fit.target().equals(t) && fit.projection().equals(p);
        if (sameScene && fit.fromSamples()) {
            return;
        }
        Frame3DRenderer.Exact s = boxSamples.get(info.target(), p, boxTime(info.target()));
        if (sameScene && s == null) {
            return;
        }
        double[][] b = s == null ? new double[][] {{-3, -3, -3}, {3, 3, 3}} : dataBox(s);
        String[] names = {p.axisName(0), p.axisName(1), p.axisName(2)};
        if (!sameScene) {
            touched = false;
        }
        fitCamera(b, names, w, h, !sameScene);
        fit = new Fit(t, p, s != null);
    }

    /**
     * A new box; the camera fitted to it (from the default angle when fresh) left of the marginal panels, unless
     * the user has moved it.
     */
    private void fitCamera(double[][] b, String[] names, int w, int h, boolean fresh) {
        box = AxesBox3D.around(b[0], b[1], names);
        Camera3D f = fittedAt(w, h);
        double yaw = fresh || camera == null ? f.yaw() : camera.yaw();
        double pitch = fresh || camera == null ? f.pitch() : camera.pitch();
        fitted = f;
        if (fresh || camera == null || !touched) {
            camera = new Camera3D(yaw, pitch, f.scale(), f.distance(), f.cx(), f.cy(), f.cz(), f.panX(), f.panY(), w,
                    h);
        }
    }

    /** The camera fitted to the box at w x h from the default angle, left of the marginal panels' room. */
    private Camera3D fittedAt(int w, int h) {
        int reserve = display.marginalsProperty().get() ? Math.min(w / 2, MarginalPanels.side(w, h) + 24) : 0;
        Camera3D f = Camera3D.fitting(box.lo(), box.hi(), w - reserve, h);
        return new Camera3D(f.yaw(), f.pitch(), f.scale(), f.distance(), f.cx(), f.cy(), f.cz(), -0.5 * reserve, 0,
                w, h);
    }

    /**
     * A new size of the picture: the scene keeps its framing, larger or smaller with the pane. The camera keeps its
     * angles, its zoom and pan against the camera fitted to the new size (computed from the box, so shrinking the
     * window to nothing and back loses nothing).
     */
    private void resize(int w, int h) {
        Camera3D before = fitted;
        Camera3D after = fittedAt(w, h);
        double r = after.scale() / before.scale();
        fitted = after;
        if (!(r > 0 && r < Double.POSITIVE_INFINITY)) {
            // a pane collapsed to nothing on the way: keep the framing for the next real size
            camera = camera.resized(w, h);
            return;
        }
        camera = new Camera3D(camera.yaw(), camera.pitch(), camera.scale() * r, camera.distance(), camera.cx(),
                camera.cy(), camera.cz(), after.panX() + (camera.panX() - before.panX()) * r,
                after.panY() + (camera.panY() - before.panY()) * r, w, h);
    }

    private static double boxTime(DiffusedTarget dt) {
        return Math.max(dt.process().tMin(), 1e-3);
    }

    /** Per display axis, the 0.5% and 99.5% quantiles of the samples, widened to at least [-2.5, 2.5], padded 5%. */
    static double[][] dataBox(Frame3DRenderer.Exact s) {
        double[] lo = new double[3];
        double[] hi = new double[3];
        float[] v = new float[s.count()];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < s.count(); i++) {
                v[i] = s.points()[3 * i + k];
            }
            Arrays.sort(v);
            double a = Math.min(v[(int) (0.005 * (v.length - 1))], -2.5);
            double b = Math.max(v[(int) (0.995 * (v.length - 1))], 2.5);
            lo[k] = a - 0.05 * (b - a);
            hi[k] = b + 0.05 * (b - a);
        }
        return new double[][] {lo, hi};
    }

    /** Back to the fitted camera at the default angle. */
    void resetCamera() {
        camera = null;
        fit = null;
        touched = false;
    }

    /**
     * The camera as a scenario keeps it: its angles, and its zoom against the camera fitted to the scene; null before
     * the first 3D picture.
     */
    Scenario.Camera savedCamera() {
        if (camera == null || fitted == null) {
            return null;
        }
        double zoom = Math.max(1 / Scenario.Camera.MAX_ZOOM, Math.min(Scenario.Camera.MAX_ZOOM,
                camera.scale() / fitted.scale()));
        return new Scenario.Camera(Math.toDegrees(Math.IEEEremainder(camera.yaw(), 2 * Math.PI)),
                Math.toDegrees(camera.pitch()), zoom);
    }

    /** Shows a scenario's camera (null: the fitted default) once the scene of target is fitted. */
    void showCamera(Scenario.Camera c, TargetChoice target) {
        pending = c;
        pendingFor = c == null ? null : target;
    }

    void orbit(double dYaw, double dPitch) {
        if (camera != null) {
            camera = camera.orbited(dYaw, dPitch);
            touched = true;
        }
    }

    void pan(double dx, double dy) {
        if (camera != null) {
            camera = camera.panned(dx, dy);
            touched = true;
        }
    }

    void zoom(double factor) {
        if (camera != null) {
            camera = camera.zoomed(factor);
            touched = true;
        }
    }

    /** Turns the view while playing (with auto-rotate on); true when the camera moved. */
    boolean tick(long now, boolean playing) {
        long last = lastTick;
        lastTick = now;
        if (!playing || !display.autoRotateProperty().get() || camera == null || last == 0) {
            return false;
        }
        double dt = Math.min(0.1, (now - last) * 1e-9);
        camera = camera.orbited(AUTO_ROTATE * dt, 0);
        return dt > 0;
    }

    /** The particle drawn nearest to the pixel in the frame on screen, within {@link #PICK_PIXELS}, or -1. */
    int nearest(double x, double y) {
        if (shown == null || shown.frame() == null || shown.frame().points() == null
                || shown.frame().viewDim() != 3) {
            return -1;
        }
        // the same projection as the painting's (Frame3DRenderer projects the particles the same way)
        picker.project(shown.camera(), shown.frame().points(), shown.frame().count(), 3);
        return picker.nearest(x, y, PICK_PIXELS);
    }

    /**
     * Pictures of this run's frames as the view would show them now (same camera, box, panels and overlays), at k
     * times the size of the last painting, labels and time included: for the picture and animation exports. The
     * view's state is taken now (FX thread); the pictures are painted wherever the function is called, one call at a
     * time, each with the exact cloud and the score arrows of its own frame's time and a painter of its own. Null
     * before the first 3D painting.
     */
    java.util.function.Function<Frame, java.awt.image.BufferedImage> painter(RunInfo runInfo, Overlays o, Theme theme,
                                                                           double k) {
        if (camera == null || box == null || runInfo == null || runInfo.projection().viewDim() != 3) {
            return null;
        }
        int w = (int) Math.round(camera.width() * k);
        int h = (int) Math.round(camera.height() * k);
        Camera3D cam = camera.zoomed(k).resized(w, h);
        AxesBox3D fitBox = box;
        boolean showBox = display.axesBoxProperty().get();
        boolean panels = display.marginalsProperty().get();
        Overlays sized = PictureExport.sized(o, k);
        Scene3DPainter painter = new Scene3DPainter(k);
        return f -> {
            Raster r = new Raster(w, h);
            Frame3DRenderer.Exact exact = o.density()
                    ? ExactCloudCache.draw(runInfo.target(), runInfo.projection(), f.t()) : null;
            List<AxesBox3D.Label> ls = painter.paint(r,
                    new Scene3D(f, runInfo, cam, fitBox, showBox, panels, exact, sized, theme));
            java.awt.image.BufferedImage img = org.diffuscope.app.io.Images.fromArgb(r.pixels(), w, h);
            PictureExport.drawLabels3d(img, ls, f, theme, k);
            return img;
        };
    }

    /** Orbits on W/A/S/D or Ctrl+arrows; true when the key was used. */
    boolean key(KeyEvent e) {
        KeyCode c = e.getCode();
        boolean arrows = e.isShortcutDown() || e.isControlDown();
        boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        if ((plain && c == KeyCode.A) || (arrows && c == KeyCode.LEFT)) {
            orbit(-ORBIT_PER_KEY, 0);
        } else if ((plain && c == KeyCode.D) || (arrows && c == KeyCode.RIGHT)) {
            orbit(ORBIT_PER_KEY, 0);
        } else if ((plain && c == KeyCode.W) || (arrows && c == KeyCode.UP)) {
            orbit(0, ORBIT_PER_KEY);
        } else if ((plain && c == KeyCode.S) || (arrows && c == KeyCode.DOWN)) {
            orbit(0, -ORBIT_PER_KEY);
        } else {
            return false;
        }
        return true;
    }

    /** Tick values, axis names and panel titles on the text layer. */
    void drawLabels(GraphicsContext g, Color ink, double size, double width, double height) {
        g.setFill(ink);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (AxesBox3D.Label l : labels) {
            g.setFont(l.title() ? Font.font(null, FontWeight.BOLD, size * 1.15) : Font.font(size * 0.9));
            g.fillText(l.text(), l.x(), l.y());
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        Font font = Font.font(size * 0.9);
        g.setFont(font);
        g.fillText(hint(font, width - 16), 8, height - 6);
    }

    /** The longest hint that fits the width (the shortest when none does). */
    static String hint(Font font, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        for (String h : HINTS) {
            probe.setText(h);
            if (probe.getLayoutBounds().getWidth() <= width) {
                return h;
            }
        }
        return HINTS[HINTS.length - 1];
    }

    @Override
    public void close() {
        cloud.close();
        boxSamples.close();
    }
}
