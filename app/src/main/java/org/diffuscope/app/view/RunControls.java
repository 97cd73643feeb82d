package org.diffuscope.app.view;

import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

import org.controlsfx.control.SegmentedButton;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;

/**
 * Particles, seed, prior, direction, and what a change of settings does: restart from the prior, or continue
 * from the time on display ("branch").
 */
final class RunControls {

    private final ExplorerViewModel vm;
    private final NumberField particles;
    private final NumberField seed = new NumberField("seed", -9.007199254740991e15, 9.007199254740991e15, true, 0);
    private final CheckBox exactPrior = new CheckBox("Exact p(t-max) as the start");
    private final CheckBox denoise = new CheckBox("Final denoising step (Tweedie)");
    private final ToggleButton sample = new ToggleButton("Sample ←");
    private final ToggleButton noise = new ToggleButton("Noise →");
    private final ToggleButton restart = new ToggleButton("Restart");
    private final ToggleButton branch = new ToggleButton("Continue");
    private final TitledPane pane;
    private boolean updating;

    /** @param maxParticles the most particles that fit in memory */
    RunControls(ExplorerViewModel vm, int maxParticles) {
        this.vm = vm;
        particles = new NumberField("particles", 1, maxParticles, true, vm.config().particles(),
                v -> null);
        particles.setId("particles");
        seed.setId("seed");
        sample.setId("direction-sample");
        noise.setId("direction-noise");
        restart.setId("apply-restart");
        branch.setId("apply-continue");
        SegmentedButton direction = new SegmentedButton(sample, noise);
        direction.getStyleClass().add(SegmentedButton.STYLE_CLASS_DARK);
        sample.setTooltip(new Tooltip("Sampling: from noise (t-max) to data (t-min)"));
        noise.setTooltip(new Tooltip("Noising: watch the data dissolve into noise (t-min to t-max); then switch back"));
        SegmentedButton apply = new SegmentedButton(restart, branch);
        restart.setTooltip(new Tooltip("A changed setting restarts the run from the prior"));
        branch.setTooltip(new Tooltip("A changed setting continues from the time on display with the new settings (a branch)"));
        restart.setSelected(true);

        Form form = new Form();
        form.row("Particles", particles, "Number of particles (1 to " + maxParticles + " with this memory)");
        form.row("Seed", seed, "Same seed, same run: bit for bit, whatever the thread count");
        form.wide(exactPrior);
        exactPrior.setTooltip(new Tooltip("Start from exact samples of p(t-max) instead of N(0, I): no start-up error"));
        form.wide(denoise);
        denoise.setTooltip(new Tooltip("Add x ← (x + σ² s)/α at t-min"));
        form.row("Direction", direction, "Sample from noise to data, or noise the data");
        form.row("On change", apply, "What changing a setting does: restart, or continue from now");
        pane = form.titled("Run", "run-section");

        particles.valueProperty().addListener((o, a, b) -> change(c -> c.withParticles(b.intValue())));
        seed.valueProperty().addListener((o, a, b) -> change(c -> c.withSeed(b.longValue())));
        exactPrior.selectedProperty().addListener((o, a, b) -> change(c -> c.withExactPrior(b)));
        denoise.selectedProperty().addListener((o, a, b) -> change(c -> c.withDenoise(b)));
        sample.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                change(c -> c.withForward(false));
            } else if (!noise.isSelected()) {
                sample.setSelected(true);
            }
        });
        noise.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                change(c -> c.withForward(true));
            } else if (!sample.isSelected()) {
                noise.setSelected(true);
            }
        });
        branch.selectedProperty().addListener((o, a, b) -> vm.continueOnChangeProperty().set(b));
        restart.selectedProperty().addListener((o, a, b) -> {
            if (!b && !branch.isSelected()) {
                restart.setSelected(true);
            }
        });
        vm.configProperty().addListener((o, a, b) -> refresh(b));
        refresh(vm.config());
    }

    private void change(java.util.function.UnaryOperator<ExperimentConfig> f) {
        if (!updating) {
            vm.setConfig(f.apply(vm.config()));
        }
    }

    TitledPane pane() {
        return pane;
    }

    List<NumberField> fields() {
        return List.of(particles, seed);
    }

    private void refresh(ExperimentConfig c) {
        updating = true;
        try {
            particles.setValue(c.particles());
            seed.setValue(c.seed());
            exactPrior.setSelected(c.exactPrior());
            denoise.setSelected(c.denoise());
            sample.setSelected(!c.forward());
            noise.setSelected(c.forward());
        } finally {
            updating = false;
        }
    }
}
