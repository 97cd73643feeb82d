package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.junit.jupiter.api.Test;

/** Same input, same numbers, whatever the threads; the particles are never modified; non-finite ones are counted. */
class DeterminismTest {

    private static final int N = 12_000;
    private final DiffusedTarget ring = Fixtures.ou(Fixtures.ring8());
    private final double t = 0.02;

    /** Exact samples with rows 7, 4000 and 11999 made non-finite. */
    private Particles cloudWithBadRows() {
        Particles x = ring.sample(t, N, 3);
        x.set(7, 0, Double.NaN);
        x.set(4000, 1, Double.POSITIVE_INFINITY);
        x.set(11_999, 0, Double.NEGATIVE_INFINITY);
        return x;
    }

    @Test
    void sameInputSameNumbersWhateverTheThreadsAndTheInputIsUntouched() {
        Particles x = cloudWithBadRows();
        double[] before = x.data().clone();
        MetricReport parallel = new Metrics(ring).full(x, t);
        MetricReport again = new Metrics(ring).full(x, t);
        MetricReport sequential = new Metrics(ring, MetricOptions.defaults().withParallel(false)).full(x, t);
        assertArrayEquals(before, x.data(), "the particles were modified");
        assertEquals(parallel.values(), again.values());
        assertEquals(parallel.values(), sequential.values());
        Metrics cached = new Metrics(ring);
        assertEquals(cached.full(x, t).values(), cached.full(x, t).values());
        assertEquals(cached.cheap(x, t).values(), new Metrics(ring).cheap(x, t).values());
    }

    @Test
    void nonFiniteParticlesAreCountedAndLeftOut() {
        Particles x = cloudWithBadRows();
        MetricReport r = new Metrics(ring).full(x, t);
        assertEquals(3, r.nonFinite());
        assertEquals(3.0, r.get(MetricReport.NON_FINITE));
        assertEquals(N, r.get(MetricReport.PARTICLES));
        for (Map.Entry<String, Double> e : r.values().entrySet()) {
            assertFalse(Double.isNaN(e.getValue()), e.getKey());
        }
        // the same numbers as the cloud without those rows
        Particles finite = new Particles(N - 3, 2);
        int n = 0;
        for (int i = 0; i < N; i++) {
            if (i != 7 && i != 4000 && i != 11_999) {
                finite.set(n, 0, x.get(i, 0));
                finite.set(n, 1, x.get(i, 1));
                n++;
            }
        }
        MetricReport clean = new Metrics(ring).full(finite, t);
        for (String key : clean.values().keySet()) {
            if (!key.equals(MetricReport.PARTICLES) && !key.equals(MetricReport.NON_FINITE)) {
                assertEquals(clean.get(key), r.get(key), key);
            }
        }
    }

    @Test
    void anAllNonFiniteCloudReportsOnlyItsCounts() {
        Particles x = new Particles(5, 2);
        java.util.Arrays.fill(x.data(), Double.NaN);
        MetricReport r = new Metrics(ring).full(x, t);
        assertEquals(5.0, r.get(MetricReport.NON_FINITE));
        assertEquals(2, r.values().size(), r.toJson());
        assertTrue(r.find(MetricReport.MEAN_ERROR).isEmpty());
    }
}
