package org.diffuscope.app.view;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.scene.control.TextField;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.view.lab.LabView;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** The race and the lab tabs of the real window. */
class RaceAndLabWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theRacePlaysThreePanesTogetherFromTheSamePrior(FxRobot robot) {
        robot.interact(() -> app.viewModel().setConfig(app.viewModel().config().withParticles(3000)));
        click(robot, "#tab-race");
        javafx.scene.chart.XYChart<?, ?> raceChart = node(robot, "#race-chart", javafx.scene.chart.XYChart.class);
        // the status bar describes the explorer's own run only on its tab
        assertTrue(text(robot, "#numbers").startsWith("Race: "));
        await("three panes loaded", () -> app.window().race().paneModels().size() == 3
                && app.window().race().paneModels().stream().allMatch(m -> m.frameProperty().get() != null
                && m.runInfoProperty().get() != null && m.frameProperty().get().count() == 3000));
        // the corrector drop-downs say what they are ("no corrector" or "+ name", never a bare "none"), in full
        for (int i = 0; i < 3; i++) {
            javafx.scene.Node box = node(robot, "#race-corrector-" + i, javafx.scene.Node.class);
            java.util.List<String> shown = box.lookupAll(".text").stream()
                    .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> !t.isEmpty()).toList();
            assertTrue(shown.size() == 1 && (shown.get(0).equals("no corrector") || shown.get(0).startsWith("+ "))
                    && !shown.get(0).endsWith("..."), "pane " + i + " shows " + shown);
        }
        Frame first = app.window().race().paneModels().get(0).frameProperty().get();
        for (ExplorerViewModel m : app.window().race().paneModels()) {
            assertTrue(java.util.Arrays.equals(first.points(), m.frameProperty().get().points()), "same prior");
        }
        // one point per pane at the prior: no made-up axis range around it
        assertFalse(raceChart.getXAxis().isTickLabelsVisible(), "no ticks around a single point");
        click(robot, "#race-play");
        await("the race reaches t < 1", () -> app.window().race().commonTime() < 1.0);
        await("ticks once the curves have points", () -> raceChart.getXAxis().isTickLabelsVisible());
        double tau = app.window().race().commonTime();
        for (ExplorerViewModel m : app.window().race().paneModels()) {
            Frame f = m.frameProperty().get();
            assertTrue(f.t() >= tau * (1 - 1e-12) && f.t() < 5.0, "pane at " + f.t() + ", common time " + tau);
        }
        click(robot, "#race-play");
        click(robot, "#tab-lab");
        assertTrue(text(robot, "#numbers").startsWith("Lab: "));
        click(robot, "#tab-explore");
        assertTrue(text(robot, "#numbers").startsWith("t = "));
    }

    @Test
    void theLabRunsAnExperimentInTheBackgroundAndShowsTheResult(FxRobot robot) {
        click(robot, "#tab-lab");
        LabView lab = app.window().lab();
        robot.interact(() -> {
            lab.kindChooser().setValue(LabView.Kind.ERROR_VS_STEPS);
            robot.lookup("#lab-view").query();
            ((TextField) lab.lookupAll(".text-field").stream()
                    .filter(n -> n instanceof TextField t && t.getText().startsWith("5,")).findFirst().orElseThrow())
                    .setText("4, 8");
            ((TextField) lab.lookupAll(".text-field").stream()
                    .filter(n -> n instanceof TextField t && "4000".equals(t.getText())).findFirst().orElseThrow())
                    .setText("500");
        });
        javafx.scene.chart.XYChart<?, ?> chart = node(robot, "#lab-chart", javafx.scene.chart.XYChart.class);
        assertEquals("No experiment yet: press Run", chart.getTitle());
        assertFalse(chart.getXAxis().isTickLabelsVisible(), "no made-up numbers on the empty chart");
        click(robot, "#lab-run");
        await("a result", () -> lab.result() != null);
        assertTrue(chart.getXAxis().isTickLabelsVisible() && chart.getTitle().startsWith("cov_error vs steps"),
                chart.getTitle());
        assertEquals(4, lab.result().series().size(), "sde-em, ode-ei, ode-heun and the noise floor");
        assertEquals(2, lab.result().series().get(0).x().length);
    }
}
