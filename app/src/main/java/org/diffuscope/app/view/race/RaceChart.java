package org.diffuscope.app.view.race;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.SeriesPoint;
import org.diffuscope.app.view.ChartTicks;
import org.diffuscope.core.metric.MetricReport;

/**
 * The metrics of all panes on one plot, against {@code -log10 t} so that sampling runs left to right and the
 * panes line up in time: error vs the exact p_t, one line per pane.
 */
final class RaceChart extends LineChart<Number, Number> {

    /** The metrics a race can plot, with their legend names. */
    static final List<String> METRICS = List.of(MetricReport.MEAN_ERROR, MetricReport.COV_ERROR,
            MetricReport.MODE_WEIGHT_ERROR, "excess_cross_entropy");

    private final List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
    /** The excess cross-entropy by default: the KL-like distance to p_t in which the paper's results are stated. */
    private String metric = "excess_cross_entropy";

    RaceChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("race-chart");
        getXAxis().setLabel("−log10 t   (sampling →)");
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        setCreateSymbols(false);
        setAnimated(false);
        // x = 0 is t = 1, nothing special: its zero line looked like a marker
        setVerticalZeroLineVisible(false);
        setPrefHeight(220);
        setMinHeight(160);
        getYAxis().setLabel(axisLabel(metric));
        ChartTicks.showWhenSpread(this);
    }

    void setMetric(String m) {
        metric = m;
        getYAxis().setLabel(axisLabel(m));
    }

    private static String axisLabel(String m) {
        // short enough for the chart's height; the lesson and the tooltip say what it is
        return "excess_cross_entropy".equals(m) ? "excess (nats)" : m;
    }

    String metric() {
        return metric;
    }

    /** Makes one line per pane, named by the lanes. */
    void setLanes(List<String> names) {
        getData().clear();
        lines.clear();
        for (String n : names) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(n);
            lines.add(s);
            getData().add(s);
        }
        ChartTicks.showWhenSpread(this);
    }

    /** Redraws pane i's line from its newest frame's series (up to the frame on display). */
    void update(int i, Frame f) {
        if (i >= lines.size() || f == null) {
            return;
        }
        ObservableList<XYChart.Data<Number, Number>> pts = FXCollections.observableArrayList();
        for (SeriesPoint p : f.series()) {
            if (p.index() > f.index()) {
                break;
            }
            double v = value(p, metric);
            if (Double.isFinite(v) && p.t() > 0) {
                pts.add(new XYChart.Data<>(-Math.log10(p.t()), v));
            }
        }
        lines.get(i).getData().setAll(pts);
        ChartTicks.showWhenSpread(this);
    }

    static double value(SeriesPoint p, String metric) {
        if ("excess_cross_entropy".equals(metric)) {
            return p.metrics().getOrDefault(MetricReport.CROSS_ENTROPY, Double.NaN)
                    - p.metrics().getOrDefault(MetricReport.ENTROPY, Double.NaN);
        }
        return p.metrics().getOrDefault(metric, Double.NaN);
    }
}
