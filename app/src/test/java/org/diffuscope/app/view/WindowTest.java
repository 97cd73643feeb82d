package org.diffuscope.app.view;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real explorer window, started fresh for each test (headless on Monocle) and stopped on the FX thread.
 * Subclasses declare {@code @Start void start(Stage s) { open(s); }}: TestFX looks for it on the test class itself.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    protected ExplorerApp app;

    protected void open(Stage stage) {
        open(stage, new ExplorerApp());
    }

    /** Opens this app (e.g. one with its own user files) in the stage. */
    protected void open(Stage stage, ExplorerApp explorer) {
        app = explorer;
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(app::stop).get(30, TimeUnit.SECONDS);
    }

    /**
     * Clicks the node the query finds, looked up on the FX thread: TestFX's {@code clickOn(query)} walks the scene's
     * children from the test thread, and a playing window changes them meanwhile (an IndexOutOfBoundsException in
     * {@code Parent.lookupAll}, seen once in CI).
     */
    protected static void click(FxRobot robot, String query) {
        robot.clickOn(node(robot, query, Node.class));
    }

    /**
     * The node the query finds, looked up on the FX thread (for the same reason as {@link #click}); not to be called
     * on the FX thread itself.
     */
    protected static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        T node;
        try {
            node = WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).queryAs(type)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no node " + query, e);
        }
        if (node == null) {
            throw new AssertionError("no node " + query);
        }
        return node;
    }

    /** The text of the labelled node the query finds, read on the FX thread. */
    protected static String text(FxRobot robot, String query) {
        javafx.scene.control.Labeled labeled = node(robot, query, javafx.scene.control.Labeled.class);
        try {
            return WaitForAsyncUtils.asyncFx(labeled::getText).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no text of " + query, e);
        }
    }

    /** Waits (up to two minutes) until the condition holds on the FX thread's current state. */
    protected static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }
}
