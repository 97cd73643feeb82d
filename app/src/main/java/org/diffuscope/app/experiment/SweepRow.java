package org.diffuscope.app.experiment;

import java.util.Map;

/**
 * One run of a sweep: what was run, its cost, and its metrics (cli.md {@code sweep} columns).
 *
 * @param metrics the keys of {@code sample --metrics}, empty when the run diverged
 */
public record SweepRow(String sampler, String corrector, String vary, double value, int steps, long nfe,
                       Map<String, Object> metrics, boolean diverged) {

    /** The metric as a number, NaN when missing or not numeric. */
    public double metric(String key) {
        Object v = metrics.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The line this row belongs to in plots: sampler, plus the corrector when there is one. */
    public String series() {
        return "none".equals(corrector) ? sampler : sampler + " + " + corrector;
    }
}
