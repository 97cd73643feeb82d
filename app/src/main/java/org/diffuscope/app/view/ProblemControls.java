package org.diffuscope.app.view;

import java.util.List;
import java.util.Locale;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.HelpTexts;
import org.diffuscope.app.viewmodel.ProcessChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.preset.Preset;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.ForwardProcess;

/** The problem: target preset (with thumbnails and dimension) and forward process (with its time interval). */
final class ProblemControls {

    static final String CUSTOM = "(custom target file)";

    private final ExplorerViewModel vm;
    private final ComboBox<String> preset = new ComboBox<>();
    private final NumberField dim = new NumberField("dimension", 1, 4096, true, 2);
    private final Label dimLabel;
    private final ComboBox<String> process = new ComboBox<>();
    private final NumberField tMin;
    private final NumberField tMax;
    private final TitledPane pane;
    private boolean updating;

    ProblemControls(ExplorerViewModel vm, HelpTexts help, Thumbnails thumbnails) {
        this.vm = vm;
        for (Preset p : Presets.all()) {
            preset.getItems().add(p.name());
        }
        preset.setId("preset");
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setCellFactory(lv -> new PresetCell(thumbnails));
        preset.setButtonCell(new PresetCell(thumbnails));
        process.getItems().addAll("ou", "vp-linear", "vp-cosine", "ve");
        process.setId("process");
        process.setMaxWidth(Double.MAX_VALUE);
        tMin = new NumberField("t-min", 1e-9, 50, false, 1e-3,
                v -> v < vm.config().process().tMax() ? null : "t-min must be < t-max (" + vm.config().process().tMax() + ")");
        tMax = new NumberField("t-max", 1e-6, 50, false, 5,
                v -> {
                    ForwardProcess p = ForwardProcess.named(vm.config().process().name());
                    double lo = vm.config().process().tMin();
                    return v > lo && v <= p.tLimit() ? null : String.format(Locale.ROOT,
                            "t-max must be in (t-min = %s, %s] for %s", lo, p.tLimit(), p.name());
                });
        tMin.setId("t-min");
        tMax.setId("t-max");
        dim.setId("dim");

        Form form = new Form();
        form.row("Target", preset, "The data distribution p_0; every one has an exact noised density and score");
        dimLabel = form.row("Dimension", dim, "Dimension d, for presets that scale with d (1..4096)");
        form.row("Process", process, help.tooltip("processes", "ou", "The forward (noising) process"));
        form.row("t-max", tMax, "Where sampling starts: the prior N(0, I) is exact only as t-max grows (OU: 5)");
        form.row("t-min", tMin, "Where sampling stops (> 0: the score blows up at t = 0 for non-smooth data)");
        pane = form.titled("Problem", "problem-section");

        preset.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null && !CUSTOM.equals(b)) {
                Preset p = Presets.byName(b).orElseThrow();
                vm.setConfig(vm.config().withTarget(TargetChoice.preset(b, p.dim())));
            }
        });
        dim.valueProperty().addListener((o, a, b) -> {
            if (!updating && vm.config().target().isPreset()) {
                vm.setConfig(vm.config().withTarget(TargetChoice.preset(vm.config().target().preset(), b.intValue())));
            }
        });
        process.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null && !b.equals(vm.config().process().name())) {
                vm.setConfig(vm.config().withProcess(ProcessChoice.defaults(b)));
            }
        });
        tMax.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setConfig(vm.config().withProcess(vm.config().process().withTMax(b.doubleValue())));
            }
        });
        tMin.valueProperty().addListener((o, a, b) -> {
            if (!updating) {
                vm.setConfig(vm.config().withProcess(vm.config().process().withTMin(b.doubleValue())));
            }
        });
        vm.configProperty().addListener((o, a, b) -> refresh(b));
        refresh(vm.config());
    }

    TitledPane pane() {
        return pane;
    }

    List<NumberField> fields() {
        return List.of(dim, tMin, tMax);
    }

    private void refresh(ExperimentConfig c) {
        updating = true;
        try {
            if (c.target().isPreset()) {
                preset.getItems().remove(CUSTOM);
                preset.setValue(c.target().preset());
                Preset p = Presets.byName(c.target().preset()).orElseThrow();
                Form.show(p.scalesWithDim(), dim, dimLabel);
                dim.setValue(c.target().dim());
            } else {
                if (!preset.getItems().contains(CUSTOM)) {
                    preset.getItems().add(CUSTOM);
                }
                preset.setValue(CUSTOM);
                Form.show(false, dim, dimLabel);
            }
            process.setValue(c.process().name());
            tMin.setValue(c.process().tMin());
            tMax.setValue(c.process().tMax());
        } finally {
            updating = false;
        }
    }

    /** A preset with its thumbnail and description. */
    private static final class PresetCell extends ListCell<String> {
        private final Thumbnails thumbnails;

        PresetCell(Thumbnails thumbnails) {
            this.thumbnails = thumbnails;
        }

        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(name);
            var p = Presets.byName(name);
            if (p.isPresent()) {
                setGraphic(new ImageView(thumbnails.of(p.get())));
                setTooltip(new Tooltip(p.get().description() + " (" + p.get().kind() + ", d = " + p.get().dim() + ")"));
            } else {
                setGraphic(null);
            }
        }
    }
}
