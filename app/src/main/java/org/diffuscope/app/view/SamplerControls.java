package org.diffuscope.app.view;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.HelpTexts;
import org.diffuscope.app.viewmodel.SamplerChoice;

/**
 * The predictor, its step count and mean step size (linked: {@code h = (t-max - t-min)/N}), the time grid, and the
 * settings only some predictors have (EDM churn for ode-heun, tolerances for rk45, rho for the EDM grid).
 */
final class SamplerControls {

    private final ExplorerViewModel vm;
    private final ComboBox<String> sampler = new ComboBox<>();
    private final NumberField steps = new NumberField("steps", 1, SamplerChoice.MAX_STEPS, true, 40);
    private final NumberField stepSize;
    private final ComboBox<String> grid = new ComboBox<>();
    private final NumberField rho = new NumberField("rho", 0.01, 100, false, 7);
    private final NumberField churn = new NumberField("S_churn", 0, 1000, false, 0);
    private final NumberField churnMin = new NumberField("S_tmin", 0, 1e6, false, 0);
    private final NumberField churnMax = new NumberField("S_tmax", 0, Double.POSITIVE_INFINITY, false,
            Double.POSITIVE_INFINITY).acceptingInfinity();
    private final NumberField churnNoise = new NumberField("S_noise", 1e-6, 10, false, 1);
    private final NumberField rtol = new NumberField("rtol", 1e-12, 0.5, false, 1e-5);
    private final NumberField atol = new NumberField("atol", 1e-12, 0.5, false, 1e-5);
    private final Label rhoLabel;
    private final Label[] heunLabels;
    private final Label[] rkLabels;
    private final TitledPane pane;
    private boolean updating;

    SamplerControls(ExplorerViewModel vm, HelpTexts help) {
        this.vm = vm;
        sampler.getItems().addAll(SamplerChoice.NAMES);
        sampler.setId("sampler");
        sampler.setMaxWidth(Double.MAX_VALUE);
        sampler.setCellFactory(lv -> new HelpCell(help, "samplers"));
        grid.getItems().addAll(SamplerChoice.GRIDS);
        grid.setId("grid");
        grid.setMaxWidth(Double.MAX_VALUE);
        grid.setCellFactory(lv -> new HelpCell(help, "grids"));
        steps.setId("steps");
        stepSize = new NumberField("mean Δt", 1e-9, 50, false, 0.125,
                h -> span() / h > SamplerChoice.MAX_STEPS ? "mean Δt is too small: more than "
                        + SamplerChoice.MAX_STEPS + " steps" : null);
        stepSize.setId("step-size");

        Form form = new Form();
        form.row("Predictor", sampler, "The reverse-time step: SDE samplers add noise, ODE samplers are deterministic");
        form.row("Steps", steps, "Predictor steps N: the grid has N + 1 times from t-max to t-min");
        form.row("Mean Δt", stepSize, "(t-max − t-min)/N: change it and the step count follows");
        form.row("Grid", grid, help.tooltip("grids", "log-snr", "How the N steps are spread over time"));
        rhoLabel = form.row("rho", rho, help.tooltip("grids", "edm", "EDM grid exponent"));
        heunLabels = new Label[] {
            form.row("S_churn", churn, "EDM churn: 0 = plain Heun; larger adds noise and raises the noise level first"),
            form.row("S_tmin", churnMin, "Churn only where sigma/alpha >= S_tmin"),
            form.row("S_tmax", churnMax, "Churn only where sigma/alpha <= S_tmax (inf: no upper limit)"),
            form.row("S_noise", churnNoise, "Scale of the churn noise (1 = exact)")};
        rkLabels = new Label[] {
            form.row("rtol", rtol, "rk45 relative tolerance of the embedded error estimate"),
            form.row("atol", atol, "rk45 absolute tolerance")};
        pane = form.titled("Predictor", "sampler-section");

        sampler.valueProperty().addListener((o, a, b) -> change(s -> s.withName(b)));
        steps.valueProperty().addListener((o, a, b) -> change(s -> s.withSteps(b.intValue())));
        stepSize.valueProperty().addListener((o, a, b) -> change(
                s -> s.withSteps((int) Math.max(1, Math.min(SamplerChoice.MAX_STEPS, Math.round(span() / b.doubleValue()))))));
        grid.valueProperty().addListener((o, a, b) -> change(s -> s.withGrid(b)));
        rho.valueProperty().addListener((o, a, b) -> change(s -> s.withRho(b.doubleValue())));
        for (NumberField f : List.of(churn, churnMin, churnMax, churnNoise)) {
            f.valueProperty().addListener((o, a, b) -> change(s -> s.withChurn(churn.getValue(), churnMin.getValue(),
                    Math.max(churnMin.getValue(), churnMax.getValue()), churnNoise.getValue())));
        }
        for (NumberField f : List.of(rtol, atol)) {
            f.valueProperty().addListener((o, a, b) -> change(s -> s.withTolerances(rtol.getValue(), atol.getValue())));
        }
        vm.configProperty().addListener((o, a, b) -> refresh(b));
        refresh(vm.config());
    }

    private double span() {
        return vm.config().process().tMax() - vm.config().process().tMin();
    }

    private void change(java.util.function.UnaryOperator<SamplerChoice> f) {
        if (updating) {
            return;
        }
        try {
            vm.setConfig(vm.config().withSampler(f.apply(vm.config().sampler())));
        } catch (IllegalArgumentException e) {
            refresh(vm.config());
        }
    }

    TitledPane pane() {
        return pane;
    }

    List<NumberField> fields() {
        return List.of(steps, stepSize, rho, churn, churnMin, churnMax, churnNoise, rtol, atol);
    }

    private void refresh(ExperimentConfig c) {
        updating = true;
        try {
            SamplerChoice s = c.sampler();
            sampler.setValue(s.name());
            steps.setValue(s.steps());
            stepSize.setValue((c.process().tMax() - c.process().tMin()) / s.steps());
            grid.setValue(s.grid());
            rho.setValue(s.rho());
            Form.show("edm".equals(s.grid()), rho, rhoLabel);
            churn.setValue(s.sChurn());
            churnMin.setValue(s.sTmin());
            churnMax.setValue(s.sTmax());
            churnNoise.setValue(s.sNoise());
            boolean heun = "ode-heun".equals(s.name());
            Form.show(heun, churn, churnMin, churnMax, churnNoise);
            Form.show(heun, heunLabels);
            rtol.setValue(s.rtol());
            atol.setValue(s.atol());
            boolean rk = "rk45".equals(s.name());
            Form.show(rk, rtol, atol);
            Form.show(rk, rkLabels);
        } finally {
            updating = false;
        }
    }

    /** A list cell whose tooltip is the entry's help text. */
    static final class HelpCell extends ListCell<String> {
        private final HelpTexts help;
        private final String section;

        HelpCell(HelpTexts help, String section) {
            this.help = help;
            this.section = section;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null ? null : new Tooltip(help.tooltip(section, item, item)));
        }
    }
}
