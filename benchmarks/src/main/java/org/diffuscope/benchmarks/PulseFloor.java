package org.diffuscope.benchmarks;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The floor under {@link WindowFps}: pulses per second of a bare JavaFX window of the explorer's size (1440 x 900)
 * whose picture, as large as the explorer's canvas, changes at every pulse the way the explorer shows its paintings
 * (a copy into a {@code PixelBuffer}), with {@code --busy=F,G,...} threads standing in for the sampler and the
 * painter, each busy a fraction of every 10 ms. Waits {@code --warmup} seconds (10), counts {@code --seconds} (15)
 * and prints one line.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.diffuscope.benchmarks.PulseFloor --busy=0.5,0.35</pre>
 */
public final class PulseFloor {

    private PulseFloor() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The measuring application. */
    public static final class App extends Application {

        private static final int W = 720;
        private static final int H = 780;

        private long pulses;
        private volatile boolean running = true;
        /** Where the busy threads leave their arithmetic, so the JIT cannot drop it. */
        private volatile double sink;

        @Override
        public void start(Stage stage) {
            Map<String, String> p = getParameters().getNamed();
            double warmup = Double.parseDouble(p.getOrDefault("warmup", "10"));
            double seconds = Double.parseDouble(p.getOrDefault("seconds", "15"));
            List<Double> busy = new ArrayList<>();
            for (String f : p.getOrDefault("busy", "").split(",")) {
                if (!f.isBlank()) {
                    busy.add(Double.parseDouble(f));
                }
            }
            int[] shown = new int[W * H];
            int[][] painted = new int[2][W * H];
            java.util.Arrays.fill(painted[0], 0xFF203040);
            java.util.Arrays.fill(painted[1], 0xFF304050);
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(W, H, IntBuffer.wrap(shown),
                    PixelFormat.getIntArgbPreInstance());
            ImageView view = new ImageView(new WritableImage(buffer));
            view.relocate(340, 90);
            stage.setScene(new Scene(new Pane(view), 1440, 900));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses++;
                    System.arraycopy(painted[(int) (pulses & 1)], 0, shown, 0, shown.length);
                    buffer.updateBuffer(b -> null);
                }
            }.start();
            for (double f : busy) {
                Thread t = new Thread(() -> burn(f), "busy");
                t.setDaemon(true);
                t.start();
            }
            Thread t = new Thread(() -> measure(warmup, seconds, busy), "pulse-floor");
            t.setDaemon(true);
            t.start();
        }

        /** Busy a fraction f of every 10 ms. */
        private void burn(double f) {
            long slice = 10_000_000L;
            double acc = 0;
            while (running) {
                long start = System.nanoTime();
                while (System.nanoTime() - start < f * slice) {
                    acc += Math.sqrt(acc + 1);
                }
                long rest = (long) ((1 - f) * slice);
                if (rest > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(rest);
                }
            }
            sink = acc;
        }

        private void measure(double warmup, double seconds, List<Double> busy) {
            sleep(warmup);
            long a = read();
            long t0 = System.nanoTime();
            sleep(seconds);
            long b = read();
            double dt = (System.nanoTime() - t0) * 1e-9;
            System.out.printf(Locale.ROOT, "floor busy=%s: %.1f pulses/s%n", busy, (b - a) / dt);
            running = false;
            Platform.runLater(Platform::exit);
        }

        private long read() {
            long[] out = new long[1];
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(() -> {
                out[0] = pulses;
                done.countDown();
            });
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out[0];
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
