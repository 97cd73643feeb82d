package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import org.diffuscope.app.engine.SeriesPoint;
import org.diffuscope.core.metric.MetricReport;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;

/** The metric curves keep at most about {@link MetricsPanel#MAX_POINTS} points, the first and last among them. */
class MetricsPanelPointsTest {

    private static List<SeriesPoint> frames(int n) {
        List<SeriesPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SeriesPoint(i, i, 5.0 - i * 1e-3, Phase.PREDICTOR, i,
                    Map.of(MetricReport.COV_ERROR, 1.0 / (i + 1)), Double.NaN));
        }
        return out;
    }

    @Test
    void longRunsAreThinnedEvenlyAndKeepTheirEnds() {
        ObservableList<XYChart.Data<Number, Number>> pts = MetricsPanel.points(frames(5003), MetricReport.COV_ERROR, true);
        assertTrue(pts.size() <= MetricsPanel.MAX_POINTS + 1, pts.size() + " points");
        assertTrue(pts.size() >= MetricsPanel.MAX_POINTS / 2, pts.size() + " points");
        assertEquals(0, pts.get(0).getXValue().intValue());
        assertEquals(5002, pts.get(pts.size() - 1).getXValue().intValue());
        assertEquals(Math.log10(1.0 / 5003), pts.get(pts.size() - 1).getYValue().doubleValue(), 1e-15);
        int stride = pts.get(1).getXValue().intValue();
        for (int i = 1; i < pts.size() - 1; i++) {
            assertEquals(i * stride, pts.get(i).getXValue().intValue(), "evenly spaced");
        }
    }

    @Test
    void shortRunsShowEveryFrame() {
        assertEquals(MetricsPanel.MAX_POINTS, MetricsPanel.points(frames(MetricsPanel.MAX_POINTS),
                MetricReport.COV_ERROR, false).size());
    }
}
