package org.diffuscope.app.view.race;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.view.CanvasView;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.RaceLane;
import org.diffuscope.app.viewmodel.SamplerChoice;

/** One pane of the race: its own run (engine) and picture, with the lane's sampler, steps and corrector on top. */
final class RacePane extends VBox {

    private final ExplorerViewModel vm;
    private final CanvasView canvas;
    private final ComboBox<String> sampler = new ComboBox<>();
    private final Spinner<Integer> steps = new Spinner<>(1, SamplerChoice.MAX_STEPS, 40);
    private final ComboBox<String> corrector = new ComboBox<>();
    private final Label status = new Label();
    private final Consumer<RaceLane> onLaneChanged;
    private RaceLane lane;
    private boolean updating;

    RacePane(int index, RaceLane lane, long budgetBytes, Consumer<RaceLane> onLaneChanged) {
        this.lane = lane;
        this.onLaneChanged = onLaneChanged;
        this.vm = new ExplorerViewModel(Platform::runLater, 1, budgetBytes);
        this.canvas = new CanvasView(vm);
        setId("race-pane-" + index);
        getStyleClass().add("race-pane");
        sampler.getItems().addAll(SamplerChoice.NAMES);
        sampler.setId("race-sampler-" + index);
        corrector.getItems().addAll(CorrectorChoice.NAMES);
        corrector.setId("race-corrector-" + index);
        steps.setEditable(true);
        steps.setPrefWidth(90);
        steps.setId("race-steps-" + index);
        sampler.setTooltip(new Tooltip("This pane's predictor"));
        corrector.setTooltip(new Tooltip("This pane's corrector"));
        // the bare names read as nothing in particular ("none"): say what the drop-down is
        corrector.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : "none".equals(name) ? "no corrector" : "+ " + name;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        steps.setTooltip(new Tooltip("This pane's steps (set by 'Equal cost' when it is on)"));
        status.setId("race-status-" + index);
        status.getStyleClass().add("numbers");
        sampler.setPrefWidth(118);
        corrector.setPrefWidth(140);
        steps.setPrefWidth(78);
        HBox choices = new HBox(4, sampler, steps, corrector);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, choices, status);
        header.setPadding(new Insets(3));
        VBox.setVgrow(canvas, Priority.ALWAYS);
        getChildren().addAll(header, canvas);
        show(lane);
        sampler.valueProperty().addListener((o, a, b) -> changed(this.lane.withSampler(b)));
        corrector.valueProperty().addListener((o, a, b) -> changed(this.lane.withCorrector(b)));
        steps.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                changed(this.lane.withSteps(b));
            }
        });
        vm.frameProperty().addListener((o, a, b) -> showStatus(b));
    }

    private void changed(RaceLane next) {
        if (!updating && next != null && !next.equals(lane)) {
            lane = next;
            onLaneChanged.accept(next);
        }
    }

    /** Shows a lane (its step count possibly set by equal cost) without telling the race. */
    void show(RaceLane l) {
        updating = true;
        try {
            lane = l;
            sampler.setValue(l.sampler());
            corrector.setValue(l.corrector());
            steps.getValueFactory().setValue(l.steps());
        } finally {
            updating = false;
        }
    }

    private void showStatus(Frame f) {
        if (f != null) {
            status.setText(String.format(Locale.ROOT, "t = %.3g  NFE %d", f.t(), f.nfe()));
        }
    }

    /** Loads this pane's run: the shared experiment with its lane. */
    void load(ExperimentConfig shared) {
        vm.load(lane.apply(shared));
    }

    RaceLane lane() {
        return lane;
    }

    ExplorerViewModel viewModel() {
        return vm;
    }

    CanvasView canvas() {
        return canvas;
    }

    void dispose() {
        canvas.dispose();
        vm.close();
    }
}
