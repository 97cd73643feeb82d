package org.diffuscope.app.view;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.diffuscope.app.engine.ProjectionChoice;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.viewmodel.DisplaySettings;
import org.diffuscope.app.viewmodel.ExplorerViewModel;

/**
 * How the picture shows the run: 2D or 3D (automatic: 3D for 3-dimensional targets), the projection of
 * high-dimensional runs (chosen coordinates, a random orthonormal projection, principal axes of p_0), and the 3D
 * view's options (auto-rotate, axes box, marginal panels, camera reset).
 */
final class ViewControls {

    private final ExplorerViewModel vm;
    private final DisplaySettings display;
    private final ToggleButton auto = new ToggleButton("Auto");
    private final ToggleButton flat = new ToggleButton("2D");
    private final ToggleButton deep = new ToggleButton("3D");
    private final ComboBox<ProjectionChoice.Kind> kind = new ComboBox<>();
    private final NumberField[] axes = new NumberField[3];
    private final HBox axesBox;
    private final Label axesLabel;
    private final Label shows = new Label();
    private final TitledPane pane;
    private boolean updating;

    ViewControls(ExplorerViewModel vm, DisplaySettings display, CanvasView canvas) {
        this.vm = vm;
        this.display = display;
        auto.setId("view-auto");
        flat.setId("view-2d");
        deep.setId("view-3d");
        SegmentedButton mode = new SegmentedButton(auto, flat, deep);
        mode.setId("view-mode");
        kind.getItems().addAll(ProjectionChoice.Kind.values());
        kind.setId("projection-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        String[] names = {"across", "up (2D) / depth (3D)", "up (3D)"};
        for (int k = 0; k < 3; k++) {
            int which = k;
            axes[k] = new NumberField("coordinate " + names[k], 0, 4095, true, k, v -> {
                RunInfo info = vm.runInfoProperty().get();
                int d = info == null ? Integer.MAX_VALUE : info.target().dim();
                return v < d ? null : "coordinates are numbered 0.." + (d - 1) + " for d = " + d;
            });
            axes[k].setId("projection-axis-" + k);
            axes[k].textField().setPrefColumnCount(3);
            axes[k].valueProperty().addListener((o, a, b) -> {
                if (!updating) {
                    choose(axesChoice(which, b.intValue()));
                }
            });
        }
        axesBox = new HBox(4, axes[0], axes[1], axes[2]);
        ToggleSwitch rotate = new ToggleSwitch("Auto-rotate while playing");
        rotate.setId("auto-rotate");
        rotate.selectedProperty().bindBidirectional(display.autoRotateProperty());
        ToggleSwitch box = new ToggleSwitch("Axes box");
        box.selectedProperty().bindBidirectional(display.axesBoxProperty());
        ToggleSwitch marginals = new ToggleSwitch("Marginal panels of p_t");
        marginals.setId("marginal-panels");
        marginals.selectedProperty().bindBidirectional(display.marginalsProperty());
        marginals.setTooltip(new Tooltip("Three side panels with the exact 2D marginals of p_t (Monte Carlo from exact "
                + "samples) and the particles; needs the exact density overlay on"));
        Button reset = new Button("Reset camera");
        reset.setId("reset-camera");
        reset.setOnAction(e -> canvas.fitView());
        shows.setId("projection-description");
        shows.setWrapText(true);
        shows.getStyleClass().add("hint");

        Form form = new Form();
        form.row("Picture", mode, "2D or 3D; Auto shows 3-dimensional targets in 3D and the rest in 2D");
        form.row("Projection", kind, "How runs with more dimensions than the picture are shown: chosen coordinates, "
                + "a random orthonormal projection (fixed seed), or the principal axes of p_0 (eigenvectors of its "
                + "exact covariance, largest variance first)");
        axesLabel = form.row("Coordinates", axesBox, "The coordinates shown across, up (2D) or into the picture "
                + "(3D), and up (3D), numbered from 0");
        form.wide(shows);
        form.wide(rotate);
        form.wide(box);
        form.wide(marginals);
        form.wide(reset);
        pane = form.titled("View", "view-section");
        rotate.setTooltip(new Tooltip("Turn the 3D view slowly while the run plays"));

        auto.setOnAction(e -> choose(display.projectionProperty().get().withView(ProjectionChoice.AUTO)));
        flat.setOnAction(e -> choose(display.projectionProperty().get().withView(2)));
        deep.setOnAction(e -> choose(display.projectionProperty().get().withView(3)));
        kind.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                choose(display.projectionProperty().get().withKind(b));
            }
        });
        display.projectionProperty().addListener((o, a, b) -> refresh(vm.runInfoProperty().get()));
        vm.runInfoProperty().addListener((o, a, b) -> refresh(b));
        refresh(vm.runInfoProperty().get());
    }

    private ProjectionChoice axesChoice(int which, int value) {
        ProjectionChoice c = display.projectionProperty().get();
        int[] a = {c.axisX(), c.axisY(), c.axisZ()};
        a[which] = value;
        return c.withAxes(a[0], a[1], a[2]);
    }

    private void choose(ProjectionChoice c) {
        display.projectionProperty().set(c);
        // a click on the selected segment would unselect it: show the choice again
        refresh(vm.runInfoProperty().get());
    }

    private void refresh(RunInfo info) {
        updating = true;
        try {
            ProjectionChoice c = display.projectionProperty().get();
            auto.setSelected(c.view() == ProjectionChoice.AUTO);
            flat.setSelected(c.view() == 2);
            deep.setSelected(c.view() == 3);
            kind.setValue(c.kind());
            int d = info == null ? 2 : info.target().dim();
            int v = c.viewDim(d);
            List<Integer> values = List.of(c.axisX(), c.axisY(), c.axisZ());
            for (int k = 0; k < 3; k++) {
                axes[k].setValue(values.get(k));
                Form.show(k < v, axes[k]);
            }
            Form.show(c.kind() == ProjectionChoice.Kind.COORDINATES && d > v, axesBox, axesLabel);
            deep.setDisable(d < 3);
            shows.setText(info == null ? "" : "Showing " + info.projection().description()
                    + (d < 3 && c.view() == 3 ? " (3D needs d ≥ 3)" : ""));
        } finally {
            updating = false;
        }
    }

    TitledPane pane() {
        return pane;
    }
}
