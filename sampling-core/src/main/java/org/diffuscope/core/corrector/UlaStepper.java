package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.score.ScoreKernels;

/** Runs {@link OverdampedLangevin}: every iteration of a call fused per block. */
final class UlaStepper implements CorrectorStepper {

    private final StepContext ctx;
    private final ScoreKernels kernels;
    private final double[] s;
    private final double[] z;

    UlaStepper(StepContext ctx) {
        this.ctx = ctx;
        this.kernels = new ScoreKernels(ctx.workers());
        this.s = new double[ctx.count() * ctx.dim()];
        this.z = new double[ctx.count() * ctx.dim()];
    }

    @Override
    public int correct(int step, double t, double tNext, CorrectorCall call, double[] x, double[] out) {
        int d = ctx.dim();
        int iterations = call.iterations();
        double e = call.stepSize();
        double noise = Math.sqrt(2 * e);
        kernels.use(ctx.scoreAt(t));
        long firstEvaluation = ctx.evaluations();
        for (int j = 0; j < iterations; j++) {
            ctx.nextEvaluation();
        }
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            int lo = from * d;
            int hi = to * d;
            System.arraycopy(x, lo, out, lo, hi - lo);
            for (int j = 0; j < iterations; j++) {
                kernels.of(w).scoreRows(firstEvaluation + j, out, from, to, s, null);
                StepContext.gaussians(ctx.correctorNoise(step, j, block), z, lo, hi);
                // x' = x + e s + sqrt(2 e) z
                for (int q = lo; q < hi; q++) {
                    out[q] += e * s[q] + noise * z[q];
                }
            }
        });
        return iterations;
    }
}
