package org.diffuscope.core.metric;

/**
 * A static k-d tree over n points in R^d (meant for d <= 3) for k-nearest-neighbour distances: each range of the
 * point array is split at its median along the axis of largest spread (quickselect), the median point being the
 * node; ranges of at most {@value #LEAF} points are scanned. Build O(n log n), query O(log n) on average.
 */
final class KdTree {

    private static final int LEAF = 8;

    private final int n;
    private final int d;
    /** The points, reordered into tree order, row-major. */
    private final double[] p;
    /** The split axis of the node at each median position. */
    private final byte[] axis;

    /** Builds the tree on a copy of the n row-major points x. x: Not modified. */
    KdTree(double[] x, int n, int d) {
        this.n = n;
        this.d = d;
        this.p = java.util.Arrays.copyOf(x, n * d);
        this.axis = new byte[n];
        build(0, n);
    }

    int size() {
        return n;
    }

    private void build(int lo, int hi) {
        while (hi - lo > LEAF) {
            int a = widestAxis(lo, hi);
            int mid = (lo + hi) >>> 1;
            select(lo, hi - 1, mid, a);
            axis[mid] = (byte) a;
            build(lo, mid);
            lo = mid + 1;
        }
    }

    private int widestAxis(int lo, int hi) {
        int best = 0;
        double bestSpread = -1;
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = lo; i < hi; i++) {
                double v = p[i * d + j];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min > bestSpread) {
                bestSpread = max - min;
                best = j;
            }
        }
        return best;
    }

    /** Quickselect on axis a: afterwards point k is in place, smaller ones before it, larger after. */
    private void select(int lo, int hi, int k, int a) {
        while (hi > lo) {
            double pivot = p[((lo + hi) >>> 1) * d + a];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (p[i * d + a] < pivot) {
                    i++;
                }
                while (p[j * d + a] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private void swap(int i, int j) {
        for (int c = 0; c < d; c++) {
            double t = p[i * d + c];
            p[i * d + c] = p[j * d + c];
            p[j * d + c] = t;
        }
    }

    /**
     * The squared distance from tree point i (tree order) to its k-th nearest other point. heap: scratch of
     * length >= k. Not thread-safe per heap; the tree itself is read-only.
     */
    double kthNeighbourSquaredDistance(int i, int k, double[] heap) {
        java.util.Arrays.fill(heap, 0, k, Double.POSITIVE_INFINITY);
        search(0, n, i, k, heap);
        return heap[k - 1];
    }

    /** Points in tree order (row-major), for callers that score them in the same order. */
    double[] points() {
        return p;
    }

    /** heap holds the k smallest squared distances found so far, ascending. */
    private void search(int lo, int hi, int q, int k, double[] heap) {
        if (hi - lo <= LEAF) {
            for (int i = lo; i < hi; i++) {
                if (i != q) {
                    offer(squaredDistance(q, i), k, heap);
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        int a = axis[mid];
        if (mid != q) {
            offer(squaredDistance(q, mid), k, heap);
        }
        double diff = p[q * d + a] - p[mid * d + a];
        if (diff < 0) {
            search(lo, mid, q, k, heap);
            if (diff * diff < heap[k - 1]) {
                search(mid + 1, hi, q, k, heap);
            }
        } else {
            search(mid + 1, hi, q, k, heap);
            if (diff * diff < heap[k - 1]) {
                search(lo, mid, q, k, heap);
            }
        }
    }

    private static void offer(double dist2, int k, double[] heap) {
        if (dist2 >= heap[k - 1]) {
            return;
        }
        int j = k - 1;
        while (j > 0 && heap[j - 1] > dist2) {
            heap[j] = heap[j - 1];
            j--;
        }
        heap[j] = dist2;
    }

    private double squaredDistance(int i, int j) {
        double acc = 0;
        for (int c = 0; c < d; c++) {
            double e = p[i * d + c] - p[j * d + c];
            acc += e * e;
        }
        return acc;
    }
}
