package org.diffuscope.core.sampler;

import org.diffuscope.core.score.ScoreAt;
import org.diffuscope.core.score.ScoreKernels;

/** Runs an {@link AffinePredictor}: per block, score then {@code x' = a x + b s + c z}, fused. */
final class AffineStepper implements Stepper {

    private final AffinePredictor predictor;
    private final StepContext ctx;
    private final ScoreKernels kernels;
    private final double[] s;
    private final double[] z;
    private double reached = Double.NaN;

    AffineStepper(AffinePredictor predictor, StepContext ctx) {
        this.predictor = predictor;
        this.ctx = ctx;
        this.kernels = new ScoreKernels(ctx.workers());
        this.s = new double[ctx.count() * ctx.dim()];
        this.z = predictor.stochastic() ? new double[ctx.count() * ctx.dim()] : null;
    }

    @Override
    public int step(int i, double t, double tNext, double[] x, double[] out) {
        AffinePredictor.Affine k = predictor.affine(ctx.process(), t, tNext);
        double a = k.a();
        double b = k.b();
        double c = k.c();
        int d = ctx.dim();
        ScoreAt at = ctx.scoreAt(t);
        kernels.use(at);
        long evaluation = ctx.nextEvaluation();
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            int lo = from * d;
            int hi = to * d;
            // s = s(x, t)
            kernels.of(w).scoreRows(evaluation, x, from, to, s, null);
            if (c == 0) {
                // x' = a x + b s
                for (int q = lo; q < hi; q++) {
                    out[q] = a * x[q] + b * s[q];
                }
            } else {
                StepContext.gaussians(ctx.predictorNoise(i, block), z, lo, hi);
                // x' = a x + b s + c z
                for (int q = lo; q < hi; q++) {
                    out[q] = a * x[q] + b * s[q] + c * z[q];
                }
            }
        });
        reached = tNext;
        return 1;
    }

    @Override
    public double reached() {
        return reached;
    }
}
