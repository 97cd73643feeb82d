package org.diffuscope.app.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link LabResult} with JFreeChart into an image (no display needed): log or linear axes labelled with
 * plain numbers, one line per series with its fitted log-log slope in the legend, the notes under the title.
 */
public final class ResultPlot {

    /** Tableau 10: distinct on white. */
    private static final int[] PALETTE = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
        0xFF9DA7, 0x9C755F, 0xBAB0AC};

    private ResultPlot() {
    }

    public static BufferedImage render(LabResult r, int width, int height) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (LabResult.Series s : r.series()) {
            double slope = s.fit().slope();
            String name = s.name() + (Double.isNaN(slope) ? "" : String.format(Locale.ROOT, "  (slope %.2f)", slope));
            XYSeries xy = new XYSeries(name, true, true);
            for (int i = 0; i < s.x().length; i++) {
                double x = s.x()[i];
                double y = s.y()[i];
                if (Double.isFinite(x) && Double.isFinite(y) && (!r.logX() || x > 0) && (!r.logY() || y > 0)) {
                    xy.add(x, y);
                }
            }
            data.addSeries(xy);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(r.title(), r.xLabel(), r.yLabel(), data,
                PlotOrientation.VERTICAL, true, false, false);
        for (String note : r.notes()) {
            chart.addSubtitle(new TextTitle(note));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(axis(r.xLabel(), r.logX()));
        plot.setRangeAxis(axis(r.yLabel(), r.logY()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            boolean floor = r.series().get(i).name().equals(LabResult.FLOOR);
            renderer.setSeriesStroke(i, floor ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f) : new BasicStroke(2f));
            renderer.setSeriesPaint(i, floor ? Color.GRAY : new Color(PALETTE[i % PALETTE.length]));
            renderer.setSeriesShapesVisible(i, !floor);
        }
        plot.setRenderer(renderer);
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(width, height);
    }

    public static void writePng(LabResult r, OutputStream out) throws IOException {
        ImageIO.write(render(r, 960, 640), "png", out);
    }

    private static ValueAxis axis(String label, boolean log) {
        if (!log) {
            NumberAxis a = new NumberAxis(label);
            a.setAutoRangeIncludesZero(false);
            return a;
        }
        LogAxis a = new LogAxis(label);
        a.setSmallestValue(1e-300);
        a.setMinorTickMarksVisible(true);
        a.setNumberFormatOverride(new PlainNumbers());
        return a;
    }

    /** Three significant digits, no powers-of-ten notation unless the number needs it. */
    private static final class PlainNumbers extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
            String s = String.format(Locale.ROOT, "%.3g", v);
            if (!s.contains("e") && s.contains(".")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return to.append(s);
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
            return to.append(v);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
