package org.diffuscope.benchmarks;

import java.util.Locale;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.diffuscope.app.engine.Engine;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.view.CanvasView;
import org.diffuscope.app.view.ExplorerApp;
import org.diffuscope.app.view.ExplorerWindow;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.TargetChoice;

/**
 * New frames shown per second (and pictures, repaints included), sampler steps per second and the paint thread's time and
 * CPU time per picture in the real explorer window (run it under a display, e.g.
 * Xvfb for the software pipeline): plays {@code --particles} particles of {@code --target=preset:dimension}
 * (ring8:2 unless given) under sde-em with {@code --steps}
 * steps (1,000) at {@code --speed} frames per second (default: the fastest) on {@code --threads} sampling threads (the window's choice unless given), keeping a history of {@code --history-mb} MiB (the window's
 * third of the heap unless given), with
 * the density overlay and trails of 16 frames unless {@code --plain}, waits
 * {@code --warmup} seconds, then counts for {@code --seconds} seconds and prints one line.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.diffuscope.benchmarks.WindowFps --particles=1000000</pre>
 */
public final class WindowFps {

    private WindowFps() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The measuring application (not the jar's main class: JavaFX refuses that from the classpath). */
    public static final class App extends Application {

        private ExplorerViewModel vm;
        private long pulses;

        @Override
        public void start(Stage stage) {
            Map<String, String> p = getParameters().getNamed();
            int particles = Integer.parseInt(p.getOrDefault("particles", "100000"));
            int steps = Integer.parseInt(p.getOrDefault("steps", "1000"));
            double warmup = Double.parseDouble(p.getOrDefault("warmup", "8"));
            double seconds = Double.parseDouble(p.getOrDefault("seconds", "10"));
            boolean plain = getParameters().getUnnamed().contains("--plain");
            Runtime rt = Runtime.getRuntime();
            int threads = Integer.parseInt(p.getOrDefault("threads",
                    Integer.toString(ExplorerApp.samplingThreads(rt.availableProcessors()))));
            long budget = p.containsKey("history-mb") ? Long.parseLong(p.get("history-mb")) << 20 : rt.maxMemory() / 3;
            vm = new ExplorerViewModel(Platform::runLater, threads, budget);
            ExplorerWindow window = new ExplorerWindow(vm, ExperimentConfig.MAX_PARTICLES);
            stage.setScene(window.scene(1440, 900));
            stage.show();
            vm.start();
            ExperimentConfig d = ExperimentConfig.defaults();
            String[] target = p.getOrDefault("target", "ring8:2").split(":");
            TargetChoice choice = TargetChoice.preset(target[0], Integer.parseInt(target[1]));
            vm.setConfig(new ExperimentConfig(choice, d.process(), d.sampler().withName("sde-em").withSteps(steps),
                    d.corrector(), d.scoreError(), particles, d.seed(), false, false, false));
            vm.overlaysProperty().set(plain ? Overlays.defaults().withDensity(false)
                    : Overlays.defaults().withDensity(true).withTrailLength(16));
            vm.speedProperty().set(Double.parseDouble(p.getOrDefault("speed", Double.toString(Engine.MAX_SPEED))));
            vm.play();
            CanvasView canvas = (CanvasView) stage.getScene().lookup("#canvas-view");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses++;
                }
            }.start();
            Thread t = new Thread(() -> measure(canvas, warmup, seconds, particles, plain), "window-fps");
            t.setDaemon(true);
            t.start();
        }

        private void measure(CanvasView canvas, double warmup, double seconds, int particles, boolean plain) {
            sleep(warmup);
            long[] a = sample(canvas);
            long t0 = System.nanoTime();
            sleep(seconds);
            long[] b = sample(canvas);
            double dt = (System.nanoTime() - t0) * 1e-9;
            double paintMs = (b[4] - a[4]) * 1e-6 / Math.max(1, b[3] - a[3]);
            double cpuMs = (b[5] - a[5]) * 1e-6 / Math.max(1, b[3] - a[3]);
            System.out.printf(Locale.ROOT, "window N=%d overlays=%s: %.1f new frames shown/s (%.1f pictures/s),"
                    + " %.1f steps/s, %.1f pulses/s, %.1f ms per painting (%.0f frames/s of painting capacity),"
                    + " %.1f ms CPU per painting%n",
                    particles, plain ? "off" : "density+trails", (b[6] - a[6]) / dt, (b[0] - a[0]) / dt,
                    (b[1] - a[1]) / dt, (b[2] - a[2]) / dt, paintMs, 1000 / paintMs, cpuMs);
            Platform.runLater(() -> {
                vm.close();
                Platform.exit();
            });
        }

        /**
         * Pictures shown, the newest frame's step, pulses, paintings, their nanoseconds and CPU nanoseconds, and new
         * frames shown: read on the FX thread.
         */
        private long[] sample(CanvasView canvas) {
            long[] out = new long[7];
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(() -> {
                Frame f = vm.frameProperty().get();
                out[0] = canvas.paintedFrames();
                out[1] = f == null ? 0 : f.step();
                out[2] = pulses;
                long[] paint = canvas.paintTotals();
                out[3] = paint[0];
                out[4] = paint[1];
                out[5] = paint[2];
                out[6] = canvas.newFramesShown();
                done.countDown();
            });
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out;
        }

        private static void sleep(double seconds) {
            try {
                Thread.sleep((long) (seconds * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
