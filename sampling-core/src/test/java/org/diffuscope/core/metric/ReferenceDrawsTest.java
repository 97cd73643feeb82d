package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kept draws of x_0 and z give every time's reference samples bit for bit as drawing them afresh. */
class ReferenceDrawsTest {

    private static final int COUNT = 10_000; // three blocks, the last one short

    @ParameterizedTest(name = "t = {0}")
    @ValueSource(doubles = {0.0, 0.003, 0.2, 1.7})
    void keptDrawsGiveTheSameReferenceSamplesAsFreshOnes(double t) {
        for (Target target : new Target[] {Fixtures.fullMixture2d(), Fixtures.ring8()}) {
            DiffusedTarget dt = Fixtures.ou(target);
            ReferenceDraws kept = ReferenceDraws.draw(dt, COUNT, 77, true);
            double[] m = dt.mean(t);
            ReferenceSamples fresh = ReferenceSamples.draw(dt, t, dt.marginal(t), m, COUNT, 500, 77, true, null);
            ReferenceSamples reused = ReferenceSamples.draw(dt, t, dt.marginal(t), m, COUNT, 500, 77, false, kept);
            assertEquals(fresh.entropy(), reused.entropy(), 0.0);
            assertEquals(fresh.entropyStderr(), reused.entropyStderr(), 0.0);
            assertEquals(fresh.fourthMoment(), reused.fourthMoment(), 0.0);
            assertArrayEquals(fresh.lo(), reused.lo(), 0.0);
            assertArrayEquals(fresh.hi(), reused.hi(), 0.0);
            assertArrayEquals(fresh.kept(), reused.kept(), 0.0);
        }
    }

    @Test
    void theEntropyOfEveryTimeIsTheSameWithAMetricsThatKeepsItsDraws() {
        DiffusedTarget dt = Fixtures.ou(Fixtures.ring8());
        MetricOptions o = MetricOptions.defaults().withReferenceSamples(COUNT);
        Metrics metrics = new Metrics(dt, o);
        for (double t : new double[] {0.01, 0.5, 0.01}) {
            ReferenceSamples fresh = ReferenceSamples.draw(dt, t, dt.marginal(t), dt.mean(t), COUNT,
                    ExactReference.KEPT, o.seed(), o.parallel(), null);
            assertEquals(fresh.entropy(), metrics.reference(t).entropy(), 0.0);
        }
        // and the estimate is right: a mixture's entropy is not closed-form, but at t = 0.01 the eight modes of
        // variance v = 0.02 e^{-2t} + 1 - e^{-2t} lie ~9 standard deviations apart: H = log 8 + log(2 pi e v)
        double v = 0.02 * Math.exp(-0.02) + (1 - Math.exp(-0.02));
        double exact = Math.log(8) + Math.log(2 * Math.PI * Math.E * v);
        ReferenceSamples r = metrics.reference(0.01).samples();
        assertTrue(Math.abs(r.entropy() - exact) < 4 * r.entropyStderr(), r.entropy() + " vs " + exact);
    }

    @Test
    void tooManyNumbersAreNotKept() {
        DiffusedTarget dt = Fixtures.ou(Fixtures.ring8());
        assertTrue(ReferenceDraws.keepable(dt, ReferenceDraws.MAX_KEPT / 2));
        assertFalse(ReferenceDraws.keepable(dt, ReferenceDraws.MAX_KEPT / 2 + 1));
    }
}
