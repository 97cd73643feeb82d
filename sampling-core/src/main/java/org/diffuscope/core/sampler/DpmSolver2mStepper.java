package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.score.ScoreKernels;

/**
 * Runs {@link DpmSolver2m}; its history is the previous denoised state D_{i-1} and step hl_prev, valid only when
 * the next step starts where the last one ended.
 */
final class DpmSolver2mStepper implements Stepper {

    private final StepContext ctx;
    private final ScoreKernels kernels;
    private final double[] s;
    private final double[] dPrev;
    private boolean hasPrev;
    private double hPrev;
    private double lastTNext = Double.NaN;

    /** Saved history: D_{i-1}, hl_prev and the time it ended at. */
    private record History(double[] dPrev, double hPrev, double lastTNext) {
    }

    DpmSolver2mStepper(StepContext ctx) {
        this.ctx = ctx;
        this.kernels = new ScoreKernels(ctx.workers());
        this.s = new double[ctx.count() * ctx.dim()];
        this.dPrev = new double[ctx.count() * ctx.dim()];
    }

    @Override
    public int step(int i, double t, double tNext, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        double alpha = p.alpha(t);
        double sigma2 = p.sigma2(t);
        double alphaNext = p.alpha(tNext);
        double sigmaRatio = Math.sqrt(p.sigma2(tNext) / sigma2);
        double hl = p.lambda(tNext) - p.lambda(t);
        // -alpha' (e^-hl - 1)
        double c = -alphaNext * Math.expm1(-hl);
        boolean second = hasPrev && t == lastTNext;
        double r = second ? hPrev / hl : 1;
        double wCur = second ? 1 + 1 / (2 * r) : 1;
        double wPrev = second ? -1 / (2 * r) : 0;
        kernels.use(ctx.scoreAt(t));
        long evaluation = ctx.nextEvaluation();
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            kernels.of(w).scoreRows(evaluation, x, from, to, s, null);
            for (int q = from * d; q < to * d; q++) {
                // D_i = (x + sigma^2 s)/alpha
                double dCur = (x[q] + sigma2 * s[q]) / alpha;
                // x' = (sigma'/sigma) x - alpha' (e^-hl - 1) [wCur D_i + wPrev D_{i-1}]
                out[q] = sigmaRatio * x[q] + c * (wCur * dCur + wPrev * dPrev[q]);
                dPrev[q] = dCur;
            }
        });
        hasPrev = true;
        hPrev = hl;
        lastTNext = tNext;
        return 1;
    }

    @Override
    public double reached() {
        return lastTNext;
    }

    @Override
    public Object history() {
        return hasPrev ? new History(dPrev.clone(), hPrev, lastTNext) : null;
    }

    @Override
    public void restoreHistory(Object history) {
        if (history instanceof History h) {
            System.arraycopy(h.dPrev(), 0, dPrev, 0, dPrev.length);
            hPrev = h.hPrev();
            lastTNext = h.lastTNext();
            hasPrev = true;
        } else {
            hasPrev = false;
            lastTNext = Double.NaN;
        }
    }
}
