package org.diffuscope.app.view;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;

import org.controlsfx.control.ToggleSwitch;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.HelpTexts;
import org.diffuscope.app.viewmodel.ScoreErrorChoice;

/**
 * The corrector at a click (a toggle switch), its kind and settings, and the simulated score error whose presence
 * makes the corrector's work visible.
 */
final class CorrectorControls {

    private final ExplorerViewModel vm;
    private final ToggleSwitch enabled = new ToggleSwitch("Corrector");
    private final ComboBox<String> kind = new ComboBox<>();
    private final NumberField steps = new NumberField("corrector steps", 1, 1000, true, 1);
    private final NumberField every = new NumberField("every", 1, 100_000, true, 1);
    private final TextField stepSize = new TextField("default");
    private final Label stepError = new Label();
    private final NumberField friction = new NumberField("friction", 1e-6, 1000, false, 2);
    private final NumberField snr = new NumberField("snr", 1e-6, 10, false, 0.16);
    private final CheckBox paper = new CheckBox("Paper's schedule (standard form)");
    private final ComboBox<String> errorKind = new ComboBox<>();
    private final NumberField errorSize = new NumberField("score error size", 0, 1000, false, 0);
    private final Label frictionLabel;
    private final Label snrLabel;
    private final TitledPane pane;
    private String lastKind = "ulmc";
    private boolean updating;

    CorrectorControls(ExplorerViewModel vm, HelpTexts help) {
        this.vm = vm;
        enabled.setId("corrector-toggle");
        enabled.setTooltip(new javafx.scene.control.Tooltip(
                "Langevin corrector steps at fixed t after the predictor: keeps the ODE on track"));
        kind.getItems().addAll("ula", "ulmc", "langevin-snr", "mala");
        kind.setId("corrector");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setCellFactory(lv -> new SamplerControls.HelpCell(help, "correctors"));
        stepSize.setId("corrector-step");
        stepError.getStyleClass().add("field-error");
        Form.show(false, stepError);
        errorKind.getItems().addAll(ScoreErrorChoice.KINDS);
        errorKind.setId("score-error");
        errorKind.setMaxWidth(Double.MAX_VALUE);
        errorKind.setCellFactory(lv -> new SamplerControls.HelpCell(help, "score-error"));
        errorSize.setId("score-error-size");

        Form form = new Form();
        form.wide(enabled);
        form.row("Kind", kind, help.tooltip("correctors", "ulmc", "Which Langevin corrector"));
        form.row("Iterations", steps, "Corrector iterations per call");
        form.row("Every", every, "A corrector call after every k-th predictor step");
        form.row("Step h", new javafx.scene.layout.VBox(stepSize, stepError),
                "default (ulmc 0.05; ula 0.1/L(t); mala 0.5/L(t)), auto (from L(t)), or a number in (0, 10]");
        frictionLabel = form.row("Friction γ", friction, "ULMC friction γ (default 2)");
        snrLabel = form.row("snr", snr, "Song et al.'s signal-to-noise ratio (default 0.16)");
        form.wide(paper);
        paper.setTooltip(new javafx.scene.control.Tooltip(help.tooltip("correctors", "paper-schedule",
                "Corrector time and friction from L(t), as in the paper")));
        form.row("Score error", errorKind, "Simulated learned-score error (none = the exact score)");
        form.row("Error size", errorSize, "RMS of the error under p_t (ε)");
        pane = form.titled("Corrector and score error", "corrector-section");

        enabled.selectedProperty().addListener((o, a, b) -> change(c -> c.withName(b ? lastKind : "none")));
        kind.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                lastKind = b;
                if (enabled.isSelected()) {
                    change(c -> c.withName(b));
                }
            }
        });
        steps.valueProperty().addListener((o, a, b) -> change(c -> c.withSteps(b.intValue())));
        every.valueProperty().addListener((o, a, b) -> change(c -> c.withEvery(b.intValue())));
        friction.valueProperty().addListener((o, a, b) -> change(c -> c.withFriction(b.doubleValue())));
        snr.valueProperty().addListener((o, a, b) -> change(c -> c.withSnr(b.doubleValue())));
        paper.selectedProperty().addListener((o, a, b) -> change(c -> c.withPaperSchedule(b)));
        stepSize.setOnAction(e -> commitStep());
        stepSize.focusedProperty().addListener((o, a, b) -> {
            if (!b) {
                commitStep();
            }
        });
        errorKind.valueProperty().addListener((o, a, b) -> changeError());
        errorSize.valueProperty().addListener((o, a, b) -> changeError());
        vm.configProperty().addListener((o, a, b) -> refresh(b));
        refresh(vm.config());
    }

    private void commitStep() {
        String text = stepSize.getText() == null ? "" : stepSize.getText().strip().toLowerCase(Locale.ROOT);
        try {
            CorrectorChoice next = vm.config().corrector().withStep(text);
            Form.show(false, stepError);
            stepSize.getStyleClass().remove("invalid");
            if (!updating) {
                vm.setConfig(vm.config().withCorrector(next));
            }
        } catch (IllegalArgumentException e) {
            stepError.setText("corrector step must be default, auto or a number in (0, 10]; got '" + text + "'");
            Form.show(true, stepError);
            if (!stepSize.getStyleClass().contains("invalid")) {
                stepSize.getStyleClass().add("invalid");
            }
        }
    }

    private void change(UnaryOperator<CorrectorChoice> f) {
        if (updating) {
            return;
        }
        try {
            vm.setConfig(vm.config().withCorrector(f.apply(vm.config().corrector())));
        } catch (IllegalArgumentException e) {
            refresh(vm.config());
        }
    }

    private void changeError() {
        if (updating || errorKind.getValue() == null) {
            return;
        }
        vm.setConfig(vm.config().withScoreError(new ScoreErrorChoice(errorKind.getValue(), errorSize.getValue())));
    }

    TitledPane pane() {
        return pane;
    }

    List<NumberField> fields() {
        return List.of(steps, every, friction, snr, errorSize);
    }

    /** The corrector switch (for tests and the menu). */
    ToggleSwitch toggle() {
        return enabled;
    }

    private void refresh(ExperimentConfig config) {
        updating = true;
        try {
            CorrectorChoice c = config.corrector();
            enabled.setSelected(c.enabled());
            if (c.enabled()) {
                lastKind = c.name();
            }
            kind.setValue(lastKind);
            steps.setValue(c.steps());
            every.setValue(c.every());
            stepSize.setText(c.step());
            stepSize.getStyleClass().remove("invalid");
            Form.show(false, stepError);
            friction.setValue(c.friction());
            snr.setValue(c.snr());
            paper.setSelected(c.paperSchedule());
            Form.show("ulmc".equals(lastKind), friction, frictionLabel);
            Form.show("langevin-snr".equals(lastKind), snr, snrLabel);
            errorKind.setValue(config.scoreError().kind());
            errorSize.setValue(config.scoreError().size());
        } finally {
            updating = false;
        }
    }
}
