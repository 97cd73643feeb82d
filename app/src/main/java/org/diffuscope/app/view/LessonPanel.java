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

/** The running lesson above the picture: its title, what it shows, and what to watch; closed with ✕. */
final class LessonPanel extends VBox {

    private final Label title = new Label();
    private final Label summary = new Label();
    private final VBox watch = new VBox(2);

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
        getChildren().addAll(top, summary, watch);
        hide();
    }

    void show(Lesson lesson) {
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

    void hide() {
        setVisible(false);
        setManaged(false);
    }
}
