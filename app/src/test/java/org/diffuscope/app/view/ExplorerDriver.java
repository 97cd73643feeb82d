package org.diffuscope.app.view;

import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.diffuscope.app.engine.ProjectionChoice;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.TargetChoice;

/**
 * Opens the real explorer on one scene for screenshots under Xvfb (not a test): {@code preset dim sampler
 * corrector projection(coordinates|random|principal) view(0|2|3) particles playSeconds [scroll] [trails] [dark] [verbose] [spin]}. Prints READY when the
 * scene has played for playSeconds and paused; the window stays open until killed.
 */
public final class ExplorerDriver extends Application {

    @Override
    public void start(Stage stage) {
        ExplorerApp app = new ExplorerApp();
        app.start(stage);
        var a = getParameters().getRaw();
        String preset = a.get(0);
        int dim = Integer.parseInt(a.get(1));
        String sampler = a.get(2);
        String corrector = a.get(3);
        ProjectionChoice.Kind kind = ProjectionChoice.Kind.valueOf(a.get(4).toUpperCase(Locale.ROOT));
        int view = Integer.parseInt(a.get(5));
        int particles = Integer.parseInt(a.get(6));
        double play = Double.parseDouble(a.get(7));
        if (a.contains("trails")) {
            var o = app.viewModel().overlaysProperty();
            o.set(o.get().withTrailLength(24).withColor(org.diffuscope.app.engine.ColorMode.MODE));
            for (int i = 0; i < 4; i++) {
                app.viewModel().engine().follow(i * 97);
            }
        }
        if (a.contains("dark")) {
            app.window().setDark(true);
        }
        if (a.contains("scroll")) {
            Platform.runLater(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#settings")).setVvalue(1));
        }
        var vm = app.viewModel();
        vm.speedProperty().set(0);
        app.window().display().projectionProperty().set(ProjectionChoice.defaults().withKind(kind).withView(view));
        vm.setConfig(vm.config().withTarget(TargetChoice.preset(preset, dim)).withParticles(particles)
                .withSampler(SamplerChoice.defaults(sampler))
                .withCorrector("none".equals(corrector) ? CorrectorChoice.none() : CorrectorChoice.defaults(corrector)));
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(3000);
                if (a.contains("spin")) {
                    // let the engine finish loading first (commands run in order: this latch runs after the load)
                    java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
                    vm.engine().post(loaded::countDown);
                    loaded.await();
                    Thread.sleep(1000);
                    // turn the paused 3D view one degree per pulse for 8 s and count the repaints of the last 6 s
                    long[] counts = new long[2];
                    Platform.runLater(() -> new javafx.animation.AnimationTimer() {
                        private long start;

                        @Override
                        public void handle(long now) {
                            start = start == 0 ? now : start;
                            app.window().canvas().orbit(Math.toRadians(1), 0);
                            if (now - start > 2_000_000_000L && counts[0] == 0) {
                                counts[0] = app.window().canvas().paintedFrames();
                                counts[1] = now;
                            }
                            if (now - start > 8_000_000_000L) {
                                stop();
                                System.out.printf(Locale.ROOT, "SPIN %d particles: %.1f repaints/s%n", particles,
                                        (app.window().canvas().paintedFrames() - counts[0]) * 1e9 / (now - counts[1]));
                            }
                        }
                    }.start());
                    Thread.sleep(9000);
                }
                Platform.runLater(vm::play);
                for (int i = 0; i < (int) play; i++) {
                    Thread.sleep(1000);
                    if (a.contains("verbose")) {
                        System.out.println("t+" + (i + 1) + "s painted " + app.window().canvas().paintedFrames()
                                + " playing " + vm.playingProperty().get());
                    }
                }
                Platform.runLater(vm::pause);
                Thread.sleep(1500);
                long before = app.window().canvas().paintedFrames();
                Thread.sleep(3000);
                System.out.println("READY painted=" + app.window().canvas().paintedFrames() + " (" + before
                        + " three seconds after pausing)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** The entry point (a class that does not extend Application, so JavaFX starts from the classpath). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ExplorerDriver.class, args);
        }
    }
}
