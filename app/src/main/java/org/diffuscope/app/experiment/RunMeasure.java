package org.diffuscope.app.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diffuscope.core.metric.MetricReport;
import org.diffuscope.core.metric.Metrics;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.run.SamplingRun;

/**
 * What a finished run leaves: the particles, its counters, and its full metrics against the exact law at the final
 * time (p_{t-min}, or p_0 after a final denoise when the target has a density).
 */
public record RunMeasure(Particles particles, long nfe, long logpEvaluations, int steps, int rejectedSteps, double seconds,
                  double tFinal, double acceptance, MetricReport report) {

    public static RunMeasure of(SamplingRun run, DiffusedTarget dt, double seconds) {
        Particles x = run.particles();
        double tFinal = run.isDenoised() && dt.target().hasDensity() ? 0.0 : run.time();
        MetricReport report = new Metrics(dt).full(x, tFinal);
        boolean adaptive = run.config().predictor().adaptive();
        int steps = adaptive ? run.acceptedSteps() : run.stepIndex();
        return new RunMeasure(x, run.nfe(), run.logpEvaluations(), steps, run.rejectedSteps(), seconds, tFinal,
                run.acceptanceRate(), report);
    }

    /** The cli.md keys first, then every other metric. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nfe", nfe);
        m.put("logp_evals", logpEvaluations);
        m.put("steps", steps);
        m.put("rejected_steps", rejectedSteps);
        m.put("seconds", seconds);
        m.put("t_final", tFinal);
        Map<String, Double> v = report.values();
        for (String key : new String[] {MetricReport.MEAN_ERROR, MetricReport.COV_ERROR, MetricReport.MODE_WEIGHT_ERROR,
            MetricReport.SLICED_W2, MetricReport.CROSS_ENTROPY, MetricReport.ENTROPY}) {
            m.put(key, v.getOrDefault(key, Double.NaN));
        }
        m.put("acceptance", acceptance);
        for (Map.Entry<String, Double> e : v.entrySet()) {
            m.putIfAbsent(e.getKey(), e.getValue());
        }
        return m;
    }
}
