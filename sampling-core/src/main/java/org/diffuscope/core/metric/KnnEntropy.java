package org.diffuscope.core.metric;

/**
 * The Kozachenko-Leonenko k-nearest-neighbour entropy estimate
 * {@code H = psi(n) - psi(k) + log V_d + (d/n) sum_i log eps_i}, eps_i the distance from x_i to its k-th nearest
 * neighbour, V_d the volume of the unit d-ball (Kozachenko and Leonenko 1987; Kraskov, Stoegbauer, Grassberger
 * 2004, eq. 20). With the exact cross-entropy it gives {@code KL(q || p_t) ~ -H_kNN(q) - mean_i log p_t(x_i)}.
 * Meant for d <= 3. Coincident particles make eps_i = 0 and the estimate -infinity: a cloud with atoms has no
 * density, and its KL to p_t is infinite.
 */
final class KnnEntropy {

    private KnnEntropy() {
    }

    /** The entropy estimate of the n row-major points x in R^d, k-th neighbours. x: Not modified. */
    static double of(double[] x, int n, int d, int k, boolean parallel) {
        if (n <= k) {
            throw new IllegalArgumentException("need more than k = " + k + " points, got " + n);
        }
        KdTree tree = new KdTree(x, n, d);
        int blocks = Blocks.count(n);
        double[] sums = new double[blocks];
        Blocks.run(blocks, parallel, b -> {
            double[] heap = new double[k];
            double acc = 0;
            for (int i = Blocks.start(b); i < Blocks.end(b, n); i++) {
                // log eps_i = 1/2 log eps_i^2
                acc += 0.5 * Math.log(tree.kthNeighbourSquaredDistance(i, k, heap));
            }
            sums[b] = acc;
        });
        double sum = 0;
        for (double s : sums) {
            sum += s;
        }
        return SpecialFunctions.digamma(n) - SpecialFunctions.digamma(k) + SpecialFunctions.logUnitBallVolume(d)
                + d * sum / n;
    }
}
