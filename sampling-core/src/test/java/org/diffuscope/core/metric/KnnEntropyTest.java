package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class KnnEntropyTest {

    @Test
    void kdTreeFindsTheSameNeighboursAsBruteForce() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int d = 1; d <= 3; d++) {
            int n = 700;
            double[] x = new double[n * d];
            for (int i = 0; i < x.length; i++) {
                // clustered, with exact ties on a lattice for a few points
                x[i] = i % 97 == 0 ? 1.0 : (rng.nextBoolean() ? 3 : -3) + 0.2 * rng.nextGaussian();
            }
            KdTree tree = new KdTree(x, n, d);
            double[] p = tree.points();
            double[] heap = new double[5];
            for (int i = 0; i < n; i++) {
                double[] all = new double[n - 1];
                int m = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double acc = 0;
                        for (int c = 0; c < d; c++) {
                            double e = p[i * d + c] - p[j * d + c];
                            acc += e * e;
                        }
                        all[m++] = acc;
                    }
                }
                Arrays.sort(all);
                for (int k = 1; k <= 5; k++) {
                    assertEquals(all[k - 1], tree.kthNeighbourSquaredDistance(i, k, heap), 0.0, "d=" + d + " k=" + k);
                }
            }
        }
    }

    @Test
    void entropyOfGaussiansMatchesTheClosedForm() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 30_000;
        for (int d = 1; d <= 3; d++) {
            double[] scales = {1.0, 0.3, 2.0};
            double[] x = new double[n * d];
            double exact = 0;
            for (int j = 0; j < d; j++) {
                // H(N(0, s^2)) = 1/2 log(2 pi e s^2) per coordinate
                exact += 0.5 * Math.log(2 * Math.PI * Math.E * scales[j] * scales[j]);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = scales[j] * rng.nextGaussian();
                }
            }
            for (int k = 1; k <= 5; k++) {
                double h = KnnEntropy.of(x, n, d, k, true);
                assertEquals(exact, h, 0.025, "d=" + d + " k=" + k);
            }
        }
    }
}
