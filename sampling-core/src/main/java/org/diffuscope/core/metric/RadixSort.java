package org.diffuscope.core.metric;

/**
 * Least-significant-digit radix sort of doubles (11-bit digits, 6 passes, passes skipped where every key shares
 * the digit), on the IEEE bits flipped into unsigned order ({@code bits ^ (sign ? ~0 : MIN_VALUE)}). Several times
 * faster than {@link java.util.Arrays#sort(double[])} for the 10^4 - 10^6 projections of the sliced W2. NaN must
 * not occur (the metrics drop non-finite particles first); -0.0 sorts before 0.0.
 */
final class RadixSort {

    private static final int BITS = 11;
    private static final int RADIX = 1 << BITS;
    private static final int MASK = RADIX - 1;

    private RadixSort() {
    }

    /** Sorts a ascending in place. a: Modified. */
    static void sort(double[] a) {
        int n = a.length;
        if (n < 256) {
            java.util.Arrays.sort(a);
            return;
        }
        long[] keys = new long[n];
        long[] tmp = new long[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(a[i]);
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
        }
        int[] count = new int[RADIX];
        for (int shift = 0; shift < 64; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) (keys[i] >>> shift) & MASK]++;
            }
            if (count[(int) (keys[0] >>> shift) & MASK] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < RADIX; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                tmp[count[(int) (k >>> shift) & MASK]++] = k;
            }
            long[] swap = keys;
            keys = tmp;
            tmp = swap;
        }
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
            a[i] = Double.longBitsToDouble(bits);
        }
    }
}
