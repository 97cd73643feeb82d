package org.diffuscope.core.corrector;

import java.util.SplittableRandom;

import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.score.ScoreKernels;

/**
 * Runs {@link UnderdampedLangevin}, every iteration of a call fused per block. Per block, the stream of iteration 0
 * first gives the fresh velocity v, then (n1, n2) per coordinate; later iterations draw (n1, n2) only.
 */
final class UlmcStepper implements CorrectorStepper {

    private final StepContext ctx;
    private final ScoreKernels kernels;
    private final double[] s;
    private final double[] v;

    UlmcStepper(StepContext ctx) {
        this.ctx = ctx;
        this.kernels = new ScoreKernels(ctx.workers());
        this.s = new double[ctx.count() * ctx.dim()];
        this.v = new double[ctx.count() * ctx.dim()];
    }

    @Override
    public int correct(int step, double t, double tNext, CorrectorCall call, double[] x, double[] out) {
        int d = ctx.dim();
        int iterations = call.iterations();
        UlmcCoefficients k = UlmcCoefficients.of(call.friction(), call.stepSize());
        double eta = k.eta();
        double c1 = k.c1();
        double c2 = k.c2();
        double l11 = k.l11();
        double l21 = k.l21();
        double l22 = k.l22();
        kernels.use(ctx.scoreAt(t));
        long firstEvaluation = ctx.evaluations();
        for (int j = 0; j < iterations; j++) {
            ctx.nextEvaluation();
        }
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            int lo = from * d;
            int hi = to * d;
            System.arraycopy(x, lo, out, lo, hi - lo);
            SplittableRandom rng = ctx.correctorNoise(step, 0, block);
            // v ~ N(0, I), fresh at each call
            StepContext.gaussians(rng, v, lo, hi);
            for (int j = 0; j < iterations; j++) {
                if (j > 0) {
                    rng = ctx.correctorNoise(step, j, block);
                }
                kernels.of(w).scoreRows(firstEvaluation + j, out, from, to, s, null);
                for (int q = lo; q < hi; q++) {
                    // (zx, zv) = Cholesky factor times (n1, n2)
                    double n1 = rng.nextGaussian();
                    double n2 = rng.nextGaussian();
                    double zx = l11 * n1;
                    double zv = l21 * n1 + l22 * n2;
                    // x' = x + c1 v + c2 s + zx;  v' = eta v + c1 s + zv
                    out[q] += c1 * v[q] + c2 * s[q] + zx;
                    v[q] = eta * v[q] + c1 * s[q] + zv;
                }
            }
        });
        return iterations;
    }
}
