package org.diffuscope.app.view;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form (label, control) inside a titled section, with tooltips on both. */
final class Form {

    private final GridPane grid = new GridPane();
    private int row;

    Form() {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(78);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
    }

    /** Adds a labelled row; returns the label (to hide the row with its control). */
    Label row(String label, Node control, String tooltip) {
        Label l = new Label(label);
        l.setLabelFor(control);
        if (tooltip != null) {
            Tooltip tip = new Tooltip(tooltip);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            l.setTooltip(tip);
            if (control instanceof Control c) {
                c.setTooltip(tip);
            } else if (control instanceof NumberField f) {
                f.textField().setTooltip(tip);
            }
        }
        grid.add(l, 0, row);
        grid.add(control, 1, row);
        row++;
        return l;
    }

    /** Adds a control spanning both columns. */
    void wide(Node control) {
        grid.add(control, 0, row, 2, 1);
        row++;
    }

    /** Shows or hides a row (label and control). */
    static void show(boolean visible, Node... nodes) {
        for (Node n : nodes) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
    }

    TitledPane titled(String title, String id) {
        TitledPane p = new TitledPane(title, grid);
        p.setId(id);
        p.setAnimated(false);
        return p;
    }
}
