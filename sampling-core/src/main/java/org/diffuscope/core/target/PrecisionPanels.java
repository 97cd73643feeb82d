package org.diffuscope.core.target;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.diffuscope.core.linalg.Panels;

/**
 * The precision matrices {@code P_k = V_k diag(p_k) V_k'} of a full-covariance mixture at one time, in
 * {@link Panels}, built on first use: every thread that asks takes tasks from a shared counter until none is left,
 * then waits for the others, so the K d^3 / 2 build runs on all workers of a step. Phase one computes, for a block of
 * rows l, the panels that hold columns {@code j >= l} as the product {@code (V_k diag p_k)[l] E_k} with the panelled
 * eigenvector rows {@code E_k}; phase two mirrors the rest of each row from the upper triangle. Each entry is computed
 * the same way whoever computes it, so the result does not depend on the thread count.
 */
final class PrecisionPanels {

    /** Rows of one build task. */
    private static final int ROWS_PER_TASK = 64;

    private final double[][] vectors;
    private final double[][][][] eigenPanels;
    private final double[][] precision;
    private final int d;
    private final int tasksPerComponent;
    private final int tasks;
    private final double[][][][] panels;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger nextMirror = new AtomicInteger();
    private final CountDownLatch upper;
    private final CountDownLatch done;

    /**
     * @param vectors     K eigenvector matrices V_k, row-major ({@code [k][i d + m] = e_m[i]}). Not modified.
     * @param eigenPanels K sets of eigenvector rows e_m in {@link Panels} ({@code [k][b][m]}). Not modified.
     * @param precision   K x d eigenvalues of P_k. Not modified.
     */
    PrecisionPanels(double[][] vectors, double[][][][] eigenPanels, double[][] precision, int d) {
        this.vectors = vectors;
        this.eigenPanels = eigenPanels;
        this.precision = precision;
        this.d = d;
        this.tasksPerComponent = (d + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        this.tasks = tasksPerComponent * vectors.length;
        this.panels = new double[vectors.length][Panels.count(d)][d][];
        this.upper = new CountDownLatch(tasks);
        this.done = new CountDownLatch(tasks);
    }

    /** The panels of P_c ({@code [b][l]}), building all K matrices first if needed. */
    double[][][] panels(int c) {
        if (done.getCount() != 0) {
            build();
        }
        return panels[c];
    }

    private void build() {
        double[][] y = null;
        for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
            if (y == null) {
                y = new double[ROWS_PER_TASK][d];
            }
            upper(t / tasksPerComponent, (t % tasksPerComponent) * ROWS_PER_TASK, y);
            upper.countDown();
        }
        await(upper);
        for (int t = nextMirror.getAndIncrement(); t < tasks; t = nextMirror.getAndIncrement()) {
            mirror(t / tasksPerComponent, (t % tasksPerComponent) * ROWS_PER_TASK);
            done.countDown();
        }
        await(done);
    }

    /**
     * Rows l0.. of P_c in every panel that reaches column l0 or beyond: {@code P[l] = sum_m (p_m e_m[l]) e_m},
     * four eigenvectors per fused chain in the order of m.
     */
    private void upper(int c, int l0, double[][] y) {
        int l1 = Math.min(d, l0 + ROWS_PER_TASK);
        double[] v = vectors[c];
        double[] p = precision[c];
        for (int l = l0; l < l1; l++) {
            double[] yl = y[l - l0];
            for (int m = 0; m < d; m++) {
                yl[m] = p[m] * v[l * d + m];
            }
        }
        double[][][] out = panels[c];
        for (int b = 0; b < out.length; b++) {
            int width = Panels.end(b, d) - Panels.start(b);
            for (int l = l0; l < l1; l++) {
                out[b][l] = new double[width];
            }
            int rows = Math.min(l1, Panels.end(b, d)) - l0;
            if (rows > 0) {
                Panels.multiply(y, 0, rows, eigenPanels[c][b], Arrays.copyOfRange(out[b], l0, l0 + rows));
            }
        }
    }

    /** The entries of rows l0.. of P_c left of the diagonal that phase one did not compute, or computed as P[l][j]. */
    private void mirror(int c, int l0) {
        int l1 = Math.min(d, l0 + ROWS_PER_TASK);
        double[][][] out = panels[c];
        for (int l = l0; l < l1; l++) {
            int lb = l / Panels.WIDTH;
            int lc = l - Panels.start(lb);
            for (int b = 0; b <= lb; b++) {
                double[] row = out[b][l];
                int j0 = Panels.start(b);
                int upto = Math.min(Panels.end(b, d), l) - j0;
                // P[l][j] = P[j][l] for j < l
                for (int jj = 0; jj < upto; jj++) {
                    row[jj] = out[lb][j0 + jj][lc];
                }
            }
        }
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
}
