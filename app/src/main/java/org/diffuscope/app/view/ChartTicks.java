package org.diffuscope.app.view;

import javafx.scene.chart.XYChart;

/**
 * Tick numbers only where there is a curve: with no data JavaFX labels an axis 0 to 110, and with one point it
 * spreads a made-up range around it (-0.706 to -0.691), both of which read as data.
 */
public final class ChartTicks {

    private ChartTicks() {
    }

    /** Shows the axes' tick labels and marks when some series has two points or more, hides them otherwise. */
    public static void showWhenSpread(XYChart<Number, Number> chart) {
        boolean spread = false;
        for (XYChart.Series<Number, Number> s : chart.getData()) {
            spread |= s.getData().size() >= 2;
        }
        for (var axis : java.util.List.of(chart.getXAxis(), chart.getYAxis())) {
            axis.setTickLabelsVisible(spread);
            axis.setTickMarkVisible(spread);
        }
    }
}
