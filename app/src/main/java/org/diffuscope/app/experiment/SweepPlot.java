package org.diffuscope.app.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.diffuscope.core.experiment.LogLogFit;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sweep's chosen metric against the varied value on log-log axes, one line per sampler x corrector, each with its
 * fitted log-log slope in the legend. Drawn with JFreeChart into an image: no display needed.
 */
public final class SweepPlot {

    /** Tableau 10: distinct on white. */
    private static final int[] PALETTE = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
        0xFF9DA7, 0x9C755F, 0xBAB0AC};

    private SweepPlot() {
    }

    /** A log axis labelled with plain numbers (three significant digits), not powers of ten. */
    private static LogAxis logAxis(String label, double smallest) {
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(smallest);
        a.setMinorTickMarksVisible(true);
        a.setNumberFormatOverride(new java.text.NumberFormat() {
            @Override
            public StringBuffer format(double v, StringBuffer to, java.text.FieldPosition pos) {
                String s = String.format(Locale.ROOT, "%.3g", v);
                if (!s.contains("e")) {
                    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
                }
                return to.append(s);
            }

            @Override
            public StringBuffer format(long v, StringBuffer to, java.text.FieldPosition pos) {
                return to.append(v);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition pos) {
                return null;
            }
        });
        return a;
    }

    /** The fitted slope of each line (series name to fit), in the order the lines appear. */
    public static Map<String, LogLogFit> fits(List<SweepRow> rows, String metric) {
        Map<String, double[][]> points = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            points.computeIfAbsent(r.series(), k -> new double[2][0]);
        }
        Map<String, LogLogFit> fits = new LinkedHashMap<>();
        for (String s : points.keySet()) {
            List<SweepRow> mine = rows.stream().filter(r -> r.series().equals(s) && !r.diverged()).toList();
            double[] x = mine.stream().mapToDouble(SweepRow::value).toArray();
            double[] y = mine.stream().mapToDouble(r -> r.metric(metric)).toArray();
            fits.put(s, LogLogFit.of(x, y));
        }
        return fits;
    }

    /** Renders the plot; width x height pixels. */
    public static BufferedImage render(List<SweepRow> rows, String metric, String vary, int width, int height) {
        Map<String, LogLogFit> fits = fits(rows, metric);
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, LogLogFit> e : fits.entrySet()) {
            LogLogFit f = e.getValue();
            String name = e.getKey() + (Double.isNaN(f.slope()) ? "" : String.format(Locale.ROOT, "  (slope %.2f)", f.slope()));
            XYSeries s = new XYSeries(name, true, true);
            for (SweepRow r : rows) {
                double y = r.metric(metric);
                if (r.series().equals(e.getKey()) && !r.diverged() && r.value() > 0 && y > 0 && Double.isFinite(y)) {
                    s.add(r.value(), y);
                }
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(metric + " vs " + vary, vary, metric, data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis x = logAxis(vary, 1e-12);
        LogAxis y = logAxis(metric, 1e-300);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesPaint(i, new Color(PALETTE[i % PALETTE.length]));
        }
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(width, height);
    }

    /** Writes the plot as PNG. */
    public static void writePng(List<SweepRow> rows, String metric, String vary, OutputStream out) throws IOException {
        ImageIO.write(render(rows, metric, vary, 960, 640), "png", out);
    }
}
