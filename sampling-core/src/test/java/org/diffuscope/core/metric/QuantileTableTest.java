package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class QuantileTableTest {

    /** A bimodal 1D mixture: one tight, one wide component. */
    static GaussianMixture1d law() {
        return new GaussianMixture1d(new double[] {0.3, 0.7}, new double[] {-2.0, 1.0}, new double[] {0.05, 0.8});
    }

    /** W2^2 by exact quantiles and exact partial means (slow, independent of the table). */
    static double bruteForce(Law1d law, double[] y) {
        int n = y.length;
        double cross = 0;
        double previous = 0;
        for (int i = 1; i < n; i++) {
            double p = law.partialMean(law.quantile((double) i / n));
            cross += y[i - 1] * (p - previous);
            previous = p;
        }
        cross += y[n - 1] * (law.mean() - previous);
        double sumY2 = 0;
        for (double v : y) {
            sumY2 += v * v;
        }
        return law.secondMoment() + sumY2 / n - 2 * cross;
    }

    @Test
    void tableW2MatchesExactQuantiles() {
        Law1d law = law();
        SplittableRandom rng = new SplittableRandom(5);
        for (double shift : new double[] {0.0, 0.3}) {
            double[] y = new double[3000];
            for (int i = 0; i < y.length; i++) {
                boolean tight = rng.nextDouble() < 0.3;
                y[i] = shift + (tight ? -2.0 + 0.05 * rng.nextGaussian() : 1.0 + 0.8 * rng.nextGaussian());
            }
            Arrays.sort(y);
            double exact = bruteForce(law, y);
            double table = new QuantileTable(law).w2Squared(y, y.length);
            assertEquals(exact, table, 1e-9 + 1e-6 * exact);
        }
    }

    @Test
    void empiricalW2MatchesTheQuantileIntegral() {
        // W2^2 between {0, 1, 5} and {0.5, 2}: on s in [0, 1/3) 0 vs 0.5, [1/3, 1/2) 1 vs 0.5,
        // [1/2, 2/3) 1 vs 2, [2/3, 1) 5 vs 2
        double[] a = {0, 1, 5};
        double[] b = {0.5, 2};
        double expected = 0.25 / 3 + 0.25 / 6 + 1.0 / 6 + 9.0 / 3;
        assertEquals(expected, QuantileTable.w2SquaredEmpirical(a, 3, b, 2), 1e-15);
        assertEquals(expected, QuantileTable.w2SquaredEmpirical(b, 2, a, 3), 1e-15);
        // a shift by delta: W2^2 = delta^2
        double[] c = {0.3, 1.3, 5.3};
        assertEquals(0.09, QuantileTable.w2SquaredEmpirical(a, 3, c, 3), 1e-15);
    }
}
