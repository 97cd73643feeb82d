package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.ProjectionChoice;
import org.diffuscope.app.render.Camera3D;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 3D view in the real window (headless, on Monocle): it opens for 3D presets, turns when dragged, plays. */
class View3DWindowTest extends WindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void theSceneShrinksAndGrowsWithTheWindowAndComesBackAsItWas(FxRobot robot) {
        open3d(robot, "sphere");
        robot.interact(() -> canvas().zoom(1.3));
        org.diffuscope.app.render.Camera3D before = canvas().camera();
        double w = stage.getWidth();
        double h = stage.getHeight();
        robot.interact(() -> {
            stage.setWidth(w * 0.7);
            stage.setHeight(h * 0.7);
        });
        await("the picture resized", () -> canvas().camera().width() < before.width());
        org.diffuscope.app.render.Camera3D small = canvas().camera();
        assertTrue(small.scale() < 0.85 * before.scale(), "the scene shrank with the pane: " + small.scale() + " against "
                + before.scale());
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        await("the picture back to its size", () -> canvas().camera().width() == before.width()
                && canvas().camera().height() == before.height());
        // the user's zoom, angles and pan come back exactly (to rounding): nothing accumulated on the way
        org.diffuscope.app.render.Camera3D back = canvas().camera();
        assertEquals(before.scale(), back.scale(), 1e-9 * before.scale());
        assertEquals(before.yaw(), back.yaw(), 0.0);
        assertEquals(before.panX(), back.panX(), 1e-6);
    }

    private ExplorerViewModel vm() {
        return app.viewModel();
    }

    private CanvasView canvas() {
        return app.window().canvas();
    }

    private Frame frame() {
        return vm().frameProperty().get();
    }

    /** A copy of the painted pixels, taken on the FX thread. */
    private int[] pixels() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> canvas().pixels().raster().pixels().clone()).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** Switches to a preset with few particles and waits for its first frame in 3D. */
    private void open3d(FxRobot robot, String preset) {
        await("the first frame", () -> frame() != null);
        robot.interact(() -> vm().setConfig(vm().config().withTarget(TargetChoice.preset(preset, 3)).withParticles(4000)));
        await("a 3D frame painted, the box fitted to the target", () -> frame().viewDim() == 3
                && frame().count() == 4000 && canvas().threeD() && canvas().sceneFitted());
    }

    @Test
    void theExportsDrawTheThreeDimensionalViewAsShownAndLargerOffTheFxThread(FxRobot robot) throws Exception {
        open3d(robot, "helix");
        robot.interact(() -> vm().pause());
        await("paused", () -> !vm().playingProperty().get());
        robot.sleep(300);
        Frame f = frame();
        int[] shown = pixels();
        int w = canvas().pixels().raster().width();
        int h = canvas().pixels().raster().height();
        java.awt.image.BufferedImage same = painted(f, 1);
        assertEquals(w, same.getWidth());
        assertEquals(h, same.getHeight());
        int[] exported = same.getRGB(0, 0, w, h, null, 0, w);
        int differ = 0;
        int background = exported[0];
        int drawn = 0;
        for (int i = 0; i < exported.length; i++) {
            differ += (exported[i] | 0xFF000000) != (shown[i] | 0xFF000000) ? 1 : 0;
            drawn += exported[i] != background ? 1 : 0;
        }
        // the same camera, scene and exact cloud: only the labels' text (a layer above the picture on screen) differs
        assertTrue(differ < exported.length / 50, differ + " of " + exported.length + " pixels differ from the screen");
        assertTrue(differ > 0, "the labels and the time are in the picture");
        assertTrue(drawn > exported.length / 100, "particles and the box are drawn: " + drawn);
        java.awt.image.BufferedImage twice = painted(f, 2);
        assertEquals(2 * w, twice.getWidth());
        assertEquals(2 * h, twice.getHeight());
    }

    /** Frame f as the exports paint it at k times the size: the painter taken on the FX thread, run off it. */
    private java.awt.image.BufferedImage painted(Frame f, double k) throws Exception {
        var painter = WaitForAsyncUtils.asyncFx(() -> canvas().painter3d(vm().runInfoProperty().get(),
                vm().overlaysProperty().get(), k)).get();
        return java.util.concurrent.ForkJoinPool.commonPool().submit(() -> painter.apply(f)).get();
    }

    @Test
    void aThreeDimensionalPresetOpensInThreeDimensionsAndDraggingTurnsIt(FxRobot robot) {
        open3d(robot, "sphere");
        Camera3D before = canvas().camera();
        int[] pixelsBefore = pixels();
        Node picture = node(robot, "#canvas", Node.class);
        robot.drag(picture, MouseButton.PRIMARY).moveBy(120, 40).drop();
        await("the camera turned", () -> canvas().camera().yaw() != before.yaw());
        Camera3D after = canvas().camera();
        // 120 pixels right and 40 down at ORBIT_PER_PIXEL radians each
        assertEquals(120 * View3D.ORBIT_PER_PIXEL, after.yaw() - before.yaw(), 0.05, "right turns the front right");
        assertEquals(40 * View3D.ORBIT_PER_PIXEL, after.pitch() - before.pitch(), 0.05, "down raises the eye");
        await("repainted", () -> !Arrays.equals(pixelsBefore, pixels()));
        // shift-drag pans instead
        robot.press(KeyCode.SHIFT);
        robot.drag(picture, MouseButton.PRIMARY).moveBy(-60, 0).drop();
        robot.release(KeyCode.SHIFT);
        await("panned", () -> canvas().camera().panX() < after.panX());
        assertEquals(after.yaw(), canvas().camera().yaw(), "a pan does not turn");
    }

    @Test
    void aSavedScenarioKeepsTheCamerasAnglesAndZoom(FxRobot robot) {
        open3d(robot, "sphere");
        robot.interact(() -> {
            canvas().orbit(0.7, 0.3);
            canvas().zoom(1.8);
        });
        Camera3D turned = canvas().camera();
        org.diffuscope.app.viewmodel.Scenario[] saved = new org.diffuscope.app.viewmodel.Scenario[1];
        robot.interact(() -> saved[0] = app.window().documents().current());
        org.diffuscope.app.viewmodel.Scenario.Camera c = saved[0].camera();
        assertEquals(Math.toDegrees(turned.yaw()), c.yawDegrees(), 1e-9);
        assertEquals(Math.toDegrees(turned.pitch()), c.pitchDegrees(), 1e-9);
        assertEquals(1.8, c.zoom(), 1e-9, "zoom against the fitted camera");
        // back to the fitted default, then the scenario (through its file text) turns and zooms the camera again
        robot.interact(() -> canvas().fitView());
        await("refitted", () -> canvas().camera() != null && Math.abs(canvas().camera().yaw() - turned.yaw()) > 0.1);
        org.diffuscope.app.io.ScenarioFiles files = new org.diffuscope.app.io.ScenarioFiles();
        org.diffuscope.app.viewmodel.Scenario back = files.parse(files.text(saved[0]), "s.json");
        robot.interact(() -> app.window().documents().show(back, null));
        await("the saved camera is back", () -> canvas().camera() != null && canvas().sceneFitted()
                && Math.abs(canvas().camera().yaw() - turned.yaw()) < 1e-9
                && Math.abs(canvas().camera().pitch() - turned.pitch()) < 1e-9
                && Math.abs(canvas().camera().scale() - turned.scale()) < 1e-9 * turned.scale());
    }

    @Test
    void theControlsHintFitsNarrowPictures(FxRobot robot) {
        String[] wide = new String[1];
        String[] narrow = new String[1];
        String[] tiny = new String[1];
        javafx.scene.text.Font font = javafx.scene.text.Font.font(11);
        robot.interact(() -> {
            wide[0] = View3D.hint(font, 2000);
            narrow[0] = View3D.hint(font, 420);
            tiny[0] = View3D.hint(font, 10);
        });
        assertTrue(wide[0].contains("double-click: reset") && wide[0].contains("W/A/S/D"), wide[0]);
        assertTrue(narrow[0].length() < wide[0].length() && narrow[0].startsWith("drag: orbit"), narrow[0]);
        javafx.scene.text.Text probe = new javafx.scene.text.Text(narrow[0]);
        probe.setFont(font);
        assertTrue(probe.getLayoutBounds().getWidth() <= 420, "fits: " + narrow[0]);
        assertEquals("drag: orbit", tiny[0], "the shortest when none fits");
    }

    @Test
    void aThreeDimensionalPresetPlays(FxRobot robot) {
        open3d(robot, "linked-rings");
        Frame first = frame();
        int[] before = pixels();
        click(robot, "#play");
        await("time advances", () -> frame().t() < 1.0);
        click(robot, "#play");
        await("paused", () -> !vm().playingProperty().get());
        assertEquals(3, frame().viewDim());
        assertFalse(Arrays.equals(first.points(), frame().points()), "particles moved");
        await("repainted", () -> !Arrays.equals(before, pixels()));
    }

    @Test
    void twoDimensionalTargetsGoBackToTwoDimensionsAndTheViewSectionSwitches(FxRobot robot) {
        open3d(robot, "helix");
        robot.interact(() -> vm().setConfig(vm().config().withTarget(TargetChoice.preset("ring8", 2))));
        await("2D again", () -> frame().viewDim() == 2 && frame().t() == 5.0 && !canvas().threeD());
        robot.interact(() -> vm().setConfig(vm().config().withTarget(TargetChoice.preset("helix", 3))));
        await("3D again", () -> frame().viewDim() == 3);
        robot.interact(() -> robot.lookup("#view-section").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true));
        robot.interact(() -> robot.lookup("#view-2d").queryAs(javafx.scene.control.ToggleButton.class).fire());
        await("2D by choice", () -> frame().viewDim() == 2);
        assertEquals(2, app.window().display().projectionProperty().get().view());
        robot.interact(() -> robot.lookup("#view-3d").queryAs(javafx.scene.control.ToggleButton.class).fire());
        await("3D by choice", () -> frame().viewDim() == 3);
        robot.interact(() -> app.window().display().projectionProperty().set(
                ProjectionChoice.defaults().withKind(ProjectionChoice.Kind.PRINCIPAL)));
        await("principal axes", () -> vm().runInfoProperty().get().projection().axisName(0).equals("PC1"));
    }

    @Test
    void keysOrbitWhenThePictureHasFocusAndAClickFollowsAParticle(FxRobot robot) {
        open3d(robot, "sphere");
        Node picture = node(robot, "#canvas", Node.class);
        // a click on empty space (the picture's top-left corner, far from the cloud) follows nobody
        robot.moveTo(picture, javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(6, 6),
                org.testfx.robot.Motion.DIRECT).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        robot.sleep(400);
        assertEquals(0, frame().paths().size(), "no particle within a few pixels of the click");
        robot.clickOn(picture);
        await("a particle followed", () -> frame().paths().size() == 1);
        double yaw = canvas().camera().yaw();
        robot.type(KeyCode.A);
        await("turned by the key", () -> canvas().camera().yaw() < yaw);
        double pitch = canvas().camera().pitch();
        robot.type(KeyCode.W);
        await("tilted by the key", () -> canvas().camera().pitch() > pitch);
        // W/A/S/D turn the picture wherever the focus is but in a text field: here the target list's
        robot.interact(() -> robot.lookup("#preset").query().requestFocus());
        double yawAway = canvas().camera().yaw();
        robot.type(KeyCode.D);
        await("turned with the focus in the target list", () -> canvas().camera().yaw() > yawAway);
        // Space still plays wherever the focus is
        robot.type(KeyCode.SPACE);
        await("playing", () -> vm().playingProperty().get() || frame().index() > 0);
        robot.type(KeyCode.SPACE);
        await("paused", () -> !vm().playingProperty().get());
        assertNotEquals(0, frame().paths().values().iterator().next().length);
    }
}
