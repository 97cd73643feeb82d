package org.diffuscope.core.sampler;

import java.util.Arrays;

import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.score.ScoreKernels;

/**
 * Runs {@link DormandPrince45}: all six new stages of a trial step fused per block, the error norm reduced block by
 * block in a fixed order, first-same-as-last reuse of the last stage when the next step starts from the accepted
 * state unchanged.
 */
final class DormandPrinceStepper implements Stepper {

    private static final double[] C = {0, 1.0 / 5, 3.0 / 10, 4.0 / 5, 8.0 / 9, 1, 1};
    private static final double[][] A = {
        {},
        {1.0 / 5},
        {3.0 / 40, 9.0 / 40},
        {44.0 / 45, -56.0 / 15, 32.0 / 9},
        {19372.0 / 6561, -25360.0 / 2187, 64448.0 / 6561, -212.0 / 729},
        {9017.0 / 3168, -355.0 / 33, 46732.0 / 5247, 49.0 / 176, -5103.0 / 18656},
        {35.0 / 384, 0, 500.0 / 1113, 125.0 / 192, -2187.0 / 6784, 11.0 / 84},
    };
    /** b - b*: fifth minus fourth order weights. */
    private static final double[] E = {71.0 / 57600, 0, -71.0 / 16695, 71.0 / 1920, -17253.0 / 339200, 22.0 / 525,
        -1.0 / 40};
    private static final int STAGES = 7;
    private static final int MAX_SHRINKS = 60;

    private final DormandPrince45 method;
    private final StepContext ctx;
    private final ScoreKernels[] kernels = new ScoreKernels[STAGES];
    private final double[][] k = new double[STAGES][];
    private final double[] xStage;
    private final double[] xLast;
    private final double[] errorSums;
    private double h = Double.NaN;
    private boolean k1Valid;
    private double k1Time = Double.NaN;
    private double reached = Double.NaN;
    private int rejected;

    DormandPrinceStepper(DormandPrince45 method, StepContext ctx) {
        this.method = method;
        this.ctx = ctx;
        int n = ctx.count() * ctx.dim();
        for (int j = 0; j < STAGES; j++) {
            kernels[j] = new ScoreKernels(ctx.workers());
            k[j] = new double[n];
        }
        this.xStage = new double[n];
        this.xLast = new double[n];
        this.errorSums = new double[BlockPool.blocks(ctx.count())];
    }

    @Override
    public int step(int i, double t, double tEnd, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        int nfe = 0;
        if (Double.isNaN(h)) {
            h = (t - tEnd) / ctx.gridSteps();
        }
        if (!(k1Valid && t == k1Time && Arrays.equals(x, xLast))) {
            // k1 = F(x, t), F = f x - g^2/2 s
            double f = p.f(t);
            double halfG2 = 0.5 * p.g2(t);
            kernels[0].use(ctx.scoreAt(t));
            long evaluation = ctx.nextEvaluation();
            double[] k1 = k[0];
            ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
                kernels[0].of(w).scoreRows(evaluation, x, from, to, k1, null);
                for (int q = from * d; q < to * d; q++) {
                    k1[q] = f * x[q] - halfG2 * k1[q];
                }
            });
            nfe++;
        }
        for (int trial = 0;; trial++) {
            boolean last = h >= t - tEnd;
            double hh = last ? t - tEnd : h;
            double tNew = last ? tEnd : t - hh;
            double norm = trial(t, -hh, tNew, x, out);
            nfe += STAGES - 1;
            boolean give = trial >= MAX_SHRINKS || hh <= 1e-12 * Math.max(1, Math.abs(t));
            if (norm <= 1 || give) {
                // accepted: h_next = h 0.9 norm^(-1/5), within [0.2 h, 5 h]
                double factor = norm == 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * Math.pow(norm, -0.2)));
                h = hh * (Double.isNaN(factor) ? 0.2 : factor);
                reached = tNew;
                double[] k7 = k[STAGES - 1];
                k[STAGES - 1] = k[0];
                k[0] = k7;
                System.arraycopy(out, 0, xLast, 0, xLast.length);
                k1Valid = true;
                k1Time = tNew;
                return nfe;
            }
            rejected++;
            h = hh * (Double.isNaN(norm) ? 0.2 : Math.max(0.2, 0.9 * Math.pow(norm, -0.2)));
        }
    }

    /** One trial step of size dt = -hh from t; writes x_new to out and returns the error norm. */
    private double trial(double t, double dt, double tNew, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        double[] f = new double[STAGES];
        double[] halfG2 = new double[STAGES];
        long[] evaluation = new long[STAGES];
        for (int j = 1; j < STAGES; j++) {
            double tj = j == STAGES - 1 || j == 5 ? tNew : t + C[j] * dt;
            f[j] = p.f(tj);
            halfG2[j] = 0.5 * p.g2(tj);
            kernels[j].use(j == STAGES - 1 ? kernels[5].at() : ctx.scoreAt(tj));
            evaluation[j] = ctx.nextEvaluation();
        }
        double rtol = method.rtol();
        double atol = method.atol();
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            int lo = from * d;
            int hi = to * d;
            for (int j = 1; j < STAGES; j++) {
                double[] a = A[j];
                // x_j = x + dt sum_l a_jl k_l  (stage 7's x_j is x_new)
                double[] target = j == STAGES - 1 ? out : xStage;
                for (int q = lo; q < hi; q++) {
                    double acc = 0;
                    for (int l = 0; l < j; l++) {
                        acc += a[l] * k[l][q];
                    }
                    target[q] = x[q] + dt * acc;
                }
                // k_j = f x_j - g^2/2 s(x_j, t_j)
                double[] kj = k[j];
                kernels[j].of(w).scoreRows(evaluation[j], target, from, to, kj, null);
                double fj = f[j];
                double hg = halfG2[j];
                for (int q = lo; q < hi; q++) {
                    kj[q] = fj * target[q] - hg * kj[q];
                }
            }
            // err = dt sum_j e_j k_j, scaled by atol + rtol max(|x|, |x_new|)
            double sum = 0;
            for (int q = lo; q < hi; q++) {
                double err = 0;
                for (int j = 0; j < STAGES; j++) {
                    err += E[j] * k[j][q];
                }
                double scale = atol + rtol * Math.max(Math.abs(x[q]), Math.abs(out[q]));
                double r = dt * err / scale;
                sum += r * r;
            }
            errorSums[block] = sum;
        });
        double total = 0;
        for (double s : errorSums) {
            total += s;
        }
        return Math.sqrt(total / ((double) ctx.count() * d));
    }

    @Override
    public double reached() {
        return reached;
    }

    @Override
    public int rejectedSteps() {
        return rejected;
    }

    @Override
    public Object history() {
        return Double.isNaN(h) ? null : h;
    }

    @Override
    public void restoreHistory(Object history) {
        h = history instanceof Double saved ? saved : Double.NaN;
        k1Valid = false;
    }
}
