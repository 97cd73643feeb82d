package org.diffuscope.app.view;

import java.util.Locale;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.Camera3D;
import org.diffuscope.app.render.Frame3DRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Render3DBenchmark;
import org.diffuscope.app.render.Theme;

/**
 * Times a turning 3D view in a real window (run under Xvfb; not a test): the explorer's PixelView showing
 * Frame3DRenderer's picture of N particles, repainted with a new camera angle on every pulse, for 10k, 100k and
 * 1M particles in turn. Prints repaints per second over 6 s after a 2 s warm-up. JavaFX caps pulses at 60 per
 * second unless started with {@code -Djavafx.animation.fullspeed=true}.
 */
public final class Rotate3DBenchmark extends Application {

    private static final int[] SIZES = {10_000, 100_000, 1_000_000};
    private static final long WARM_UP = 2_000_000_000L;
    private static final long MEASURE = 6_000_000_000L;

    private int which;
    private Frame frame;
    private Camera3D camera;
    private long start;
    private long painted;

    @Override
    public void start(Stage stage) {
        PixelView view = new PixelView();
        Frame3DRenderer renderer = new Frame3DRenderer();
        AxesBox3D box = AxesBox3D.around(new double[] {-2.8, -2.8, -2.8}, new double[] {2.8, 2.8, 2.8},
                new String[] {"x0", "x1", "x2"});
        Overlays o = Overlays.defaults().withDensity(false);
        frame = Render3DBenchmark.rings(SIZES[0]);
        view.setPainter(r -> {
            if (camera == null || camera.width() != r.width() || camera.height() != r.height()) {
                camera = Camera3D.fitting(box.lo(), box.hi(), r.width(), r.height());
            }
            renderer.paint(r, frame, camera, box, null, false, o, Theme.light());
        });
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                }
                camera = camera == null ? null : camera.orbited(Math.toRadians(1), 0);
                view.repaint();
                if (now - start > WARM_UP) {
                    painted++;
                }
                if (now - start > WARM_UP + MEASURE) {
                    System.out.printf(Locale.ROOT, "3D window, %,9d particles: %.1f repaints/s%n", SIZES[which],
                            painted * 1e9 / (now - start - WARM_UP));
                    which++;
                    if (which == SIZES.length) {
                        stop();
                        Platform.exit();
                        return;
                    }
                    frame = Render3DBenchmark.rings(SIZES[which]);
                    start = 0;
                    painted = 0;
                }
            }
        }.start();
    }

    /** The entry point (a class that does not extend Application, so JavaFX starts from the classpath). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(Rotate3DBenchmark.class, args);
        }
    }
}
