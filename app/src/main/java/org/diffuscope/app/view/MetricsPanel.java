package org.diffuscope.app.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.engine.SeriesPoint;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ExplorerViewModel;
import org.diffuscope.core.metric.MetricReport;

/**
 * Live metrics against the exact p_t over the run (x: predictor steps taken): the moment and mode-weight errors,
 * the cross-entropy above the exact entropy, and log10 L(t). "Pin" keeps the current run's curves as a reference,
 * so SDE, ODE and ODE + corrector can be compared on one plot.
 */
public final class MetricsPanel extends VBox {

    /** Points per curve at most (about: the last frame is always shown). */
    static final int MAX_POINTS = 400;

    /** What one chart shows: metric keys and their legend names. */
    private record Plot(String title, String[] keys, String[] names, boolean log10) {
    }

    private static final Plot[] PLOTS = {
        new Plot("Errors vs the exact p_t",
                new String[] {MetricReport.MEAN_ERROR, MetricReport.COV_ERROR, MetricReport.MODE_WEIGHT_ERROR},
                new String[] {"mean", "cov", "mode weights"}, false),
        new Plot("Cross-entropy − H(p_t) (nats)", new String[] {"excess"}, new String[] {"excess"}, false),
        new Plot("log10 L(t) (smoothness)", new String[] {"L"}, new String[] {"L(t)"}, true),
    };

    private final ExplorerViewModel vm;
    private final List<LineChart<Number, Number>> charts = new ArrayList<>();
    private final List<List<XYChart.Series<Number, Number>>> live = new ArrayList<>();
    private final Label current = new Label();
    /** The readout, then each chart: one part a frame while playing. */
    private final StaggeredRedraw<Frame> redraw = new StaggeredRedraw<>(1 + PLOTS.length, this::showPart);
    /** Per chart, the run (generation) and number of frames its curves show. */
    private final long[] shownGeneration = new long[PLOTS.length];
    private final int[] shownSize = new int[PLOTS.length];
    /** The run (generation) whose numbers the readout shows. */
    private long readoutGeneration = -1;
    private int pins;

    public MetricsPanel(ExplorerViewModel vm) {
        this.vm = vm;
        setId("metrics");
        getStyleClass().add("metrics-panel");
        setSpacing(4);
        setPadding(new Insets(4));
        current.setId("metrics-now");
        current.setWrapText(true);
        current.getStyleClass().add("metrics-now");
        Button pin = new Button("Pin curves");
        pin.setId("pin-curves");
        pin.setTooltip(new Tooltip("Keep this run's curves as a dashed reference, then change the sampler or corrector"));
        pin.setOnAction(e -> pin());
        Button clear = new Button("Clear pins");
        clear.setTooltip(new Tooltip("Remove the pinned reference curves"));
        clear.setOnAction(e -> clearPins());
        getChildren().addAll(current, new HBox(6, pin, clear));
        for (Plot p : PLOTS) {
            NumberAxis x = new NumberAxis();
            x.setLabel("step");
            x.setForceZeroInRange(true);
            x.setMinorTickVisible(false);
            x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number v) {
                    // steps are whole: label only the whole ticks, so narrow charts do not crowd
                    double d = v.doubleValue();
                    return d == Math.rint(d) ? Long.toString((long) d) : "";
                }

                @Override
                public Number fromString(String s) {
                    return Double.parseDouble(s);
                }
            });
            NumberAxis y = new NumberAxis();
            y.setForceZeroInRange(!p.log10());
            LineChart<Number, Number> chart = new LineChart<>(x, y);
            chart.setTitle(p.title());
            chart.setCreateSymbols(false);
            chart.setAnimated(false);
            chart.setLegendVisible(p.keys().length > 1);
            // JavaFX hides a legend that would leave the plot under 150 px: leave room for one (pins add legends)
            chart.setPrefHeight(235);
            chart.setMinHeight(215);
            chart.getStyleClass().add("metric-chart");
            List<XYChart.Series<Number, Number>> series = new ArrayList<>();
            for (String name : p.names()) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(name);
                chart.getData().add(s);
                series.add(s);
            }
            ChartTicks.showWhenSpread(chart);
            charts.add(chart);
            live.add(series);
            getChildren().add(chart);
        }
        Arrays.fill(shownGeneration, -1);
        vm.frameProperty().addListener((o, a, b) -> offer(b, false));
        vm.playingProperty().addListener((o, a, b) -> offer(vm.frameProperty().get(), true));
    }

    /**
     * While playing, the numbers and curves follow at ~7 frames a second, a part a frame ({@link StaggeredRedraw}: all
     * in one pulse, they made it overrun and the next pulse was skipped); paused, every frame shows all of its own, and
     * so does the first frame of another run (a loop's restart), whose curves start again.
     */
    private void offer(Frame f, boolean force) {
        if (f != null) {
            boolean all = force || !vm.playingProperty().get() || f.generation() != readoutGeneration;
            redraw.offer(f, System.nanoTime(), all);
        }
    }

    /** Part 0 is the readout, part c + 1 chart c, redrawn only when the run's curves grew or it is another run. */
    private void showPart(Frame f, int part) {
        if (part == 0) {
            current.setText(summary(f.metrics()));
            readoutGeneration = f.generation();
            if (!anyChartBehind(f)) {
                redraw.skipRest();
            }
            return;
        }
        int c = part - 1;
        if (!chartBehind(c, f)) {
            return;
        }
        shownSize[c] = f.frames();
        shownGeneration[c] = f.generation();
        Plot p = PLOTS[c];
        for (int k = 0; k < p.keys().length; k++) {
            XYChart.Series<Number, Number> s = live.get(c).get(k);
            ObservableList<XYChart.Data<Number, Number>> pts = points(f.series(), p.keys()[k], p.log10());
            s.getData().setAll(pts);
            // JavaFX keeps drawing a line whose data became empty (a run of a one-mode target after ring8)
            if (s.getNode() != null) {
                s.getNode().setVisible(!pts.isEmpty());
            }
        }
        ChartTicks.showWhenSpread(charts.get(c));
    }

    private boolean chartBehind(int c, Frame f) {
        return f.frames() != shownSize[c] || f.generation() != shownGeneration[c];
    }

    private boolean anyChartBehind(Frame f) {
        for (int c = 0; c < PLOTS.length; c++) {
            if (chartBehind(c, f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The points of one curve: at most about {@link #MAX_POINTS} of them (every k-th frame and the last), as a chart
     * a few hundred pixels wide cannot show more, and JavaFX lays out and draws every point on each update.
     */
    static ObservableList<XYChart.Data<Number, Number>> points(List<SeriesPoint> series, String key, boolean log10) {
        ObservableList<XYChart.Data<Number, Number>> out = FXCollections.observableArrayList();
        int stride = Math.max(1, (series.size() + MAX_POINTS - 1) / MAX_POINTS);
        for (int i = 0; i < series.size(); i++) {
            if (i % stride != 0 && i != series.size() - 1) {
                continue;
            }
            SeriesPoint p = series.get(i);
            double v = value(p, key);
            if (log10) {
                v = v > 0 ? Math.log10(v) : Double.NaN;
            }
            if (Double.isFinite(v)) {
                out.add(new XYChart.Data<>(p.step(), v));
            }
        }
        return out;
    }

    private static double value(SeriesPoint p, String key) {
        Map<String, Double> m = p.metrics();
        return switch (key) {
            case "excess" -> m.getOrDefault(MetricReport.CROSS_ENTROPY, Double.NaN)
                    - m.getOrDefault(MetricReport.ENTROPY, Double.NaN);
            case "L" -> p.smoothness();
            default -> m.getOrDefault(key, Double.NaN);
        };
    }

    static String summary(Map<String, Double> m) {
        if (m == null || m.isEmpty()) {
            return "No metrics for this frame.";
        }
        StringBuilder sb = new StringBuilder();
        append(sb, m, MetricReport.MEAN_ERROR, "mean error");
        append(sb, m, MetricReport.COV_ERROR, "cov error");
        append(sb, m, MetricReport.MODE_WEIGHT_ERROR, "mode weight error");
        append(sb, m, MetricReport.CROSS_ENTROPY, "cross-entropy");
        append(sb, m, MetricReport.ENTROPY, "H(p_t)");
        return sb.toString().strip();
    }

    private static void append(StringBuilder sb, Map<String, Double> m, String key, String name) {
        Double v = m.get(key);
        if (v != null && Double.isFinite(v)) {
            // no-break spaces inside an item, so a wrapped line breaks between items only
            sb.append(String.format(Locale.ROOT, "%s %.4g   ", name, v).replace(' ', '\u00a0').replace("\u00a0\u00a0\u00a0", "   "));
        }
    }

    /** Copies the live curves into dashed reference series named after the run's settings. */
    void pin() {
        RunInfo info = vm.runInfoProperty().get();
        if (info == null) {
            return;
        }
        pins++;
        String label = label(info.config());
        for (int c = 0; c < PLOTS.length; c++) {
            for (XYChart.Series<Number, Number> s : live.get(c)) {
                XYChart.Series<Number, Number> copy = new XYChart.Series<>();
                copy.setName(label + (live.get(c).size() > 1 ? " " + s.getName() : ""));
                for (XYChart.Data<Number, Number> d : s.getData()) {
                    copy.getData().add(new XYChart.Data<>(d.getXValue(), d.getYValue()));
                }
                charts.get(c).getData().add(copy);
                charts.get(c).setLegendVisible(true);
                if (copy.getNode() != null) {
                    copy.getNode().getStyleClass().add("pinned");
                }
            }
        }
    }

    private void clearPins() {
        for (int c = 0; c < PLOTS.length; c++) {
            charts.get(c).getData().retainAll(live.get(c));
            charts.get(c).setLegendVisible(PLOTS[c].keys().length > 1);
        }
        pins = 0;
    }

    static String label(ExperimentConfig c) {
        String s = c.sampler().name() + " " + c.sampler().steps();
        return c.corrector().enabled() ? s + " + " + c.corrector().name() : s;
    }

    /** The charts, top to bottom (for exporting them as pictures). */
    List<LineChart<Number, Number>> charts() {
        return List.copyOf(charts);
    }

    /** Number of pinned reference runs. */
    int pins() {
        return pins;
    }
}
