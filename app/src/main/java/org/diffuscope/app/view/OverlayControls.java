package org.diffuscope.app.view;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.HelpTexts;

/** What is drawn: exact density (heat map, contours), vector field, trails, colouring, followed trajectories. */
final class OverlayControls {

    private final TitledPane pane;

    OverlayControls(ExplorerViewModel vm, HelpTexts help) {
        Overlays o = vm.overlaysProperty().get();
        ToggleSwitch density = new ToggleSwitch("Exact density p_t");
        density.setId("overlay-density");
        density.setSelected(o.density());
        density.setTooltip(new Tooltip(help.tooltip("overlays", "density", "The exact density of p_t at the current time")));
        ToggleButton heat = new ToggleButton("Heat");
        ToggleButton contours = new ToggleButton("Contours");
        ToggleButton both = new ToggleButton("Both");
        SegmentedButton style = new SegmentedButton(heat, contours, both);
        heat.setSelected(true);
        ComboBox<Overlays.FieldKind> field = new ComboBox<>();
        field.getItems().addAll(Overlays.FieldKind.values());
        field.setValue(o.field());
        field.setId("overlay-field");
        field.setMaxWidth(Double.MAX_VALUE);
        Slider trails = new Slider(0, Overlays.MAX_TRAIL, o.trailLength());
        trails.setId("overlay-trails");
        trails.setMajorTickUnit(16);
        trails.setShowTickMarks(true);
        trails.setSnapToTicks(false);
        ComboBox<ColorMode> colour = new ComboBox<>();
        colour.getItems().addAll(ColorMode.values());
        colour.setValue(o.color());
        colour.setId("overlay-colour");
        colour.setMaxWidth(Double.MAX_VALUE);
        Slider size = new Slider(1, 4, o.particleSize());
        size.setMajorTickUnit(1);
        size.setMinorTickCount(0);
        size.setSnapToTicks(true);
        size.setShowTickMarks(true);
        ToggleSwitch paths = new ToggleSwitch("Followed trajectories");
        paths.setSelected(o.paths());
        Button clear = new Button("Clear followed");
        clear.setId("clear-followed");
        clear.setOnAction(e -> vm.clearHighlights());

        Form form = new Form();
        form.wide(density);
        form.row("Density as", style, "Heat map, contour lines of the exact density, or both");
        form.row("Arrows", field, help.tooltip("overlays", "field", "Vector field arrows: score, ODE velocity or SDE drift"));
        form.row("Trails", trails, help.tooltip("overlays", "trails", "Frames of trail behind each particle (the first " + Overlays.TRAIL_PARTICLES + ")"));
        form.row("Colour", colour, "Colour particles by mode now, final mode (flow map), speed, or exact log density");
        form.row("Dot size", size, "Particle size in pixels");
        form.wide(paths);
        paths.setTooltip(new Tooltip("Click particles in the picture to follow their whole trajectory"));
        form.wide(clear);
        pane = form.titled("Overlays", "overlay-section");

        density.selectedProperty().addListener((ob, a, b) -> vm.overlaysProperty().set(vm.overlaysProperty().get().withDensity(b)));
        heat.setOnAction(e -> setStyle(vm, heat, Overlays.DensityStyle.HEAT));
        contours.setOnAction(e -> setStyle(vm, contours, Overlays.DensityStyle.CONTOURS));
        both.setOnAction(e -> setStyle(vm, both, Overlays.DensityStyle.BOTH));
        field.valueProperty().addListener((ob, a, b) -> vm.overlaysProperty().set(vm.overlaysProperty().get().withField(b)));
        trails.valueProperty().addListener((ob, a, b) ->
                vm.overlaysProperty().set(vm.overlaysProperty().get().withTrailLength((int) Math.round(b.doubleValue()))));
        colour.valueProperty().addListener((ob, a, b) -> vm.overlaysProperty().set(vm.overlaysProperty().get().withColor(b)));
        size.valueProperty().addListener((ob, a, b) ->
                vm.overlaysProperty().set(vm.overlaysProperty().get().withParticleSize((int) Math.round(b.doubleValue()))));
        paths.selectedProperty().addListener((ob, a, b) -> vm.overlaysProperty().set(vm.overlaysProperty().get().withPaths(b)));
        vm.overlaysProperty().addListener((ob, a, b) -> {
            density.setSelected(b.density());
            field.setValue(b.field());
            colour.setValue(b.color());
            trails.setValue(b.trailLength());
            paths.setSelected(b.paths());
            size.setValue(b.particleSize());
            heat.setSelected(b.densityStyle() == Overlays.DensityStyle.HEAT);
            contours.setSelected(b.densityStyle() == Overlays.DensityStyle.CONTOURS);
            both.setSelected(b.densityStyle() == Overlays.DensityStyle.BOTH);
        });
    }

    private static void setStyle(ExplorerViewModel vm, ToggleButton button, Overlays.DensityStyle style) {
        button.setSelected(true);
        vm.overlaysProperty().set(vm.overlaysProperty().get().withDensityStyle(style));
    }

    TitledPane pane() {
        return pane;
    }
}
