package org.diffuscope.core.target;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The precision matrices {@code P_k = V_k diag(p_k) V_k'} of a full-covariance mixture at one time, as contiguous
 * rows, built on first use: every thread that asks takes tasks from a shared counter until none is left, then waits
 * for the others, so the K d^3 / 2 build runs on all workers of a step. Phase one computes the upper triangle
 * ({@code j >= l}) of a range of rows, phase two mirrors it into the lower one. Each entry is computed the same way
 * whoever computes it, so the result does not depend on the thread count.
 */
final class PrecisionRows {

    /** Rows of one build task. */
    private static final int ROWS_PER_TASK = 16;

    private final double[][][] eigenRows;
    private final double[][] precision;
    private final int d;
    private final int tasksPerComponent;
    private final int tasks;
    private final double[][][] rows;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger nextMirror = new AtomicInteger();
    private final CountDownLatch upper;
    private final CountDownLatch done;

    /**
     * @param eigenRows K sets of d unit eigenvectors ({@code [k][m][i]}). Not modified.
     * @param precision K x d eigenvalues of P_k. Not modified.
     */
    PrecisionRows(double[][][] eigenRows, double[][] precision, int d) {
        this.eigenRows = eigenRows;
        this.precision = precision;
        this.d = d;
        this.tasksPerComponent = (d + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        this.tasks = tasksPerComponent * eigenRows.length;
        this.rows = new double[eigenRows.length][d][];
        this.upper = new CountDownLatch(tasks);
        this.done = new CountDownLatch(tasks);
    }

    /** The rows of P_c, building all of them first if needed. */
    double[][] rows(int c) {
        if (done.getCount() != 0) {
            build();
        }
        return rows[c];
    }

    private void build() {
        for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
            int c = t / tasksPerComponent;
            int lo = (t % tasksPerComponent) * ROWS_PER_TASK;
            for (int l = lo; l < Math.min(d, lo + ROWS_PER_TASK); l++) {
                upperRow(c, l);
            }
            upper.countDown();
        }
        await(upper);
        for (int t = nextMirror.getAndIncrement(); t < tasks; t = nextMirror.getAndIncrement()) {
            int c = t / tasksPerComponent;
            int lo = (t % tasksPerComponent) * ROWS_PER_TASK;
            double[][] r = rows[c];
            for (int l = lo; l < Math.min(d, lo + ROWS_PER_TASK); l++) {
                // P[l][j] = P[j][l] for j < l
                double[] row = r[l];
                for (int j = 0; j < l; j++) {
                    row[j] = r[j][l];
                }
            }
            done.countDown();
        }
        await(done);
    }

    private static void await(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The upper part of row l of P_c: {@code P[l][j] = sum_m p_m e_m[l] e_m[j]} for {@code j >= l}. */
    private void upperRow(int c, int l) {
        double[][] e = eigenRows[c];
        double[] p = precision[c];
        double[] out = new double[d];
        rows[c][l] = out;
        int m = 0;
        for (; m + 3 < d; m += 4) {
            FusedRows.four(out, l, e[m], e[m + 1], e[m + 2], e[m + 3], p[m] * e[m][l], p[m + 1] * e[m + 1][l],
                    p[m + 2] * e[m + 2][l], p[m + 3] * e[m + 3][l]);
        }
        for (; m < d; m++) {
            FusedRows.one(out, l, e[m], p[m] * e[m][l]);
        }
    }
}
