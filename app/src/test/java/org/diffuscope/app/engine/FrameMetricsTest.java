package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.metric.MetricReport;
import org.diffuscope.core.process.DiffusedTarget;

class FrameMetricsTest {

    private final DiffusedTarget ring8 = RunFactory.diffusedTarget(ExperimentConfig.defaults());

    /** The frame metrics of n exact samples of p_t. */
    private static Map<String, Double> ofExactSamples(DiffusedTarget dt, double t, int n, long seed) {
        FrameMetrics fm = new FrameMetrics();
        fm.target(dt);
        return fm.of(dt.sample(t, n, seed), t);
    }

    /** Cross-entropy minus the exact entropy H(p_t): near 0 for exact samples. */
    private static double excess(Map<String, Double> m) {
        return m.get(MetricReport.CROSS_ENTROPY) - m.get(MetricReport.ENTROPY);
    }

    @Test
    void largeCloudsAreMeasuredOnAFixedStrideOfAtMost50kParticles() {
        Map<String, Double> m = ofExactSamples(ring8, 0.5, 120_001, 7);
        // stride 3 over 120,001 rows: 40,001 measured
        assertEquals(40_001, m.get(MetricReport.PARTICLES), 0);
        assertEquals(1 / Math.sqrt(40_001), m.get(MetricReport.MEAN_ERROR_FLOOR), 1e-12);
        // exact samples of p_t: errors at the noise floor of the measured subset (4 sigma)
        assertTrue(m.get(MetricReport.MEAN_ERROR) < 4 * m.get(MetricReport.MEAN_ERROR_FLOOR),
                "mean error " + m.get(MetricReport.MEAN_ERROR));
        // cross-entropy of exact samples equals the exact entropy within both standard errors (~0.01 nats each)
        assertTrue(Math.abs(excess(m)) < 0.05, "cross-entropy - H(p_t) = " + excess(m));
    }

    @Test
    void smallCloudsAreMeasuredWhole() {
        assertEquals(5_000, ofExactSamples(ring8, 1.0, 5_000, 3).get(MetricReport.PARTICLES), 0);
    }

    @Test
    void targetsWithCostlyDensitiesAreMeasuredOnAtMost5kParticles() {
        DiffusedTarget helix = RunFactory.diffusedTarget(ExperimentConfig.defaults().withTarget(
                org.diffuscope.app.viewmodel.TargetChoice.preset("helix", 3)));
        Map<String, Double> m = ofExactSamples(helix, 0.5, 20_000, 5);
        // stride 4 over 20,000 rows
        assertEquals(5_000, m.get(MetricReport.PARTICLES), 0);
        assertTrue(Math.abs(excess(m)) < 0.15, "exact samples: cross-entropy - H(p_t) = " + excess(m));
    }

    @Test
    void smoothnessIsTheTargetsLOfTCachedPerTime() {
        FrameMetrics fm = new FrameMetrics();
        fm.target(ring8);
        double l = fm.smoothness(0.3);
        assertTrue(l > 0 && Double.isFinite(l), "L(0.3) = " + l);
        assertEquals(l, fm.smoothness(0.3), 0, "the same time gives the cached value");
        assertEquals(ring8.smoothness(0.3, 512), l, 1e-12, "L(t) as the target estimates it on 512 points");
    }
}
