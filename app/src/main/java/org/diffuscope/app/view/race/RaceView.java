package org.diffuscope.app.view.race;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.Duration;

import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.experiment.EqualCost;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.RaceLane;

/**
 * The race: 2 to 4 panes on the shared experiment (same target, prior samples and noise) under different samplers
 * and correctors, advanced together in time (each shows its latest state at or before the common time), with
 * locked zoom and overlays and their metrics on one plot. "Equal cost" gives every pane the step count at which it
 * spends the same number of score evaluations as the most expensive one.
 */
public final class RaceView extends BorderPane {

    private final ExplorerViewModel main;
    private final long budgetPerPane;
    private final List<RaceLane> lanes = new ArrayList<>(RaceLane.defaults());
    private final List<RacePane> panes = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final RaceChart chart = new RaceChart();
    private final ToggleSwitch equalCost = new ToggleSwitch("Equal cost");
    private final Button play = new Button("▶ Race");
    private final Label note = new Label();
    private final Timeline clock;
    private int count = 3;
    private double tau = Double.NaN;
    private boolean active;
    private boolean playOnLoad;
    private int rebuildsPending;
    private long rebuilds;

    public RaceView(ExplorerViewModel main, long budgetPerPane) {
        this.main = main;
        this.budgetPerPane = budgetPerPane;
        setId("race-view");
        ToggleButton two = new ToggleButton("2");
        ToggleButton three = new ToggleButton("3");
        ToggleButton four = new ToggleButton("4");
        three.setSelected(true);
        SegmentedButton paneCount = new SegmentedButton(two, three, four);
        two.setOnAction(e -> setCount(2, two));
        three.setOnAction(e -> setCount(3, three));
        four.setOnAction(e -> setCount(4, four));
        equalCost.setId("equal-cost");
        equalCost.setTooltip(new Tooltip("Give every pane the steps at which it spends the same number of score "
                + "evaluations (NFE) as the most expensive one"));
        equalCost.selectedProperty().addListener((o, a, b) -> rebuild());
        play.setId("race-play");
        play.setOnAction(e -> togglePlay());
        Button step = new Button("Step ▸");
        step.setId("race-step");
        step.setOnAction(e -> {
            pause();
            advance();
        });
        Button reset = new Button("⟲ Reset");
        reset.setId("race-reset");
        reset.setOnAction(e -> resetRace());
        ComboBox<String> metric = new ComboBox<>();
        metric.getItems().addAll(RaceChart.METRICS);
        metric.setValue(chart.metric());
        metric.setId("race-metric");
        metric.setTooltip(new Tooltip("What the plot shows for every pane against the exact p_t. excess_cross_entropy:"
                + " the cross-entropy of the cloud under p_t minus the entropy of p_t, a KL-like distance in nats"
                + " (0 for exact samples)"));
        metric.valueProperty().addListener((o, a, b) -> {
            chart.setMetric(b);
            for (int i = 0; i < panes.size(); i++) {
                chart.update(i, panes.get(i).viewModel().frameProperty().get());
            }
        });
        note.setId("race-note");
        HBox bar = new HBox(8, new Label("Panes"), paneCount, equalCost, play, step, reset, new Label("Plot"), metric, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        setCenter(grid);
        setBottom(chart);
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        clock = new Timeline(new KeyFrame(Duration.millis(120), e -> advance()));
        clock.setCycleCount(Timeline.INDEFINITE);
        main.configProperty().addListener((o, a, b) -> {
            if (active) {
                rebuild();
            }
        });
        main.overlaysProperty().addListener((o, a, b) -> panes.forEach(p -> p.viewModel().overlaysProperty().set(b)));
    }

    /** Builds the panes on first show and (re)loads them; called when the race tab is selected. */
    public void activate() {
        active = true;
        if (panes.isEmpty()) {
            layoutPanes();
        }
        rebuild();
    }

    /** Pauses the race when its tab is left. */
    public void deactivate() {
        active = false;
        pause();
    }

    private void setCount(int n, ToggleButton button) {
        button.setSelected(true);
        if (n != count) {
            count = n;
            layoutPanes();
            rebuild();
        }
    }

    private void layoutPanes() {
        pause();
        panes.forEach(RacePane::dispose);
        panes.clear();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int cols = count == 4 ? 2 : count;
        int rows = count == 4 ? 2 : 1;
        for (int c = 0; c < cols; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < count; i++) {
            int index = i;
            RacePane p = new RacePane(i, lanes.get(i), budgetPerPane, lane -> laneChanged(index, lane));
            p.viewModel().overlaysProperty().set(main.overlaysProperty().get());
            p.viewModel().frameProperty().addListener((o, a, b) -> chart.update(index, b));
            p.canvas().setOnViewChanged(v -> lockViews(index, v));
            panes.add(p);
            grid.add(p, count == 4 ? i % 2 : i, count == 4 ? i / 2 : 0);
        }
    }

    private void laneChanged(int i, RaceLane lane) {
        lanes.set(i, lane);
        rebuild();
    }

    private void lockViews(int from, Viewport v) {
        for (int i = 0; i < panes.size(); i++) {
            if (i != from) {
                panes.get(i).canvas().setViewport(v);
            }
        }
    }

    /** Reloads every pane from its prior, first setting equal-cost steps when that is on (computed off the FX thread). */
    private void rebuild() {
        pause();
        tau = Double.NaN;
        ExperimentConfig shared = main.config();
        List<RaceLane> current = new ArrayList<>(lanes.subList(0, count));
        long ticket = ++rebuilds;
        if (!equalCost.isSelected()) {
            load(shared, current);
            return;
        }
        note.setText("finding equal-cost steps…");
        rebuildsPending = 1;
        Task<int[]> task = new Task<>() {
            @Override
            protected int[] call() {
                return EqualCost.steps(current.stream().map(l -> l.apply(shared)).toList());
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket != rebuilds) {
                return;
            }
            int[] steps = task.getValue();
            for (int i = 0; i < steps.length; i++) {
                lanes.set(i, lanes.get(i).withSteps(steps[i]));
                current.set(i, lanes.get(i));
            }
            load(shared, current);
        });
        task.setOnFailed(e -> note.setText("equal cost failed: " + task.getException().getMessage()));
        Thread th = new Thread(task, "diffuscope-equal-cost");
        th.setDaemon(true);
        th.start();
    }

    /** Starts the race as soon as the panes have (re)loaded: lessons call it after setting the lanes. */
    public void playWhenLoaded() {
        playOnLoad = true;
        if (!panes.isEmpty() && rebuildsPending == 0) {
            playOnLoad = false;
            togglePlay();
        }
    }

    private void load(ExperimentConfig shared, List<RaceLane> current) {
        rebuildsPending = 0;
        tau = Double.NaN;
        chart.setLanes(current.stream().map(RaceLane::label).toList());
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).show(current.get(i));
            panes.get(i).load(shared);
        }
        note.setText(equalCost.isSelected() ? "equal cost: the same NFE budget for every pane" : "");
        if (playOnLoad) {
            playOnLoad = false;
            togglePlay();
        }
    }

    private void togglePlay() {
        if (clock.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause();
        } else {
            play.setText("❚❚ Pause");
            clock.play();
        }
    }

    private void pause() {
        clock.stop();
        play.setText("▶ Race");
    }

    private void resetRace() {
        pause();
        tau = Double.NaN;
        panes.forEach(p -> p.viewModel().reset());
    }

    /** Moves the common time to the next grid time of any pane and advances every pane to it. */
    void advance() {
        TreeSet<Double> times = new TreeSet<>();
        for (RacePane p : panes) {
            RunInfo info = p.viewModel().runInfoProperty().get();
            if (info == null) {
                return;
            }
            for (double t : info.times()) {
                times.add(t);
            }
        }
        if (times.isEmpty()) {
            return;
        }
        Double next = Double.isNaN(tau) ? times.last() : times.lower(tau);
        if (next == null) {
            pause();
            return;
        }
        if (Double.isNaN(tau)) {
            next = times.lower(times.last());
            if (next == null) {
                return;
            }
        }
        tau = next;
        for (RacePane p : panes) {
            p.viewModel().engine().advanceTo(tau);
        }
    }

    /** The common time the panes are at (NaN before the first advance). */
    public double commonTime() {
        return tau;
    }

    /** The view models of the panes (for tests). */
    public List<ExplorerViewModel> paneModels() {
        return panes.stream().map(RacePane::viewModel).toList();
    }

    /** Shows these lanes (at most 4; the pane count follows) and reloads; used by lessons. */
    public void setLanes(List<RaceLane> newLanes, boolean equal) {
        for (int i = 0; i < newLanes.size() && i < 4; i++) {
            lanes.set(i, newLanes.get(i));
        }
        count = Math.max(2, Math.min(4, newLanes.size()));
        layoutPanes();
        equalCost.setSelected(equal);
        rebuild();
    }

    public void dispose() {
        pause();
        panes.forEach(RacePane::dispose);
    }
}
