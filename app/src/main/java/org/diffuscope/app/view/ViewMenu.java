package org.diffuscope.app.view;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import org.diffuscope.app.engine.ProjectionChoice;
import org.diffuscope.app.viewmodel.DisplaySettings;

/** The View menu's items for the picture: automatic, 2D or 3D, and auto-rotation of the 3D view. */
final class ViewMenu {

    private final DisplaySettings display;

    ViewMenu(DisplaySettings display) {
        this.display = display;
    }

    /** "Picture" with Automatic / 2D / 3D, kept in step with the View section. */
    Menu picture() {
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem auto = radio("Automatic (3D for d = 3)", ProjectionChoice.AUTO, group);
        RadioMenuItem flat = radio("2D", 2, group);
        RadioMenuItem deep = radio("3D", 3, group);
        display.projectionProperty().addListener((o, a, b) -> select(b.view(), auto, flat, deep));
        select(display.projectionProperty().get().view(), auto, flat, deep);
        return new Menu("Picture", null, auto, flat, deep);
    }

    CheckMenuItem autoRotate() {
        CheckMenuItem rotate = new CheckMenuItem("Auto-rotate 3D view while playing");
        rotate.selectedProperty().bindBidirectional(display.autoRotateProperty());
        return rotate;
    }

    private RadioMenuItem radio(String text, int view, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setOnAction(e -> display.projectionProperty().set(display.projectionProperty().get().withView(view)));
        return item;
    }

    private static void select(int view, RadioMenuItem auto, RadioMenuItem flat, RadioMenuItem deep) {
        auto.setSelected(view == ProjectionChoice.AUTO);
        flat.setSelected(view == 2);
        deep.setSelected(view == 3);
    }
}
