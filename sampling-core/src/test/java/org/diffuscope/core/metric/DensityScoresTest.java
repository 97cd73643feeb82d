package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;
import org.junit.jupiter.api.Test;

class DensityScoresTest {

    @Test
    void oneCallGivesTheSameLogDensityAndResponsibilitiesAsTwo() {
        DiffusedTarget dt = Fixtures.ou(Fixtures.fullMixture2d());
        Evaluator ev = dt.marginal(0.05).evaluator();
        SplittableRandom rng = new SplittableRandom(2);
        double[] x = new double[2];
        double[] r1 = new double[3];
        double[] r2 = new double[3];
        for (int i = 0; i < 200; i++) {
            x[0] = 4 * rng.nextGaussian();
            x[1] = 4 * rng.nextGaussian();
            double logp = ev.logDensityAndResponsibilities(x, 0, r1);
            ev.responsibilities(x, 0, r2);
            assertEquals(ev.logDensity(x, 0), logp, 0.0);
            for (int k = 0; k < 3; k++) {
                assertEquals(r2[k], r1[k], 0.0);
            }
        }
    }

    @Test
    void crossEntropyAndItsStandardErrorMatchAPlainTwoPassComputation() {
        DiffusedTarget dt = Fixtures.ou(Fixtures.ring8());
        var x = dt.sample(0.1, 10_001, 5);
        DensityScores s = DensityScores.of(Cloud.of(x), dt.marginal(0.1), 8, true);
        Evaluator ev = dt.marginal(0.1).evaluator();
        int n = x.count();
        double[] v = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            v[i] = -ev.logDensity(x.data(), 2 * i);
            mean += v[i] / n;
        }
        double ss = 0;
        for (double vi : v) {
            ss += (vi - mean) * (vi - mean);
        }
        assertEquals(mean, s.crossEntropy(), 1e-12);
        assertEquals(Math.sqrt(ss / (n - 1) / n), s.crossEntropyStderr(), 1e-12);
        double sum = 0;
        for (double r : s.meanResponsibilities()) {
            sum += r;
        }
        assertEquals(1.0, sum, 1e-12);
    }
}
