package org.diffuscope.app.view.lab;

import java.util.Locale;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import org.diffuscope.app.experiment.LabResult;
import org.diffuscope.app.view.ChartTicks;

/**
 * A {@link LabResult} on screen: log axes are drawn in log10 coordinates with ticks labelled in plain numbers, so
 * power laws are straight lines and slopes can be read off; each series' legend carries its fitted slope.
 */
final class LabChart extends LineChart<Number, Number> {

    /** The noise floor's symbols: grey like its dashed line. */
    private static final String FLOOR_SYMBOL = "-fx-background-color: gray, white;";

    LabChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("lab-chart");
        setAnimated(false);
        setCreateSymbols(true);
        setMinHeight(300);
        ChartTicks.showWhenSpread(this);
        setTitle("No experiment yet: press Run");
    }

    void show(LabResult r) {
        setTitle(r.title());
        axis((NumberAxis) getXAxis(), r.xLabel(), r.logX());
        axis((NumberAxis) getYAxis(), r.yLabel(), r.logY());
        // the zero lines would sit at x = 1 or y = 1 on a log axis, and look like data
        setVerticalZeroLineVisible(!r.logX());
        setHorizontalZeroLineVisible(!r.logY());
        getData().clear();
        for (LabResult.Series s : r.series()) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            double slope = s.fit().slope();
            String fit = Double.isNaN(slope)
                    ? (s.name().equals(LabResult.FLOOR) ? "" : " (no slope: too few points above the floor)")
                    : String.format(Locale.ROOT, " (slope %.2f)", slope);
            line.setName(s.name() + fit);
            for (int i = 0; i < s.x().length; i++) {
                double x = s.x()[i];
                double y = s.y()[i];
                if ((r.logX() && !(x > 0)) || (r.logY() && !(y > 0)) || !Double.isFinite(x) || !Double.isFinite(y)) {
                    continue;
                }
                line.getData().add(new XYChart.Data<>(r.logX() ? Math.log10(x) : x, r.logY() ? Math.log10(y) : y));
            }
            getData().add(line);
            if (s.name().equals(LabResult.FLOOR) && line.getNode() != null) {
                line.getNode().setStyle("-fx-stroke: gray; -fx-stroke-dash-array: 6 4; -fx-stroke-width: 1.5px;");
                // grey symbols too: the default colour follows the series' index, which changes as results grow
                for (XYChart.Data<Number, Number> d : line.getData()) {
                    if (d.getNode() != null) {
                        d.getNode().setStyle(FLOOR_SYMBOL);
                    }
                }
            }
        }
        ChartTicks.showWhenSpread(this);
        // the legend's symbol for the floor, likewise
        for (javafx.scene.Node item : lookupAll(".chart-legend-item")) {
            if (item instanceof javafx.scene.control.Label l && l.getText() != null
                    && l.getText().startsWith(LabResult.FLOOR) && l.getGraphic() != null) {
                l.getGraphic().setStyle(FLOOR_SYMBOL);
            }
        }
    }

    private static void axis(NumberAxis a, String label, boolean log) {
        a.setLabel(label + (log ? " (log scale)" : ""));
        a.setForceZeroInRange(!log);
        a.setTickLabelFormatter(log ? new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return LogTicks.label(v.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        } : null);
    }
}
