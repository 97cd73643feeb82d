package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.stage.Stage;

import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.io.AnimatedGif;
import org.diffuscope.app.io.ScenarioFiles;
import org.diffuscope.app.io.TargetFiles;
import org.diffuscope.app.io.UserFiles;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.Scenario;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Scenarios, share strings, recent files, the session, drawing a target and the exports, in the real window. */
class DocumentsWindowTest extends WindowTest {

    private static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("diffuscope-docs");
        open(stage, new ExplorerApp(UserFiles.in(dir.resolve("config"))));
    }

    private ExplorerViewModel vm() {
        return app.viewModel();
    }

    private static Scenario teachersScene() {
        ExperimentConfig c = ExperimentConfig.defaults().withTarget(TargetChoice.preset("two-moons", 2))
                .withSampler(SamplerChoice.defaults("sde-em").withSteps(12)).withParticles(3000).withSeed(42);
        Overlays o = Overlays.defaults().withColor(ColorMode.FINAL_MODE).withTrailLength(5);
        return new Scenario(c, o, new Scenario.View(0.5, 0.25, 77.0), 20, true);
    }

    @Test
    void aSavedScenarioOpensToTheSameRunViewAndOverlays(FxRobot robot) throws Exception {
        await("the first frame", () -> vm().frameProperty().get() != null);
        Path file = dir.resolve("teacher.json");
        new ScenarioFiles().write(file, teachersScene());
        // as `java -jar diffuscope.jar teacher.json` opens it
        robot.interact(() -> assertTrue(app.window().documents().openArgument(file.toString())));
        await("the scene's run on screen", () -> vm().runInfoProperty().get() != null
                && vm().runInfoProperty().get().config().equals(teachersScene().config()));
        assertEquals(teachersScene().config(), vm().config());
        assertEquals(teachersScene().overlays(), vm().overlaysProperty().get());
        assertTrue(vm().loopProperty().get());
        await("the scene's view", () -> app.window().canvas().viewport() != null
                && app.window().canvas().viewport().scale() == 77.0);
        Viewport v = app.window().canvas().viewport();
        assertEquals(0.5, v.centerX());
        assertEquals(0.25, v.centerY());
        // saved back, it is the same scenario: what a student opens is what the teacher saw
        Scenario[] now = new Scenario[1];
        robot.interact(() -> now[0] = app.window().documents().current());
        assertEquals(teachersScene(), now[0]);
        assertEquals(List.of(file.toAbsolutePath()), UserFiles.in(dir.resolve("config")).recentFiles());
    }

    @Test
    void aShareStringShowsTheSameSceneAndABadOneChangesNothing(FxRobot robot) throws Exception {
        await("the first frame", () -> vm().frameProperty().get() != null);
        String text = new org.diffuscope.app.io.ShareStrings().encode(teachersScene());
        robot.interact(() -> assertTrue(app.window().documents().openShareString("  " + text + "\n")));
        assertEquals(teachersScene().config(), vm().config());
        robot.interact(() -> vm().setConfig(vm().config().withSeed(7)));
        // as `java -jar diffuscope.jar diffuscope:...` opens it
        robot.interact(() -> assertTrue(app.window().documents().openArgument(text)));
        assertEquals(teachersScene().config(), vm().config());
        ExperimentConfig before = vm().config();
        robot.interact(() -> assertFalse(app.window().documents().openShareString(text.substring(0, 40))));
        assertEquals(before, vm().config(), "a cut-off string changes nothing");
        String why = app.window().documents().lastErrorProperty().get();
        assertTrue(why.contains("incomplete") || why.contains("damaged"), why);
        // copy puts the scene's string on the clipboard, and it reads back to the scene on screen
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = app.window().documents().copyShareString());
        assertEquals(vm().config(), new org.diffuscope.app.io.ShareStrings().decode(copied[0]).config());
    }

    @Test
    void aBrokenFileShowsItsMessageAndChangesNothing(FxRobot robot) throws Exception {
        await("the first frame", () -> vm().frameProperty().get() != null);
        ExperimentConfig before = vm().config();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"diffuscope-scenario\", \"sampler\": {\"steps\": -4}}");
        robot.interact(() -> assertFalse(app.window().documents().open(bad)));
        assertTrue(app.window().documents().lastErrorProperty().get().contains("sampler.steps"),
                app.window().documents().lastErrorProperty().get());
        Path target = dir.resolve("target.json");
        Files.writeString(target, "{\"type\": \"circle\", \"center\": [0, 0], \"radius\": -1}");
        robot.interact(() -> assertFalse(app.window().documents().open(target)));
        assertTrue(app.window().documents().lastErrorProperty().get().contains("radius must be > 0"));
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"format\": \"diffuscope-scenario\", \"particles\": 4000000, "
                + "\"target\": {\"preset\": \"gmm-d\", \"dim\": 4096}}");
        robot.interact(() -> assertFalse(app.window().documents().open(huge)));
        assertTrue(app.window().documents().lastErrorProperty().get().contains("do not fit"),
                app.window().documents().lastErrorProperty().get());
        assertEquals(before, vm().config());
        assertTrue(UserFiles.in(dir.resolve("config")).recentFiles().isEmpty(), "failures are not recent files");
        // a good target file is a custom target at once
        Files.writeString(target, "{\"type\": \"circle\", \"center\": [1, 0], \"radius\": 2}");
        robot.interact(() -> assertTrue(app.window().documents().open(target)));
        assertFalse(vm().config().target().isPreset());
    }

    @Test
    void drawingPlacesGaussiansThatBecomeTheExactTargetAtOnce(FxRobot robot) {
        await("the first frame", () -> app.window().canvas().viewport() != null);
        click(robot, "#draw-target");
        assertTrue(robot.lookup("#draw-instructions").tryQuery().isPresent(), "instructions on screen");
        javafx.scene.Node layer = node(robot, "#draw-layer", javafx.scene.Node.class);
        var b = layer.localToScreen(layer.getBoundsInLocal());
        robot.clickOn(b.getMinX() + 0.75 * b.getWidth(), b.getMinY() + 0.6 * b.getHeight());
        await("a one-Gaussian target", () -> !vm().config().target().isPreset());
        robot.clickOn(b.getMinX() + 0.3 * b.getWidth(), b.getMinY() + 0.7 * b.getHeight());
        await("two Gaussians", () -> app.window().drawMode().drawn().blobs().size() == 2);
        var target = new TargetFiles().parse(vm().config().target().json(), "drawn");
        assertEquals("gaussian-mixture", target.kind());
        assertEquals(2, target.modeCount());
        Viewport v = app.window().canvas().viewport();
        var first = app.window().drawMode().drawn().blobs().get(0);
        assertEquals(v.toWorldX(0.75 * b.getWidth()), first.x(), 1.5 / v.scale(), "the Gaussian sits where the click was");
        click(robot, "#draw-line");
        robot.clickOn(b.getMinX() + 0.4 * b.getWidth(), b.getMinY() + 0.3 * b.getHeight());
        robot.doubleClickOn(b.getMinX() + 0.6 * b.getWidth(), b.getMinY() + 0.3 * b.getHeight());
        await("a line joined them", () -> app.window().drawMode().drawn().strokes().size() == 1);
        assertEquals("mixture", new TargetFiles().parse(vm().config().target().json(), "drawn").kind());
        assertEquals(v, app.window().canvas().viewport(), "the picture did not move under the mouse");
        click(robot, "#draw-target");
        assertFalse(robot.lookup("#draw-layer").tryQuery().isPresent(), "the layer is gone after drawing");
    }

    @Test
    void exportsWritePicturesAnimationsAndTables(FxRobot robot) throws Exception {
        await("the first frame", () -> vm().frameProperty().get() != null);
        robot.interact(() -> vm().setConfig(vm().config().withParticles(2000)
                .withSampler(SamplerChoice.defaults("ode-ei").withSteps(6))));
        for (int i = 0; i < 6; i++) {
            click(robot, "#step");
        }
        await("six steps", () -> vm().frameProperty().get().step() == 6);
        Frame f = vm().frameProperty().get();
        Viewport v = app.window().canvas().viewport();
        var info = vm().runInfoProperty().get();
        Path png = dir.resolve("view.png");
        ExportActions.writePicture(png, f, info, PictureExport.scaled(v, 2), vm().overlaysProperty().get(),
                app.window().canvas().themeProperty().get(), 2);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2 * v.width(), img.getWidth(), "re-rendered at twice the size");
        assertEquals(2 * v.height(), img.getHeight());
        // the suggested names differ by size, so a 2x export after a 1x one does not offer to overwrite it
        assertEquals("diffuscope-step6.png", ExportActions.pictureName(f, 1));
        assertEquals("diffuscope-step6-2x.png", ExportActions.pictureName(f, 2));
        CompletableFuture<List<Frame>> frames = new CompletableFuture<>();
        vm().engine().recordedFrames(frames::complete);
        Path gif = dir.resolve("run.gif");
        ExportActions.writeAnimation(gif, frames.get(60, TimeUnit.SECONDS), info, PictureExport.scaled(v, 0.5),
                vm().overlaysProperty().get(), app.window().canvas().themeProperty().get(), 0.5, 12);
        assertEquals(7, AnimatedGif.frameCount(gif), "the prior and six steps");
        assertTrue(Files.readString(gif, StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"), "loops forever");
        Path csv = dir.resolve("metrics.csv");
        org.diffuscope.app.io.AtomicFiles.writeText(csv, w -> org.diffuscope.app.io.FramesCsv.writeMetrics(w, f.series()));
        List<String> rows = Files.readAllLines(csv);
        assertEquals(8, rows.size(), "a header and seven frames");
        assertTrue(rows.get(0).startsWith("index,step,t,phase,nfe,L,") && rows.get(0).contains("mean_error"), rows.get(0));
        BufferedImage[] chart = new BufferedImage[1];
        robot.interact(() -> chart[0] = ExportActions.snapshot(app.window().metrics().charts().get(0), 2));
        assertNotNull(chart[0]);
        assertTrue(chart[0].getWidth() > 100, "the chart at twice its size: " + chart[0].getWidth());
    }

    @Test
    void replacingAFileIsConfirmedUnlessTheDialogAlreadyAsked(FxRobot robot) throws Exception {
        Path existing = dir.resolve("picture.png");
        Files.writeString(existing, "old");
        List<Path> asked = new java.util.ArrayList<>();
        SaveDialogs no = new SaveDialogs(null, p -> {
            asked.add(p);
            return false;
        });
        assertTrue(no.confirm(existing, false, "png").isEmpty(), "not replaced without a yes");
        assertTrue(no.confirm(dir.resolve("picture"), false, "png").isEmpty(),
                "a name that exists only with the extension added is confirmed too");
        assertEquals(List.of(existing, existing), asked);
        assertEquals(existing, no.confirm(existing, true, "png").orElseThrow(), "the platform dialog asked already");
        assertEquals(dir.resolve("new.png"), no.confirm(dir.resolve("new"), false, "png").orElseThrow());
        SaveDialogs yes = new SaveDialogs(null, p -> true);
        assertEquals(existing, yes.confirm(dir.resolve("picture"), false, "png").orElseThrow());
        assertEquals("old", Files.readString(existing), "confirming writes nothing by itself");
    }

    @Test
    void theSessionIsSavedAndACorruptOneStartsTheDefaultSceneWithANote(FxRobot robot) throws Exception {
        await("the first frame", () -> vm().frameProperty().get() != null);
        robot.interact(() -> vm().setConfig(vm().config().withSeed(77)));
        robot.interact(() -> app.session().saveLater());
        Path session = dir.resolve("config").resolve("session.json");
        await("the session written", () -> Files.exists(session));
        assertEquals(77, new ScenarioFiles().read(session).config().seed());
        // a fresh window on that folder restores it
        UserFiles files = UserFiles.in(dir.resolve("config"));
        assertEquals(77, files.readSession().orElseThrow().config().seed());
        Files.writeString(session, "{\"format\": \"diffuscope-scenario\", \"particles\": ");
        String[] problem = new String[1];
        robot.interact(() -> problem[0] = new SessionKeeper(files, app.window(), vm()).restore(1L << 30));
        assertNotNull(problem[0]);
        assertTrue(problem[0].startsWith("The last session could not be restored") && problem[0].contains("default scene"),
                problem[0]);
        assertFalse(Files.exists(session), "moved aside");
        assertTrue(Files.exists(dir.resolve("config").resolve("session.json.bad")));
        robot.interact(() -> problem[0] = new SessionKeeper(files, app.window(), vm()).restore(1L << 30));
        assertNull(problem[0], "the next start is clean");
    }
}
