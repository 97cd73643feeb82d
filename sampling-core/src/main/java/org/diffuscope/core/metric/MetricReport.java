package org.diffuscope.core.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Named metric values of one cloud against the exact p_t, in a fixed order; keys are the {@code --metrics} JSON
 * names of cli.md. A metric that does not apply (mode weights with one mode, the 2D histogram in 3D, ...) is
 * absent, never NaN. Particles with a non-finite coordinate are left out of every metric and counted in
 * {@link #NON_FINITE}.
 *
 * @param t         the time of p_t
 * @param particles the number of particles given, finite or not
 * @param nonFinite how many of them had a non-finite coordinate
 * @param values    the metrics, in insertion order (unmodifiable)
 */
public record MetricReport(double t, int particles, int nonFinite, Map<String, Double> values) {

    public static final String PARTICLES = "particles";
    public static final String NON_FINITE = "non_finite";
    public static final String MEAN_ERROR = "mean_error";
    public static final String MEAN_ERROR_FLOOR = "mean_error_floor";
    public static final String COV_ERROR = "cov_error";
    public static final String COV_ERROR_FLOOR = "cov_error_floor";
    public static final String MODE_WEIGHT_ERROR = "mode_weight_error";
    public static final String CROSS_ENTROPY = "cross_entropy";
    public static final String CROSS_ENTROPY_STDERR = "cross_entropy_stderr";
    public static final String ENTROPY = "entropy";
    public static final String ENTROPY_STDERR = "entropy_stderr";
    public static final String BURES_W2 = "bures_w2";
    public static final String HISTOGRAM_TV = "histogram_tv";
    public static final String HISTOGRAM_TV_FLOOR = "histogram_tv_floor";
    public static final String SLICED_W2 = "sliced_w2";
    public static final String SLICED_W2_FLOOR = "sliced_w2_floor";
    public static final String MMD = "mmd";
    public static final String MMD2 = "mmd2";
    public static final String MMD_FLOOR = "mmd_floor";
    public static final String MMD_BANDWIDTH = "mmd_bandwidth";
    public static final String KNN_KL = "knn_kl";
    public static final String KNN_KL_FLOOR = "knn_kl_floor";
    public static final String PRODUCT_KL = "product_kl";
    public static final String PRODUCT_KL_FLOOR = "product_kl_floor";
    public static final String PRODUCT_KL_STDERR = "product_kl_stderr";

    public MetricReport {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether the metric was computed. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value of a computed metric; IllegalArgumentException when it is absent. */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("metric " + key + " was not computed; have " + values.keySet());
        }
        return v;
    }

    /** The value, if computed. */
    public OptionalDouble find(String key) {
        Double v = values.get(key);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** A one-line JSON object of the values ({@code Double.toString}, so numbers round-trip; non-finite as strings). */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            double v = e.getValue();
            sb.append('"').append(e.getKey()).append("\": ");
            sb.append(Double.isFinite(v) ? Double.toString(v) : "\"" + v + "\"");
        }
        return sb.append('}').toString();
    }
}
