package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.junit.jupiter.api.Test;

class MetricsApiTest {

    private final DiffusedTarget ring = Fixtures.ou(Fixtures.ring8());
    private final Particles x = ring.sample(0.1, 5000, 17);

    @Test
    void aSubsetComputesOnlyItsGroupsWithTheSameNumbers() {
        Metrics m = new Metrics(ring);
        MetricReport full = m.full(x, 0.1);
        MetricReport some = m.compute(x, 0.1, Set.of(MetricReport.SLICED_W2, MetricReport.MMD_FLOOR));
        MetricReport cheap = m.cheap(x, 0.1);
        List<String> expected = new java.util.ArrayList<>(cheap.values().keySet());
        expected.addAll(List.of(MetricReport.SLICED_W2, MetricReport.SLICED_W2_FLOOR, MetricReport.MMD,
                MetricReport.MMD2, MetricReport.MMD_FLOOR, MetricReport.MMD_BANDWIDTH));
        assertEquals(expected, List.copyOf(some.values().keySet()));
        for (String key : some.values().keySet()) {
            assertEquals(full.get(key), some.get(key), key);
        }
        assertEquals(cheap.values(), m.compute(x, 0.1, Set.of()).values());
    }

    @Test
    void keysAreTheCliNamesInAFixedOrder() {
        MetricReport r = new Metrics(ring).full(x, 0.1);
        assertEquals(List.of("particles", "non_finite", "mean_error", "mean_error_floor", "cov_error",
                "mode_weight_error", "cross_entropy", "cross_entropy_stderr", "cov_error_floor", "entropy",
                "entropy_stderr", "bures_w2", "histogram_tv", "histogram_tv_floor", "sliced_w2", "sliced_w2_floor",
                "mmd", "mmd2", "mmd_floor", "mmd_bandwidth", "knn_kl", "knn_kl_floor"),
                List.copyOf(r.values().keySet()));
        String json = r.toJson();
        for (var e : r.values().entrySet()) {
            assertTrue(json.contains("\"" + e.getKey() + "\": " + e.getValue()), e.getKey());
        }
        assertThrows(IllegalArgumentException.class, () -> r.get("no_such_metric"));
        assertFalse(r.find(MetricReport.PRODUCT_KL).isPresent());
    }

    @Test
    void badInputIsRefusedWithAMessageNamingIt() {
        Metrics m = new Metrics(ring);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.cheap(new Particles(10, 3), 0.1));
        assertTrue(e.getMessage().contains("dim 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MetricOptions(0, 50, 40, 7, 4000, Double.NaN,
                100_000, 0, true, 8));
        assertEquals("knnK must be in [1, 5], got 7", e.getMessage());
        // point masses have no density at t = 0
        Metrics points = new Metrics(Fixtures.ou(Fixtures.pointMasses()));
        assertThrows(IllegalArgumentException.class, () -> points.cheap(new Particles(10, 2), 0.0));
    }
}
