package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.metric.MetricReport;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;

class FrameMetricsTest {

    private final DiffusedTarget ring8 = RunFactory.diffusedTarget(ExperimentConfig.defaults());

    @Test
    void largeCloudsAreMeasuredOnAFixedStrideOfAtMost50kParticles() {
        FrameMetrics fm = new FrameMetrics();
        fm.target(ring8);
        double t = 0.5;
        Particles exact = ring8.sample(t, 120_001, 7);
        Map<String, Double> m = fm.of(exact, t);
        // stride 3 over 120,001 rows: 40,001 measured
        assertEquals(40_001, m.get(MetricReport.PARTICLES), 0);
        assertEquals(1 / Math.sqrt(40_001), m.get(MetricReport.MEAN_ERROR_FLOOR), 1e-12);
        // exact samples of p_t: errors at the noise floor of the measured subset (4 sigma)
        assertTrue(m.get(MetricReport.MEAN_ERROR) < 4 * m.get(MetricReport.MEAN_ERROR_FLOOR),
                "mean error " + m.get(MetricReport.MEAN_ERROR));
        // cross-entropy of exact samples equals the exact entropy within both standard errors (~0.01 nats each)
        double excess = m.get(MetricReport.CROSS_ENTROPY) - m.get(MetricReport.ENTROPY);
        assertTrue(Math.abs(excess) < 0.05, "cross-entropy - H(p_t) = " + excess);
    }

    @Test
    void smallCloudsAreMeasuredWhole() {
        FrameMetrics fm = new FrameMetrics();
        fm.target(ring8);
        Map<String, Double> m = fm.of(ring8.sample(1.0, 5_000, 3), 1.0);
        assertEquals(5_000, m.get(MetricReport.PARTICLES), 0);
    }

    @Test
    void targetsWithCostlyDensitiesAreMeasuredOnAtMost5kParticles() {
        DiffusedTarget helix = RunFactory.diffusedTarget(ExperimentConfig.defaults().withTarget(
                org.diffuscope.app.viewmodel.TargetChoice.preset("helix", 3)));
        FrameMetrics fm = new FrameMetrics();
        fm.target(helix);
        Map<String, Double> m = fm.of(helix.sample(0.5, 20_000, 5), 0.5);
        // stride 4 over 20,000 rows
        assertEquals(5_000, m.get(MetricReport.PARTICLES), 0);
        double excess = m.get(MetricReport.CROSS_ENTROPY) - m.get(MetricReport.ENTROPY);
        assertTrue(Math.abs(excess) < 0.15, "exact samples: cross-entropy - H(p_t) = " + excess);
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
