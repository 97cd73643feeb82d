package org.diffuscope.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.diffuscope.app.viewmodel.Lesson;

/**
 * The running lesson above the picture: its title, what it shows, what to watch, and what it set on the left (with
 * a button that puts the user's own settings back); closed with ✕.
 */
final class LessonPanel extends VBox {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final VBox watch = new VBox(2);
    private final Label setup = new Label();
    private final Button restore = new Button("Restore my settings");
    private Runnable restoreAction;

    LessonPanel() {
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(4);
        title.getStyleClass().add("lesson-title");
        title.setId("lesson-title");
        summary.setWrapText(true);
        // a wrapped label may otherwise be squeezed to one line ending in "..."
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setId("lesson-summary");
        Button close = new Button("✕");
        close.setId("lesson-close");
        close.setOnAction(e -> hide());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox top = new HBox(8, title, space, close);
        top.setAlignment(Pos.CENTER_LEFT);
        setup.setId("lesson-setup");
        setup.setWrapText(true);
        setup.setMinHeight(Region.USE_PREF_SIZE);
        setup.getStyleClass().add("lesson-setup");
        restore.setId("lesson-restore");
        restore.setTooltip(new javafx.scene.control.Tooltip(
                "Put back the target, sampler, corrector, particles, overlays and speed you had before the lesson"));
        restore.setOnAction(e -> {
            Runnable r = restoreAction;
            hide();
            if (r != null) {
                r.run();
            }
        });
        HBox bottom = new HBox(8, setup, restore);
        HBox.setHgrow(setup, Priority.ALWAYS);
        setup.setMaxWidth(Double.MAX_VALUE);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, summary, watch, bottom);
        hide();
    }

    /** Whether a lesson is showing. */
    boolean showing() {
        return isVisible();
    }

    /**
     * Shows a lesson.
     *
     * @param setupText what the lesson set on the left, in a sentence
     * @param restore   puts the user's settings from before the lesson back; the panel closes first
     */
    void show(Lesson lesson, String setupText, Runnable restore) {
        this.restoreAction = restore;
        setup.setText(setupText);
        title.setText("Lesson: " + lesson.title());
        summary.setText(lesson.summary());
        summary.setTooltip(new javafx.scene.control.Tooltip(lesson.summary()));
        watch.getChildren().clear();
        for (String w : lesson.watch()) {
            Label l = new Label("• " + w);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            watch.getChildren().add(l);
        }
        setVisible(true);
        setManaged(true);
    }

    /** Closes the panel; the lesson's settings stay. */
    void hide() {
        restoreAction = null;
        setVisible(false);
        setManaged(false);
    }
}
