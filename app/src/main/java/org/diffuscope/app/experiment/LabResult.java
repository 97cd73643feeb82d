package org.diffuscope.app.experiment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diffuscope.core.experiment.LogLogFit;

/**
 * The result of an experiment, ready to plot and export: named series of (x, y) points with their log-log fits,
 * axis labels, and notes (e.g. the exponents of the paper's bounds to compare the fitted slopes with).
 *
 * @param logX, logY  whether the axes are logarithmic (fits are log-log either way)
 */
public record LabResult(String title, String xLabel, String yLabel, List<Series> series, boolean logX, boolean logY,
                        List<String> notes) {

    /** One line: points (NaN y = no value, e.g. a diverged run or a target not reached) and its fit. */
    public record Series(String name, double[] x, double[] y, LogLogFit fit) {

        public static Series of(String name, double[] x, double[] y) {
            return new Series(name, x, y, LogLogFit.of(x, y));
        }

        /** A series fitted only where it stands clearly above the noise floor (y > 2 floor): below, the slope is noise. */
        public static Series aboveFloor(String name, double[] x, double[] y, double[] floor) {
            double[] fy = y.clone();
            for (int i = 0; i < fy.length; i++) {
                if (Double.isFinite(floor[i]) && !(fy[i] > 2 * floor[i])) {
                    fy[i] = Double.NaN;
                }
            }
            return new Series(name, x, y, LogLogFit.of(x, fy));
        }

        /** A reference line without a fit (the noise floor). */
        public static Series reference(String name, double[] x, double[] y) {
            return new Series(name, x, y, new LogLogFit(Double.NaN, Double.NaN, 0));
        }
    }

    /** Name of the noise-floor line. */
    public static final String FLOOR = "noise floor (exact samples)";

    /** A sweep's metric against the varied value (or against NFE), one series per sampler x corrector. */
    public static LabResult fromSweep(List<SweepRow> rows, String metric, String vary, boolean againstNfe) {
        Map<String, List<SweepRow>> bySeries = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            bySeries.computeIfAbsent(r.series(), k -> new ArrayList<>()).add(r);
        }
        List<Series> series = new ArrayList<>();
        String floorKey = metric + "_floor";
        Map<Double, Double> floorAt = new java.util.TreeMap<>();
        for (Map.Entry<String, List<SweepRow>> e : bySeries.entrySet()) {
            List<SweepRow> rs = e.getValue();
            double[] x = rs.stream().mapToDouble(r -> againstNfe ? r.nfe() : r.value()).toArray();
            double[] y = rs.stream().mapToDouble(r -> r.diverged() ? Double.NaN : r.metric(metric)).toArray();
            double[] floor = rs.stream().mapToDouble(r -> r.metric(floorKey)).toArray();
            series.add(Series.aboveFloor(e.getKey(), x, y, floor));
            if (!againstNfe) {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(floor[i])) {
                        floorAt.putIfAbsent(x[i], floor[i]);
                    }
                }
            }
        }
        if (!floorAt.isEmpty()) {
            series.add(Series.reference(FLOOR, floorAt.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                    floorAt.values().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        boolean logX = rows.stream().allMatch(r -> (againstNfe ? r.nfe() : r.value()) > 0);
        return new LabResult(metric + " vs " + (againstNfe ? "NFE" : vary), againstNfe ? "NFE" : vary, metric, series,
                logX, true, List.of());
    }

    /** CSV: series,x,y,fitted_slope (one row per point). */
    public void writeCsv(Writer w) throws IOException {
        w.write("series," + csvName(xLabel) + "," + csvName(yLabel) + ",fitted_slope\n");
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                w.write(csvName(s.name()) + "," + s.x()[i] + "," + (Double.isFinite(s.y()[i]) ? s.y()[i] : "") + ","
                        + (Double.isFinite(s.fit().slope()) ? s.fit().slope() : "") + "\n");
            }
        }
    }

    private static String csvName(String s) {
        return s.replace(',', ' ');
    }
}
