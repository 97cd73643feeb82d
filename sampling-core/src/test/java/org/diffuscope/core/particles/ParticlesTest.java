package org.diffuscope.core.particles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Counting the particles with a non-finite coordinate: the exponent-bit pass must agree with Double.isFinite. */
class ParticlesTest {

    private static int countByDefinition(double[] a, int dim, int from, int to) {
        int bad = 0;
        for (int i = from; i < to; i++) {
            for (int j = 0; j < dim; j++) {
                if (!Double.isFinite(a[i * dim + j])) {
                    bad++;
                    break;
                }
            }
        }
        return bad;
    }

    @Test
    void nansAndInfinitiesAreCountedOncePerRowAndTheExtremeFiniteValuesNever() {
        double[] edge = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.0, Double.MIN_NORMAL,
                Math.nextDown(Double.POSITIVE_INFINITY), 1e308 * 10, -1e308 * 10, Double.NaN,
                Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000000L)};
        Random r = new Random(3);
        for (int dim : new int[] {1, 2, 3, 7}) {
            int n = 1000;
            double[] a = new double[n * dim];
            for (int trial = 0; trial < 20; trial++) {
                for (int q = 0; q < a.length; q++) {
                    a[q] = r.nextInt(50) == 0 ? edge[r.nextInt(edge.length)] : r.nextGaussian();
                }
                int from = r.nextInt(n / 2);
                int to = from + r.nextInt(n - from + 1);
                assertEquals(countByDefinition(a, dim, from, to), Particles.countNonFiniteRows(a, dim, from, to),
                        "dim " + dim + ", rows " + from + ".." + to);
            }
            Particles finite = new Particles(n, dim);
            java.util.Arrays.fill(finite.data(), Double.MAX_VALUE);
            assertEquals(0, finite.countNonFinite(), "the largest finite values are finite");
            finite.data()[finite.data().length - 1] = Double.NEGATIVE_INFINITY;
            finite.data()[0] = Double.NaN;
            assertEquals(n == 1 ? 1 : 2, finite.countNonFinite(), "first and last row, dim " + dim);
        }
    }
}
