package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RadixSortTest {

    @Test
    void sortsLikeArraysSort() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int n : new int[] {0, 1, 255, 256, 1000, 50_000}) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = rng.nextInt(10);
                a[i] = kind == 0 ? 0.0 : kind == 1 ? -1e300 * rng.nextDouble() : kind == 2 ? 1e-310 * rng.nextGaussian()
                        : kind == 3 ? Math.floor(rng.nextGaussian() * 3) : rng.nextGaussian() * 1e3;
            }
            double[] expected = a.clone();
            Arrays.sort(expected);
            RadixSort.sort(a);
            assertArrayEquals(expected, a);
        }
        double[] same = new double[1000];
        Arrays.fill(same, 2.5);
        RadixSort.sort(same);
        assertArrayEquals(new double[1000], same, 2.5);
    }
}
