package org.diffuscope.app.view;

import javafx.stage.Stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diffuscope.app.io.LessonFiles;
import org.diffuscope.app.view.lab.LabView;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.Lesson;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** Each bundled lesson sets its scene up and runs in the real window. */
class LessonsWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
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
            assertTrue(text(robot, "#lesson-title").contains(l.title()));
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
                    await(l.title() + ": the lab is running", () -> text(robot, "#lab-status").contains("d = "));
                    click(robot, "#lab-cancel");
                    await("cancelled", () -> text(robot, "#lab-status").equals("cancelled"));
                    robot.interact(() -> app.window().showMode(0));
                }
            }
        }
    }

    @Test
    void theLessonSaysWhatItSetAndPutsTheUsersSettingsBack(FxRobot robot) {
        ExplorerViewModel vm = app.viewModel();
        ExperimentConfig mine = vm.config().withParticles(2345);
        robot.interact(() -> {
            vm.load(mine);
            vm.speedProperty().set(7);
        });
        List<Lesson> lessons = new LessonFiles().bundled();
        Lesson first = lessons.get(0);
        // two lessons one after the other: restoring goes back to the settings from before the first
        robot.interact(() -> app.window().runLesson(first));
        robot.interact(() -> app.window().runLesson(lessons.get(1)));
        String setup = text(robot, "#lesson-setup");
        ExperimentConfig set = lessons.get(1).scenario().config();
        assertTrue(setup.startsWith("The lesson set the controls on the left: ") && setup.contains(set.sampler().name())
                && setup.contains(String.format(java.util.Locale.ROOT, "%,d particles", set.particles())), setup);
        assertEquals(set, vm.config());
        click(robot, "#lesson-restore");
        assertEquals(mine, vm.config());
        assertEquals(7, vm.speedProperty().get(), 0.0);
        // the status line follows the restored run, whichever of its first frame and its info came first
        String steps = "step 0/" + mine.sampler().steps() + " ";
        await("the status line shows the restored run", () -> vm.numbersProperty().get().contains(steps));
        assertFalse(node(robot, "#lesson-panel", javafx.scene.Node.class).isVisible());
    }
}
