package org.diffuscope.app.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diffuscope.core.metric.MetricOptions;
import org.diffuscope.core.metric.MetricReport;
import org.diffuscope.core.metric.Metrics;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.GaussianMixture;

/**
 * What each recorded frame measures against the exact p_t: the cheap metrics with the exact entropy beside the
 * cross-entropy, and the local smoothness L(t) (cached per time for as long as the target stays the same). Worker
 * thread only.
 */
final class FrameMetrics {

    /** The most particles a frame's metrics measure (a fixed stride over the rest) for a Gaussian mixture. */
    static final int METRIC_PARTICLES = 50_000;
    /** Exact samples of p_t behind the entropy shown beside the cross-entropy, for a Gaussian mixture. */
    static final int ENTROPY_SAMPLES = 20_000;
    /**
     * The same two numbers for every other target (curves, boxes, Laplace products, mixtures of these), whose exact
     * log p_t costs 10-30x a mixture's per point (a helix: 1-4 us per point, ~15 us before the curves' weights path;
     * measuring a 20k-particle run's particles and 20k exact samples added two passes as costly as the step).
     * Their noise, ~1/sqrt(5,000), still sits below the errors the charts show.
     */
    static final int COSTLY_METRIC_PARTICLES = 5_000;
    static final int COSTLY_ENTROPY_SAMPLES = 5_000;

    private final Map<Double, Double> smoothness = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Double> eldest) {
            return size() > 4096;
        }
    };
    private DiffusedTarget target;
    private Metrics metrics;
    private Particles sample;
    private int measured = METRIC_PARTICLES;

    /** Measures this target from now on (a fresh metric cache; L(t) kept when the target is unchanged). */
    void target(DiffusedTarget dt) {
        if (target == null || !target.equals(dt)) {
            smoothness.clear();
        }
        target = dt;
        boolean cheap = dt.target() instanceof GaussianMixture;
        measured = cheap ? METRIC_PARTICLES : COSTLY_METRIC_PARTICLES;
        metrics = new Metrics(dt, MetricOptions.defaults()
                .withReferenceSamples(cheap ? ENTROPY_SAMPLES : COSTLY_ENTROPY_SAMPLES));
    }

    /** The cheap metrics of the particles at time t and H(p_t); the count of non-finite rows if they fail. */
    Map<String, Double> of(Particles x, double t) {
        Map<String, Double> m = new LinkedHashMap<>();
        try {
            m.putAll(metrics.cheap(sample(x), t).values());
            m.put(MetricReport.ENTROPY, metrics.reference(t).entropy());
        } catch (RuntimeException ex) {
            m.put(MetricReport.NON_FINITE, (double) x.countNonFinite());
        }
        return Map.copyOf(m);
    }

    /** L(t), or NaN above 64 dimensions (too costly to estimate per frame). */
    double smoothness(double t) {
        if (target.dim() > 64) {
            return Double.NaN;
        }
        return smoothness.computeIfAbsent(t, tt -> target.smoothness(tt, target.dim() <= 3 ? 512 : 64));
    }

    /**
     * The particles the metrics measure: all of them, or every k-th when there are more than
     * {@link #METRIC_PARTICLES} (for a mixture; their noise is then ~1/sqrt(5e4), under half a percent, below the floors the charts
     * show for the default 20k particles; measuring all costs as much as the step itself: the cross-entropy needs
     * log p_t of every particle).
     */
    private Particles sample(Particles x) {
        int n = x.count();
        if (n <= measured) {
            return x;
        }
        int d = x.dim();
        int stride = (n + measured - 1) / measured;
        int m = (n + stride - 1) / stride;
        if (sample == null || sample.count() != m || sample.dim() != d) {
            sample = new Particles(m, d);
        }
        double[] src = x.data();
        double[] dst = sample.data();
        for (int i = 0; i < m; i++) {
            System.arraycopy(src, i * stride * d, dst, i * d, d);
        }
        return sample;
    }
}
