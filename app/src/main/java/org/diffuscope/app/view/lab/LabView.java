package org.diffuscope.app.view.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.controlsfx.control.CheckComboBox;
import org.diffuscope.app.experiment.LabExperiments;
import org.diffuscope.app.experiment.LabResult;
import org.diffuscope.app.experiment.Method;
import org.diffuscope.app.experiment.ResultPlot;
import org.diffuscope.app.io.AtomicFiles;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.TargetChoice;

/**
 * The experiment lab: pick an experiment (error vs steps, dimension scaling, smoothness dial, score error, wrong
 * start), set it up, run it in the background with a progress bar and cancel, read the result as a log-log chart
 * with fitted slopes, export it as CSV and PNG. It starts from the explorer's experiment (target, process,
 * particles, seed).
 */
public final class LabView extends BorderPane {

    /** The experiments, in the order of the chooser. */
    public enum Kind {
        ERROR_VS_STEPS("Error vs steps"), DIMENSION("Dimension scaling"), SMOOTHNESS("Smoothness dial"),
        SCORE_ERROR("Score error"), WRONG_START("Wrong start");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ExplorerViewModel main;
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final CheckComboBox<String> samplers = new CheckComboBox<>();
    private final CheckComboBox<String> correctors = new CheckComboBox<>();
    private final CheckComboBox<String> methods = new CheckComboBox<>();
    private final TextField values = new TextField();
    private final ComboBox<String> metric = new ComboBox<>();
    private final ComboBox<String> dimTarget = new ComboBox<>();
    private final ComboBox<String> errorKind = new ComboBox<>();
    private final ComboBox<String> xAxis = new ComboBox<>();
    private final TextField eps = new TextField("0.05");
    private final TextField maxSteps = new TextField("1024");
    private final TextField particles = new TextField("4000");
    private final Label valuesLabel = new Label("Steps");
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final Button csv = new Button("Export CSV…");
    private final Button png = new Button("Export PNG…");
    private final LabChart chart = new LabChart();
    private final VBox notes = new VBox(2);
    private final GridPane form = new GridPane();
    private Task<LabResult> task;
    private LabResult result;

    public LabView(ExplorerViewModel main) {
        this.main = main;
        setId("lab-view");
        kind.getItems().addAll(Kind.values());
        kind.setId("lab-kind");
        samplers.getItems().addAll(SamplerChoice.NAMES);
        correctors.getItems().addAll(CorrectorChoice.NAMES);
        for (Method m : allMethods()) {
            methods.getItems().add(m.label());
        }
        metric.getItems().addAll("cov_error", "mean_error", "mode_weight_error", "sliced_w2", "product_kl", "mmd",
                "histogram_tv", "knn_kl", "bures_w2", "cross_entropy");
        dimTarget.getItems().addAll("laplace-d", "gmm-d", "gaussian");
        errorKind.getItems().addAll("field", "bias", "noise", "scale");
        xAxis.getItems().addAll("steps", "NFE");
        run.setId("lab-run");
        cancel.setId("lab-cancel");
        progress.setId("lab-progress");
        status.setId("lab-status");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        cancel.setDisable(true);
        csv.setDisable(true);
        png.setDisable(true);
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel(false);
            }
        });
        csv.setOnAction(e -> export(true));
        png.setOnAction(e -> export(false));
        kind.valueProperty().addListener((o, a, b) -> setUp(b));
        form.setHgap(8);
        form.setVgap(6);
        VBox left = new VBox(8, new Label("Experiment"), kind, form, message,
                new HBox(6, run, cancel), progress, status, new HBox(6, csv, png));
        left.setPadding(new Insets(8));
        left.setPrefWidth(330);
        progress.setMaxWidth(Double.MAX_VALUE);
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        setLeft(scroll);
        Label hint = new Label("Choose an experiment on the left and press Run. Each point is a full sampling run "
                + "measured against the exact p_t, on log-log axes where a power law is a straight line. The legend "
                + "gives each series' fitted slope (fitted only where the series stands above twice the noise floor); "
                + "the dashed noise floor shows where exact samples themselves would land.");
        hint.setWrapText(true);
        hint.setId("lab-hint");
        notes.getChildren().add(hint);
        VBox centre = new VBox(6, chart, notes);
        centre.setPadding(new Insets(6));
        javafx.scene.layout.VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        setCenter(centre);
        kind.setValue(Kind.ERROR_VS_STEPS);
    }

    private static List<Method> allMethods() {
        List<Method> ms = new ArrayList<>(Method.paper());
        ms.add(new Method("sde-em", "none"));
        ms.add(new Method("ode-heun", "none"));
        ms.add(new Method("dpmpp-2m", "none"));
        ms.add(new Method("ode-ei", "mala"));
        return ms;
    }

    /** Sets the form up for an experiment with sensible defaults. */
    public void setUp(Kind k) {
        form.getChildren().clear();
        int row = 0;
        metric.setValue(switch (k) {
            case DIMENSION -> "product_kl";
            case WRONG_START, SCORE_ERROR -> "cov_error";
            default -> "cov_error";
        });
        if (k == Kind.ERROR_VS_STEPS) {
            check(samplers, "sde-em", "ode-ei", "ode-heun");
            check(correctors, "none");
            values.setText("5, 10, 20, 40, 80, 160");
            valuesLabel.setText("Steps");
            xAxis.setValue("steps");
            row = addRow(row, "Samplers", samplers, "Predictors to compare");
            row = addRow(row, "Correctors", correctors, "Correctors (none = plain predictor)");
            row = addRow(row, "x axis", xAxis, "Plot against steps or against score evaluations (the fair cost)");
        } else {
            check(methods, "sde-ei", "ode-ei", "ode-ei + ula", "ode-ei + ulmc");
            row = addRow(row, "Methods", methods, "SDE, ODE, ODE + ULA, ODE + ULMC, ...");
        }
        switch (k) {
            case DIMENSION -> {
                values.setText("2, 4, 8, 16, 32, 64");
                valuesLabel.setText("Dimensions");
                dimTarget.setValue("laplace-d");
                eps.setText("0.05");
                row = addRow(row, "Target", dimTarget, "laplace-d is a product: its joint KL is exact (product_kl)");
            }
            case SMOOTHNESS -> {
                values.setText("1, 0.5, 0.25, 0.1, 0.05");
                valuesLabel.setText("Variance ×");
                eps.setText("0.05");
            }
            case SCORE_ERROR -> {
                values.setText("0, 0.25, 0.5, 1, 2");
                valuesLabel.setText("Error sizes");
                errorKind.setValue("field");
                row = addRow(row, "Error kind", errorKind, "bias, field (a fixed smooth wrong field), noise, scale");
            }
            case WRONG_START -> {
                values.setText("0.5, 0.7, 1, 1.5, 2, 3, 5");
                valuesLabel.setText("t-max values");
            }
            default -> { }
        }
        row = addRow(row, valuesLabel.getText(), values, "Comma-separated values");
        row = addRow(row, "Metric", metric, "Measured against the exact law at the end");
        if (k == Kind.DIMENSION || k == Kind.SMOOTHNESS) {
            row = addRow(row, "Target error ε", eps, "Steps needed = fewest steps with metric <= ε");
            row = addRow(row, "Max steps", maxSteps, "Give up above this");
        }
        addRow(row, "Particles", particles, "Particles per run (more: less noise, slower)");
    }

    private int addRow(int row, String label, javafx.scene.Node control, String tip) {
        Label l = new Label(label);
        Tooltip t = new Tooltip(tip);
        l.setTooltip(t);
        if (control instanceof javafx.scene.control.Control c) {
            c.setTooltip(t);
        }
        form.add(l, 0, row);
        form.add(control, 1, row);
        return row + 1;
    }

    private static void check(CheckComboBox<String> box, String... items) {
        box.getCheckModel().clearChecks();
        for (String s : items) {
            box.getCheckModel().check(s);
        }
    }

    /** Starts the chosen experiment in the background; bad settings are shown and nothing runs. */
    public void start() {
        Task<LabResult> t;
        try {
            t = taskFor(kind.getValue());
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        message.setText("");
        task = t;
        run.setDisable(true);
        cancel.setDisable(false);
        progress.progressProperty().bind(t.progressProperty());
        status.textProperty().bind(t.messageProperty());
        t.valueProperty().addListener((o, a, b) -> {
            if (b != null && task == t && t.isRunning()) {
                chart.show(b);
            }
        });
        t.setOnSucceeded(e -> finish(t.getValue(), "done"));
        // a cancelled experiment keeps the points it finished (the CSV and PNG exports work on them)
        t.setOnCancelled(e -> finish(t.getValue(), "cancelled"));
        t.setOnFailed(e -> finish(null, "failed: " + t.getException().getMessage()));
        Thread th = new Thread(t, "diffuscope-lab");
        th.setDaemon(true);
        th.start();
    }

    private void finish(LabResult r, String what) {
        status.textProperty().unbind();
        progress.progressProperty().unbind();
        status.setText(what);
        if (r == null || "done".equals(what)) {
            // a cancelled experiment's bar stays at the fraction it finished
            progress.setProgress(r == null ? 0 : 1);
        }
        run.setDisable(false);
        cancel.setDisable(true);
        if (r != null) {
            show(r);
        }
    }

    /** Shows a result (also used by tests and lessons). */
    public void show(LabResult r) {
        result = r;
        chart.show(r);
        notes.getChildren().clear();
        for (String n : r.notes()) {
            Label l = new Label(n);
            l.setWrapText(true);
            notes.getChildren().add(l);
        }
        csv.setDisable(false);
        png.setDisable(false);
    }

    private Task<LabResult> taskFor(Kind k) {
        List<Double> vs = parseList(values.getText(), valuesLabel.getText());
        String m = metric.getValue();
        int n = parseInt(particles.getText(), "particles", 10, ExperimentConfig.MAX_PARTICLES);
        ExperimentConfig base = main.config().withParticles(n).withForward(false);
        int threads = Runtime.getRuntime().availableProcessors();
        List<Method> chosen = chosenMethods();
        double e = k == Kind.DIMENSION || k == Kind.SMOOTHNESS ? parseDouble(eps.getText(), "target error ε") : 0;
        int cap = k == Kind.DIMENSION || k == Kind.SMOOTHNESS ? parseInt(maxSteps.getText(), "max steps", 2, 100_000) : 0;
        List<String> ss = new ArrayList<>(samplers.getCheckModel().getCheckedItems());
        List<String> cs = new ArrayList<>(correctors.getCheckModel().getCheckedItems());
        if (k == Kind.ERROR_VS_STEPS && (ss.isEmpty() || cs.isEmpty())) {
            throw new IllegalArgumentException("choose at least one sampler and one corrector (none counts)");
        }
        if (k != Kind.ERROR_VS_STEPS && chosen.isEmpty()) {
            throw new IllegalArgumentException("choose at least one method");
        }
        String target = dimTarget.getValue();
        String ek = errorKind.getValue();
        boolean nfe = "NFE".equals(xAxis.getValue());
        return new Task<>() {
            @Override
            protected LabResult call() {
                // the result so far after each point: the chart fills while the experiment runs
                LabExperiments.Control c = new LabExperiments.Control(this::updateMessage, this::isCancelled,
                        this::updateValue, f -> updateProgress(f, 1));
                return switch (k) {
                    case ERROR_VS_STEPS -> LabExperiments.errorVsSteps(base, ss, cs, vs, m, nfe, threads, c);
                    case DIMENSION -> LabExperiments.dimensionScaling(
                            base.withTarget(TargetChoice.preset(target, 2)),
                            vs.stream().map(Double::intValue).toList(), chosen, m, e, cap, threads, c);
                    case SMOOTHNESS -> LabExperiments.smoothnessDial(base, vs, chosen, m, e, cap, threads, c);
                    case SCORE_ERROR -> LabExperiments.scoreError(base, ek, vs, chosen, m, threads, c);
                    case WRONG_START -> LabExperiments.wrongStart(base, vs, chosen, m, threads, c);
                };
            }
        };
    }

    private List<Method> chosenMethods() {
        List<Method> out = new ArrayList<>();
        for (Method m : allMethods()) {
            if (methods.getCheckModel().isChecked(m.label())) {
                out.add(m);
            }
        }
        return out;
    }

    static List<Double> parseList(String text, String name) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            out.add(parseDouble(p, name));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": give at least one value, comma-separated");
        }
        return out;
    }

    static double parseDouble(String text, String name) {
        try {
            double v = Double.parseDouble(text.strip());
            if (!Double.isFinite(v) || v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got '" + text.strip() + "'");
        }
    }

    static int parseInt(String text, String name, int min, int max) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number in " + min + ".." + max + ", got '"
                    + text.strip() + "'");
        }
    }

    private void export(boolean asCsv) {
        if (result == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(asCsv ? "Export the result as CSV" : "Export the chart as PNG");
        chooser.getExtensionFilters().add(asCsv ? new FileChooser.ExtensionFilter("CSV", "*.csv")
                : new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(asCsv ? "experiment.csv" : "experiment.png");
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (asCsv) {
                AtomicFiles.writeText(file.toPath(), result::writeCsv);
            } else {
                AtomicFiles.writeBytes(file.toPath(), o -> ResultPlot.writePng(result, o));
            }
            status.setText(String.format(Locale.ROOT, "saved %s", file.getName()));
        } catch (IOException ex) {
            message.setText("cannot write " + file + ": " + ex.getMessage());
        }
    }

    /** Sets the lab up as a lesson asks (the experiment, its values, methods, metric, target, ε, particles). */
    public void apply(org.diffuscope.app.viewmodel.Lesson.LabSetup setup) {
        Kind k = switch (setup.experiment()) {
            case "dimension" -> Kind.DIMENSION;
            case "smoothness" -> Kind.SMOOTHNESS;
            case "score-error" -> Kind.SCORE_ERROR;
            case "wrong-start" -> Kind.WRONG_START;
            default -> Kind.ERROR_VS_STEPS;
        };
        kind.setValue(k);
        setUp(k);
        values.setText(String.join(", ", setup.values().stream().map(v -> v == Math.rint(v)
                ? Long.toString(v.longValue()) : Double.toString(v)).toList()));
        if (!setup.methods().isEmpty()) {
            methods.getCheckModel().clearChecks();
            setup.methods().forEach(m -> methods.getCheckModel().check(m));
        }
        metric.setValue(setup.metric());
        dimTarget.setValue(setup.target());
        eps.setText(Double.toString(setup.eps()));
        maxSteps.setText(Integer.toString(setup.maxSteps()));
        particles.setText(Integer.toString(setup.particles()));
    }

    /** The shown result (for tests). */
    public LabResult result() {
        return result;
    }

    public ComboBox<Kind> kindChooser() {
        return kind;
    }

    TextField valuesField() {
        return values;
    }

    TextField particlesField() {
        return particles;
    }
}
