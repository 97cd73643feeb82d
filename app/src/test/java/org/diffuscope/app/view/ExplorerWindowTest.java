package org.diffuscope.app.view;

import java.util.List;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.ToggleSwitch;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.Colors;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** Clicks through the real window (headless, on Monocle). */
class ExplorerWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ExplorerViewModel vm() {
        return app.viewModel();
    }

    private Frame frame() {
        return vm().frameProperty().get();
    }

    @Test
    void opensOnTheDefaultSceneWithParticlesAndTheExactDensity(FxRobot robot) {
        // a picture of the run's first frame (the one painted before the engine's first frame shows no particles)
        await("the first frame", () -> frame() != null && app.window().canvas().newFramesShown() > 0);
        assertEquals(5.0, frame().t(), "the run starts at t-max");
        assertEquals(20_000, frame().count());
        Raster r = app.window().canvas().pixels().raster();
        assertNotNull(r);
        int particle = 0;
        int white = 0;
        for (int p : r.pixels()) {
            if (Colors.red(p) > 200 && Colors.green(p) < 140 && Colors.blue(p) < 120) {
                particle++;
            } else if (Colors.red(p) + Colors.green(p) + Colors.blue(p) > 760) {
                white++;
            }
        }
        assertTrue(particle > 5_000, "particles drawn: " + particle);
        assertTrue(white < r.pixels().length, "not blank");
        assertTrue(text(robot, "#numbers").contains("t = 5"));
    }

    @Test
    void playAdvancesTimeAndMovesParticles(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        Frame first = frame();
        click(robot, "#play");
        await("time advances", () -> frame().t() < 1.0);
        click(robot, "#play");
        await("paused", () -> !vm().playingProperty().get());
        Frame later = frame();
        assertTrue(later.index() > 0);
        assertFalse(java.util.Arrays.equals(first.points(), later.points()), "particles moved");
        // paused, the readouts show the frame on display
        robot.sleep(200);
        Frame shown = frame();
        assertTrue(text(robot, "#frame-label").startsWith(shown.index() + " / "),
                text(robot, "#frame-label") + " for frame " + shown.index());
        assertTrue(text(robot, "#numbers").contains("step " + shown.step() + "/"),
                text(robot, "#numbers") + " for step " + shown.step());
        assertEquals(shown.index(), node(robot, "#scrub", Slider.class).getValue(), 0.0);
    }

    @Test
    void aPlayingRunPaintsEachFrameOnceWithItsOwnDensity(FxRobot robot) {
        await("the first frame", () -> frame() != null && app.window().canvas().paintedFrames() > 0);
        robot.interact(() -> vm().overlaysProperty().set(vm().overlaysProperty().get().withDensity(true)
                .withTrailLength(8)));
        CanvasView canvas = app.window().canvas();
        long[] start = new long[2];
        click(robot, "#play");
        await("a few frames in", () -> frame().index() >= 3);
        robot.interact(() -> {
            start[0] = canvas.paintedFrames();
            start[1] = canvas.newFramesShown();
        });
        await("the run's end", () -> !vm().playingProperty().get() && frame() == vm().newestFrame());
        robot.sleep(500); // the last pictures arrive
        long[] end = new long[2];
        robot.interact(() -> {
            end[0] = canvas.paintedFrames();
            end[1] = canvas.newFramesShown();
        });
        assertTrue(end[1] - start[1] > 5, "new frames shown while playing: " + (end[1] - start[1]));
        // before, a new frame was shown over the last time's density and again when its own grid arrived
        assertEquals(end[1] - start[1], end[0] - start[0],
                "pictures shown while playing, against the new frames among them");
    }

    @Test
    void theMetricsFollowAPlayingRunWithoutCachingTheirWholePanel(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        javafx.scene.Node panel = robot.lookup("#metrics").query();
        javafx.scene.Node up = panel;
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.Node viewport = up.lookup(".viewport");
        assertNotNull(viewport);
        assertFalse(viewport.isCache(), "a changed chart repaints itself, not the whole panel through a cache");
        click(robot, "#play");
        await("a few dozen frames in", () -> frame().index() >= 40);
        click(robot, "#play");
        await("paused", () -> !vm().playingProperty().get());
        robot.sleep(200);
        Frame shown = frame();
        // paused, the readout and every chart show the frame on display, whatever part played last
        assertEquals(MetricsPanel.summary(shown.metrics()), text(robot, "#metrics-now"));
        // the errors and the excess cross-entropy (log10 L(t) leaves out frames where L is not finite)
        for (javafx.scene.chart.LineChart<Number, Number> chart : app.window().metrics().charts().subList(0, 2)) {
            javafx.collections.ObservableList<javafx.scene.chart.XYChart.Data<Number, Number>> pts =
                    chart.getData().get(0).getData();
            assertEquals(shown.step(), pts.get(pts.size() - 1).getXValue().intValue(), chart.getTitle());
        }
    }

    @Test
    void aLoopsRestartShowsTheNewRunsNumbersAndCurvesAtOnce(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        javafx.scene.control.Label readout = robot.lookup("#metrics-now").queryAs(javafx.scene.control.Label.class);
        List<String> wrong = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int[] restarts = {0};
        robot.interact(() -> {
            long[] generation = {frame().generation()};
            // runs after the metrics panel's own listener, which was added first
            vm().frameProperty().addListener((o, a, b) -> {
                if (b == null || b.generation() == generation[0]) {
                    return;
                }
                generation[0] = b.generation();
                restarts[0]++;
                if (!readout.getText().equals(MetricsPanel.summary(b.metrics()))) {
                    wrong.add("readout at step " + b.step() + ": " + readout.getText());
                }
                for (javafx.scene.chart.LineChart<Number, Number> chart : app.window().metrics().charts()) {
                    var pts = chart.getData().get(0).getData();
                    if (!pts.isEmpty() && pts.get(pts.size() - 1).getXValue().intValue() > b.step()) {
                        wrong.add(chart.getTitle() + " still shows the last run at step " + b.step());
                    }
                }
            });
            vm().loopProperty().set(true);
            vm().speedProperty().set(60);
            vm().play();
        });
        await("two restarts", () -> restarts[0] >= 2);
        robot.interact(() -> {
            vm().loopProperty().set(false);
            vm().pause();
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTimelineCaptionShortensToStayClearOfItsEndLabels(FxRobot robot) {
        String[] captions = {"200 steps on the log-snr grid (sampling →)", "200 steps on the log-snr grid", "200 steps"};
        String[] chosen = new String[4];
        robot.interact(() -> {
            javafx.scene.text.Font font = javafx.scene.text.Font.font(11);
            // rooms just wide enough for each caption in turn, whatever the fonts measure here
            chosen[0] = TimelineStrip.caption(captions, TimelineStrip.width(captions[0], font), font);
            chosen[1] = TimelineStrip.caption(captions, TimelineStrip.width(captions[0], font) - 1, font);
            chosen[2] = TimelineStrip.caption(captions, TimelineStrip.width(captions[1], font) - 1, font);
            chosen[3] = TimelineStrip.caption(captions, TimelineStrip.width(captions[2], font) - 1, font);
        });
        assertEquals(captions[0], chosen[0], "room for all of it");
        assertEquals(captions[1], chosen[1], "the direction goes first");
        assertEquals(captions[2], chosen[2], "then the grid");
        assertEquals(null, chosen[3], "nothing rather than text over the end labels");
    }

    @Test
    void theTimelineMarksTheStepsTakenAndTheCurrentTime(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        click(robot, "#play");
        await("time advances", () -> frame().t() < 0.5);
        click(robot, "#play");
        await("paused", () -> !vm().playingProperty().get());
        TimelineStrip strip = node(robot, "#timeline", TimelineStrip.class);
        int[] counts = new int[6];
        robot.interact(() -> {
            Raster r = strip.marks();
            double[] times = vm().runInfoProperty().get().times();
            double u = Math.log(times[0] / frame().t()) / Math.log(times[0] / times[times.length - 1]);
            long expected = Math.round(36 + u * (r.width() - 72));
            int mid = (int) (r.height() * 0.45);
            int nowAt = -1;
            int inkLeft = 0;
            int faintRight = 0;
            int inkRight = 0;
            for (int x = 0; x < r.width(); x++) {
                int p = r.get(x, mid - 5);
                if (p == TimelineStrip.NOW && nowAt < 0) {
                    nowAt = x + 1; // the marker is three columns wide around the time
                } else if (p == TimelineStrip.INK_LIGHT) {
                    if (x < expected) {
                        inkLeft++;
                    } else {
                        inkRight++;
                    }
                } else if (p == TimelineStrip.FAINT_LIGHT && x > expected) {
                    faintRight++;
                }
            }
            counts[0] = (int) (nowAt - expected);
            counts[1] = inkLeft;
            counts[2] = faintRight;
            counts[3] = inkRight;
            // the grid's pixel columns before and after the current time (a marker covers up to two of them)
            java.util.Set<Long> done = new java.util.HashSet<>();
            java.util.Set<Long> toCome = new java.util.HashSet<>();
            for (double t : times) {
                long x = Math.round(36 + Math.log(times[0] / t) / Math.log(times[0] / times[times.length - 1])
                        * (r.width() - 72));
                (t > frame().t() ? done : toCome).add(x);
            }
            counts[4] = done.size();
            counts[5] = toCome.size();
        });
        assertEquals(0, counts[0], "the current time's marker sits at t on the log axis");
        assertTrue(counts[4] > 10 && counts[1] >= counts[4] - 2, "bold ticks for the steps taken: " + counts[1]
                + " pixels for " + counts[4] + " columns");
        assertTrue(counts[5] > 10 && counts[2] >= counts[5] - 2, "faint ticks for the steps to come: " + counts[2]
                + " pixels for " + counts[5] + " columns");
        assertEquals(0, counts[3], "no bold tick after the current time");
    }

    @Test
    void theCorrectorToggleChangesTheSampler(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        assertFalse(vm().config().corrector().enabled());
        robot.clickOn(node(robot, "#corrector-toggle .thumb-area", javafx.scene.Node.class));
        await("corrector on", () -> vm().config().corrector().enabled());
        assertEquals("ulmc", vm().config().corrector().name(), "the paper's underdamped corrector by default");
        await("the run reloaded with it", () -> vm().runInfoProperty().get() != null
                && vm().runInfoProperty().get().config().corrector().enabled() && frame().index() == 0);
        click(robot, "#step");
        await("a corrector phase", () -> frame().phase() == Phase.CORRECTOR);
        assertEquals(1, frame().step());
        assertEquals(2, frame().nfe(), "one predictor and one corrector evaluation");
    }

    @Test
    void resetRestoresTMaxAndKeysWorkWhereverTheFocusIs(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        click(robot, "#step");
        click(robot, "#step");
        await("two steps", () -> frame().step() == 2);
        click(robot, "#reset");
        await("reset", () -> frame().index() == 0 && frame().frames() == 1);
        assertEquals(5.0, frame().t());
        // focus a button: Space must still play, not press the button
        robot.interact(() -> robot.lookup("#step").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("playing", () -> vm().playingProperty().get() || frame().index() > 0);
        robot.type(KeyCode.SPACE);
        await("paused", () -> !vm().playingProperty().get());
        robot.type(KeyCode.R);
        await("reset by key", () -> frame().index() == 0 && frame().frames() == 1);
        robot.type(KeyCode.RIGHT);
        await("stepped by key", () -> frame().step() == 1);
    }

    @Test
    void scrubbingBackShowsEarlierFrames(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        for (int i = 0; i < 5; i++) {
            click(robot, "#step");
        }
        await("five steps", () -> frame().step() == 5);
        Frame fifth = frame();
        Slider scrub = node(robot, "#scrub", Slider.class);
        robot.sleep(1100); // more than the frame-rate readout's second
        robot.interact(() -> scrub.setValue(2));
        await("frame 2 on display", () -> frame().index() == 2);
        assertEquals("", text(robot, "#fps"), "no frame rate for a paused run's scrubbing");
        assertEquals(fifth.series().get(2).t(), frame().t());
        assertNotEquals(fifth.t(), frame().t());
        assertEquals(6, frame().frames(), "later frames kept");
        // Left goes back one frame, also with the slider focused (whose own Left jumped back ten)
        robot.interact(scrub::requestFocus);
        robot.interact(() -> scrub.setValue(5));
        await("frame 5 on display", () -> frame().index() == 5);
        robot.type(KeyCode.LEFT);
        await("frame 4 on display", () -> frame().index() == 4);
        robot.type(KeyCode.LEFT);
        await("frame 3 on display", () -> frame().index() == 3);
        assertEquals(fifth.series().get(3).t(), frame().t());
    }

    @Test
    void badNumbersAreRejectedNextToTheFieldAndKeepTheOldValue(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        NumberField steps = node(robot, "#steps", NumberField.class);
        for (String bad : new String[] {"abc", "-3", "0", "1e9", "NaN", "2.5"}) {
            robot.interact(() -> {
                steps.textField().setText(bad);
                steps.commit();
            });
            assertNotNull(steps.errorProperty().get(), bad);
            assertTrue(steps.errorProperty().get().startsWith("steps must be a whole number in 1..100000"),
                    steps.errorProperty().get());
            assertEquals(40, vm().config().sampler().steps(), "old value kept after " + bad);
        }
        robot.interact(() -> {
            steps.textField().setText("25");
            steps.commit();
        });
        assertEquals(25, vm().config().sampler().steps());
        assertEquals(null, steps.errorProperty().get());
    }

    @Test
    void aDivergingRunPausesWithAMessage(FxRobot robot) {
        await("the first frame", () -> frame() != null);
        robot.interact(() -> vm().setConfig(vm().config().withParticles(2000)
                .withSampler(SamplerChoice.defaults("ode-ei").withSteps(10))
                .withCorrector(CorrectorChoice.defaults("ula").withStep("5").withSteps(200))));
        click(robot, "#play");
        await("the divergence message", () -> vm().problemProperty().get() != null);
        assertFalse(vm().playingProperty().get());
        assertTrue(vm().problemProperty().get().contains("smaller"), vm().problemProperty().get());
        ToggleSwitch toggle = node(robot, "#corrector-toggle", ToggleSwitch.class);
        assertTrue(toggle.isSelected());
        robot.clickOn(node(robot, "#corrector-toggle .thumb-area", javafx.scene.Node.class));
        await("recovered", () -> vm().problemProperty().get() == null && frame().index() == 0);
    }
}
