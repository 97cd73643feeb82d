package org.diffuscope.app.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.LineChart;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.Projection;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.io.AnimatedGif;
import org.diffuscope.app.io.AtomicFiles;
import org.diffuscope.app.io.FramesCsv;
import org.diffuscope.app.io.Images;
import org.diffuscope.app.io.PointsCsv;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.particles.Particles;

/**
 * Exports of what is on screen: the picture as PNG (at the screen's size or larger, re-rendered), the run as an
 * animated GIF, the particles, trajectories and metrics as CSV, every metric chart as PNG. Pictures and files are
 * made on a background thread and written atomically; the result is reported in the window. Charts are written
 * from a JavaFX snapshot's pixels through javax.imageio, which needs no javafx-swing.
 */
final class ExportActions implements AutoCloseable {

    /** The longest side of an animation frame in pixels (GIF files stay a few megabytes). */
    static final int GIF_SIZE = 640;
    /** The most frames of an animation. */
    static final int GIF_FRAMES = 240;
    /** Trajectories exported for this many particles (the first ones; the prior is i.i.d.). */
    static final int TRAJECTORY_PARTICLES = 100;

    private final ExplorerWindow window;
    private final ExplorerViewModel vm;
    private final DocumentActions documents;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diffuscope-export");
        t.setDaemon(true);
        return t;
    });

    /** A piece of export work that may fail with an I/O error. */
    @FunctionalInterface
    interface Job {
        String run() throws IOException;
    }

    ExportActions(ExplorerWindow window, ExplorerViewModel vm, DocumentActions documents) {
        this.window = window;
        this.vm = vm;
        this.documents = documents;
    }

    private Optional<Path> ask(String title, String name, String description, String extension) {
        return documents.saveDialogs().choose(title, name, description, extension);
    }

    /** Runs the job off the FX thread and reports its message or its failure in the window. */
    void submit(Job job) {
        worker.submit(() -> {
            try {
                String done = job.run();
                Platform.runLater(() -> window.inform(done));
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                String m = e instanceof OutOfMemoryError ? "out of memory: choose a smaller size" : e.getMessage();
                Platform.runLater(() -> documents.fail("The export failed", m == null ? e.toString() : m));
            }
        });
    }

    /** The picture at k times the view's size (the 2D view, or the 3D view from its camera). */
    void picture(double k) {
        Frame f = vm.frameProperty().get();
        RunInfo info = vm.runInfoProperty().get();
        if (f != null && f.viewDim() == 3) {
            picture3d(f, info, k);
            return;
        }
        Viewport v = window.canvas().viewport();
        if (f == null || v == null) {
            documents.fail("Nothing to export yet", "wait for the first frame");
            return;
        }
        Overlays o = vm.overlaysProperty().get();
        Theme theme = window.canvas().themeProperty().get();
        ask("Save the picture", pictureName(f, k), "PNG pictures", "png")
                .ifPresent(p -> submit(() -> writePicture(p, f, info, PictureExport.scaled(v, k), o, theme, k)));
    }

    private void picture3d(Frame f, RunInfo info, double k) {
        Overlays o = vm.overlaysProperty().get();
        ask("Save the picture", pictureName(f, k), "PNG pictures", "png")
                .ifPresent(p -> {
                    var painter = window.canvas().painter3d(info, o, k);
                    if (painter == null) {
                        documents.fail("Nothing to export yet", "wait for the 3D picture to appear");
                        return;
                    }
                    // painted off the FX thread: at 4 x a million particles it takes a while
                    submit(() -> {
                        BufferedImage img = painter.apply(f);
                        Images.writePng(p, img);
                        return "Saved " + img.getWidth() + " x " + img.getHeight() + " pixels to " + p.getFileName();
                    });
                });
    }

    /** The suggested file name: the step, and the size when larger than the screen's ("diffuscope-step8-2x.png"). */
    static String pictureName(Frame f, double k) {
        return k == 1 ? String.format(Locale.ROOT, "diffuscope-step%d.png", f.step())
                : String.format(Locale.ROOT, "diffuscope-step%d-%dx.png", f.step(), Math.round(k));
    }

    static String writePicture(Path p, Frame f, RunInfo info, Viewport view, Overlays o, Theme theme, double k)
            throws IOException {
        Images.writePng(p, PictureExport.render(f, info, view, o, theme, k));
        return "Saved " + view.width() + " x " + view.height() + " pixels to " + p.getFileName();
    }

    /** The run so far as a looping animated GIF (in 3D from the 3D view's camera when the frames are 3D). */
    void animation() {
        RunInfo info = vm.runInfoProperty().get();
        Frame shown = vm.frameProperty().get();
        if (info != null && shown != null && shown.viewDim() == 3) {
            animation3d(info);
            return;
        }
        Viewport v = window.canvas().viewport();
        if (info == null || v == null) {
            documents.fail("Nothing to export yet", "wait for the first frame");
            return;
        }
        Overlays o = vm.overlaysProperty().get();
        Theme theme = window.canvas().themeProperty().get();
        double k = Math.min(1.0, GIF_SIZE / (double) Math.max(v.width(), v.height()));
        double fps = vm.speedProperty().get() > 0 ? vm.speedProperty().get() : 25;
        ask("Save the run as an animation", "diffuscope-run.gif", "GIF animations", "gif").ifPresent(p ->
                vm.engine().recordedFrames(frames -> submit(() ->
                        writeAnimation(p, frames, info, PictureExport.scaled(v, k), o, theme, k, fps))));
    }

    private void animation3d(RunInfo info) {
        int[] size = window.canvas().size3d();
        if (size == null) {
            documents.fail("Nothing to export yet", "wait for the 3D picture to appear");
            return;
        }
        Overlays o = vm.overlaysProperty().get();
        double k = Math.min(1.0, GIF_SIZE / (double) Math.max(size[0], size[1]));
        double fps = vm.speedProperty().get() > 0 ? vm.speedProperty().get() : 25;
        ask("Save the run as an animation", "diffuscope-run.gif", "GIF animations", "gif").ifPresent(p -> {
            var painter = window.canvas().painter3d(info, o, k);
            if (painter == null) {
                documents.fail("Nothing to export yet", "wait for the 3D picture to appear");
                return;
            }
            vm.engine().recordedFrames(frames -> submit(() -> {
                List<Frame> in3d = frames.stream().filter(f -> f.viewDim() == 3).toList();
                if (in3d.isEmpty()) {
                    throw new IOException("the run has no 3D frames yet");
                }
                List<BufferedImage> pictures = PictureExport.animation(in3d, o.trailLength(), GIF_FRAMES, painter);
                AnimatedGif.write(p, pictures, (int) Math.round(1000 / fps));
                return "Saved " + pictures.size() + " frames to " + p.getFileName();
            }));
        });
    }

    static String writeAnimation(Path p, List<Frame> frames, RunInfo info, Viewport view, Overlays o, Theme theme,
                                 double k, double fps) throws IOException {
        if (frames.isEmpty()) {
            throw new IOException("the run has no frames yet");
        }
        List<BufferedImage> pictures = PictureExport.animation(frames, info, view, o, theme, k, GIF_FRAMES);
        AnimatedGif.write(p, pictures, (int) Math.round(1000 / fps));
        return "Saved " + pictures.size() + " frames to " + p.getFileName();
    }

    /** The particles of the frame on display, all coordinates at full precision when the run still has them. */
    void particles() {
        Frame f = vm.frameProperty().get();
        if (f == null) {
            documents.fail("Nothing to export yet", "wait for the first frame");
            return;
        }
        ask("Save the particles", String.format(Locale.ROOT, "particles-step%d.csv", f.step()), "CSV files", "csv")
                .ifPresent(p -> vm.engine().particlesOnDisplay(exact -> submit(() -> {
                    Particles out = exact != null ? exact : displayed(f);
                    AtomicFiles.writeText(p, w -> PointsCsv.write(w, out, "x"));
                    return "Saved " + out.count() + " particles to " + p.getFileName()
                            + (exact != null ? "" : " (the frame's display coordinates: scrub to a step end for all coordinates)");
                })));
    }

    private static Particles displayed(Frame f) {
        double[] x = new double[f.count() * f.viewDim()];
        for (int i = 0; i < x.length; i++) {
            x[i] = f.points()[i];
        }
        return new Particles(f.count(), f.viewDim(), x);
    }

    /**
     * The trajectories of the first particles through every recorded frame, in the display coordinates the frames
     * hold: the columns are named after the projection's axes ({@code x0, x1} shown as they are, {@code r1, r2, r3}
     * for a random projection, ...).
     */
    void trajectories() {
        if (vm.runInfoProperty().get() == null) {
            documents.fail("Nothing to export yet", "wait for the first frame");
            return;
        }
        ask("Save the trajectories", "trajectories.csv", "CSV files", "csv").ifPresent(p -> {
            Projection projection = vm.runInfoProperty().get().projection();
            vm.engine().recordedFrames(frames -> submit(() -> {
                AtomicFiles.writeText(p, w -> FramesCsv.writeTrajectories(w, frames, TRAJECTORY_PARTICLES,
                        projection::axisName));
                return "Saved the trajectories of " + TRAJECTORY_PARTICLES + " particles over " + frames.size()
                        + " frames to " + p.getFileName() + (projection.isIdentity() ? ""
                        : " (in the display coordinates: " + projection.description() + ")");
            }));
        });
    }

    /** The metrics of every frame of the run. */
    void metrics() {
        Frame f = vm.frameProperty().get();
        if (f == null) {
            documents.fail("Nothing to export yet", "wait for the first frame");
            return;
        }
        var series = f.series();
        ask("Save the metrics", "metrics.csv", "CSV files", "csv").ifPresent(p -> submit(() -> {
            AtomicFiles.writeText(p, w -> FramesCsv.writeMetrics(w, series));
            return "Saved the metrics of " + series.size() + " frames to " + p.getFileName();
        }));
    }

    /** Every metric chart as a PNG picture, named after the chosen file: NAME-1.png, NAME-2.png, ... */
    void charts(List<LineChart<Number, Number>> charts) {
        ask("Save the charts", "chart.png", "PNG pictures", "png").ifPresent(p -> {
            String base = p.getFileName().toString().replaceFirst("(?i)\\.png$", "");
            int n = 0;
            for (LineChart<Number, Number> chart : charts) {
                n++;
                Path file = p.resolveSibling(base + "-" + n + ".png");
                Optional<Path> ok = documents.saveDialogs().confirm(file, false, "png");
                if (ok.isEmpty()) {
                    continue;
                }
                BufferedImage img = snapshot(chart, 2);
                submit(() -> {
                    Images.writePng(ok.get(), img);
                    return "Saved the chart '" + chart.getTitle() + "' to " + ok.get().getFileName();
                });
            }
        });
    }

    /** A node's picture at k times its size, as an image (FX thread). */
    static BufferedImage snapshot(javafx.scene.Node node, double k) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(k, k));
        WritableImage img = node.snapshot(params, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        return Images.fromArgb(argb, w, h);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
