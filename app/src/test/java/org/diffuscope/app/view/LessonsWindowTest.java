package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.stage.Stage;

import org.diffuscope.app.io.LessonFiles;
import org.diffuscope.app.view.lab.LabView;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.Lesson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each bundled lesson sets its scene up and runs in the real window. */
@ExtendWith(ApplicationExtension.class)
class LessonsWindowTest {

    private ExplorerApp app;

    @Start
    void start(Stage stage) {
        app = new ExplorerApp();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(30, TimeUnit.SECONDS);
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    @Test
    void everyLessonLoadsAndRuns(FxRobot robot) {
        List<Lesson> lessons = new LessonFiles().bundled();
        for (Lesson bundled : lessons) {
            // fewer particles keep the test quick; everything else is the lesson's own
            Lesson l = new Lesson(bundled.title(), bundled.summary(), bundled.watch(), bundled.mode(),
                    new org.diffuscope.app.viewmodel.Scenario(bundled.scenario().config().withParticles(1500),
                            bundled.scenario().overlays(), bundled.scenario().view(), 0, false),
                    bundled.lanes(), bundled.equalCost(), bundled.lab(), bundled.autoplay());
            robot.interact(() -> app.window().runLesson(l));
            assertTrue(robot.lookup("#lesson-title").queryLabeled().getText().contains(l.title()));
            double tMax = l.scenario().config().process().tMax();
            switch (l.mode()) {
                case EXPLORE -> {
                    ExplorerViewModel vm = app.viewModel();
                    await(l.title() + ": plays", () -> vm.frameProperty().get() != null
                            && vm.frameProperty().get().count() == 1500 && vm.frameProperty().get().t() < tMax);
                    assertEquals(l.scenario().config(), vm.config());
                    robot.interact(vm::pause);
                }
                case RACE -> {
                    await(l.title() + ": the race runs", () -> app.window().race().paneModels().size() == l.lanes().size()
                            && app.window().race().commonTime() < tMax);
                    for (int i = 0; i < l.lanes().size(); i++) {
                        assertEquals(l.lanes().get(i).sampler(),
                                app.window().race().paneModels().get(i).config().sampler().name());
                    }
                    robot.interact(() -> app.window().showMode(0));
                }
                case LAB -> {
                    LabView lab = app.window().lab();
                    assertEquals(LabView.Kind.DIMENSION, lab.kindChooser().getValue());
                    await(l.title() + ": the lab is running", () -> robot.lookup("#lab-status").queryLabeled()
                            .getText().contains("d = "));
                    robot.clickOn("#lab-cancel");
                    await("cancelled", () -> robot.lookup("#lab-status").queryLabeled().getText().equals("cancelled"));
                    robot.interact(() -> app.window().showMode(0));
                }
            }
        }
    }
}
