package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.diffuscope.app.engine.Engine;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Bad numbers in every field, a diverging run, and a heavy run: the window answers and keeps its state. */
class WindowRobustnessTest extends WindowTest {

    /** Typed garbage, empty, other notations, negative, zero, huge, beyond double, NaN, infinities, fractions. */
    static final List<String> BAD_OR_EDGE = List.of("abc", "", "1,5", "0x10", "-3", "0", "1e9", "1e308", "1e400",
            "NaN", "Infinity", "-Infinity", "2.5", "--1");

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ExplorerViewModel vm() {
        return app.viewModel();
    }

    /** What a field should say to a text: null if the number is allowed by its range, else why not. */
    private static boolean allowedByRange(NumberField f, String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (f.acceptsInfinity() && "Infinity".equals(text.strip())) {
            return true;
        }
        return Double.isFinite(v) && v >= f.min() && v <= f.max() && (!f.integer() || v == Math.rint(v));
    }

    @Test
    void everyNumberFieldRejectsBadInputNextToItAndKeepsTheOldValue(FxRobot robot) {
        await("the first frame", () -> vm().frameProperty().get() != null);
        List<NumberField> fields = app.window().numberFields();
        assertTrue(fields.size() >= 18, "all the settings' number fields: " + fields.size());
        int rejected = 0;
        for (NumberField f : fields) {
            for (String text : BAD_OR_EDGE) {
                double before = f.getValue();
                ExperimentConfig config = vm().config();
                robot.interact(() -> {
                    f.textField().setText(text);
                    f.commit();
                });
                String error = f.errorProperty().get();
                if (!allowedByRange(f, text)) {
                    assertNotNull(error, f.name() + " must reject '" + text + "'");
                }
                if (error != null) {
                    rejected++;
                    assertTrue(error.startsWith(f.name() + " must be") || error.contains(f.name()),
                            "the message names the field: " + error);
                    Label message = f.messageLabel();
                    assertTrue(message.isVisible() && message.isManaged() && error.equals(message.getText()),
                            "the message shows right under " + f.name());
                    assertEquals(before, f.getValue(), f.name() + ": the old value is kept after '" + text + "'");
                    assertEquals(config, vm().config(), f.name() + ": the experiment is unchanged after '" + text + "'");
                    assertTrue(f.textField().getStyleClass().contains("invalid"));
                } else {
                    // an allowed number (a seed of -3, a score error of 0, a mean Δt the grid rounds to N steps):
                    // it took effect; put the old one back
                    assertEquals(Double.parseDouble(text), f.getValue(), 1e-3 * Math.abs(Double.parseDouble(text)),
                            f.name() + " takes '" + text + "'");
                    robot.interact(() -> {
                        f.textField().setText(NumberField.format(before));
                        f.commit();
                    });
                    assertEquals(before, f.getValue(), 1e-9 * Math.abs(before));
                }
                robot.interact(() -> {
                    f.textField().setText(NumberField.format(before));
                    f.commit();
                });
                assertNull(f.errorProperty().get(), f.name() + " accepts its old value again");
            }
        }
        assertTrue(rejected > fields.size() * 9, "most of the inputs were rejected: " + rejected);
        // S_tmax holds "no limit" as infinity itself, so re-typing its text restores the very same value
        assertEquals(ExperimentConfig.defaults(), vm().config(), "after the walk the experiment is the default one");
    }

    @Test
    void theCorrectorStepFieldRejectsBadInputAndKeepsTheOldStep(FxRobot robot) {
        await("the first frame", () -> vm().frameProperty().get() != null);
        robot.interact(() -> vm().setConfig(vm().config().withCorrector(CorrectorChoice.defaults("ula"))));
        TextField step = node(robot, "#corrector-step", TextField.class);
        Label message = (Label) ((javafx.scene.layout.VBox) step.getParent()).getChildren().get(1);
        for (String text : BAD_OR_EDGE) {
            if ("2.5".equals(text)) {
                continue;
            }
            robot.interact(() -> {
                step.setText(text);
                step.getOnAction().handle(new javafx.event.ActionEvent());
            });
            assertTrue(message.isVisible(), "rejected: '" + text + "'");
            assertTrue(message.getText().startsWith("corrector step must be default, auto or a number in (0, 10]"),
                    message.getText());
            assertEquals("default", vm().config().corrector().step(), "the old step is kept after '" + text + "'");
        }
        robot.interact(() -> {
            step.setText("0.02");
            step.getOnAction().handle(new javafx.event.ActionEvent());
        });
        assertFalse(message.isVisible());
        assertEquals("0.02", vm().config().corrector().step());
    }

    @Test
    void aDivergingRunPausesAndItsMessageNamesStepTimeAndAFix(FxRobot robot) {
        await("the first frame", () -> vm().frameProperty().get() != null);
        robot.interact(() -> vm().setConfig(vm().config().withParticles(2000)
                .withSampler(SamplerChoice.defaults("ode-ei").withSteps(10))
                .withCorrector(CorrectorChoice.defaults("ula").withStep("5").withSteps(200))));
        click(robot, "#play");
        await("the divergence message", () -> vm().problemProperty().get() != null);
        String m = vm().problemProperty().get();
        assertFalse(vm().playingProperty().get(), "paused");
        assertTrue(m.matches(".*at step \\d+, t = [0-9.eE-]+.*"), "names the step and the time: " + m);
        assertTrue(m.contains("try a smaller corrector step"), "suggests a fix: " + m);
        // the window still answers: a click on the help tab switches tabs
        TabPane tabs = node(robot, "#right-tabs", TabPane.class);
        robot.clickOn(helpTab(robot));
        await("the help tab", () -> tabs.getSelectionModel().getSelectedIndex() == 1);
    }

    /** The Help tab's label, looked up on the FX thread (a running window changes its children meanwhile). */
    private static javafx.scene.Node helpTab(FxRobot robot) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#right-tabs .tab-label")
                    .queryAllAs(Label.class).stream().filter(l -> "Help".equals(l.getText())).findFirst().orElseThrow())
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no Help tab", e);
        }
    }

    @Test
    void theWindowKeepsAnsweringWhileAMillionParticlesRun(FxRobot robot) throws Exception {
        await("the first frame", () -> vm().frameProperty().get() != null);
        robot.interact(() -> {
            vm().speedProperty().set(Engine.MAX_SPEED);
            vm().setConfig(vm().config().withParticles(1_000_000)
                    .withSampler(SamplerChoice.defaults("sde-em").withSteps(400)));
        });
        await("the million particles drawn", () -> vm().frameProperty().get().count() == 1_000_000);
        click(robot, "#play");
        await("the run is under way", () -> vm().frameProperty().get().step() >= 1);
        // while it computes: clicks change overlays and tabs, a property change reaches the view model, and the FX
        // thread runs what it is handed
        CheckBox loop = node(robot, "#loop", CheckBox.class);
        boolean was = vm().loopProperty().get();
        robot.clickOn(loop);
        await("the loop toggled by a click", () -> vm().loopProperty().get() != was);
        robot.interact(() -> vm().overlaysProperty().set(vm().overlaysProperty().get().withTrailLength(8)));
        assertEquals(8, vm().overlaysProperty().get().trailLength(), "a property change takes effect at once");
        robot.clickOn(helpTab(robot));
        TabPane tabs = node(robot, "#right-tabs", TabPane.class);
        await("the help tab", () -> tabs.getSelectionModel().getSelectedIndex() == 1);
        for (int i = 0; i < 5; i++) {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            assertTrue(ran.await(30, TimeUnit.SECONDS), "the FX thread runs a task while the run computes");
        }
        assertTrue(vm().playingProperty().get() || vm().finishedProperty().get(), "still running");
        int stepNow = vm().frameProperty().get().step();
        await("frames keep coming", () -> vm().frameProperty().get().step() > stepNow);
        click(robot, "#play");
        await("paused by a click", () -> !vm().playingProperty().get());
    }
}
