package org.diffuscope.core.corrector;

import java.util.SplittableRandom;

import org.diffuscope.core.sampler.BlockPool;
import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.score.ScoreKernels;

/**
 * Runs {@link Mala}, every iteration of a call fused per block: one score (with the exact log p_t) at the start of
 * a call, then one per proposal. Per block and iteration, the stream gives all proposal normals first, then one
 * uniform per particle in order.
 */
final class MalaStepper implements CorrectorStepper {

    private final StepContext ctx;
    private final ScoreKernels kernels;
    private final double[] sx;
    private final double[] y;
    private final double[] sy;
    private final double[] z;
    private final double[] logpX;
    private final double[] logpY;
    private final long[] accepted;
    private long proposals;
    private long acceptances;
    private long logpEvaluations;

    MalaStepper(StepContext ctx) {
        this.ctx = ctx;
        int n = ctx.count() * ctx.dim();
        this.kernels = new ScoreKernels(ctx.workers());
        this.sx = new double[n];
        this.y = new double[n];
        this.sy = new double[n];
        this.z = new double[n];
        this.logpX = new double[ctx.count()];
        this.logpY = new double[ctx.count()];
        this.accepted = new long[BlockPool.blocks(ctx.count())];
    }

    @Override
    public int correct(int step, double t, double tNext, CorrectorCall call, double[] x, double[] out) {
        int d = ctx.dim();
        int iterations = call.iterations();
        double e = call.stepSize();
        double noise = Math.sqrt(2 * e);
        kernels.use(ctx.scoreAt(t));
        long firstEvaluation = ctx.evaluations();
        for (int j = 0; j <= iterations; j++) {
            ctx.nextEvaluation();
        }
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            int lo = from * d;
            int hi = to * d;
            System.arraycopy(x, lo, out, lo, hi - lo);
            kernels.of(w).scoreRows(firstEvaluation, out, from, to, sx, logpX);
            long acc = 0;
            for (int j = 0; j < iterations; j++) {
                SplittableRandom rng = ctx.correctorNoise(step, j, block);
                StepContext.gaussians(rng, z, lo, hi);
                // y = x + e s(x) + sqrt(2 e) z
                for (int q = lo; q < hi; q++) {
                    y[q] = out[q] + e * sx[q] + noise * z[q];
                }
                kernels.of(w).scoreRows(firstEvaluation + 1 + j, y, from, to, sy, logpY);
                for (int i = from; i < to; i++) {
                    // log a = log p(y) - log p(x) + log q(x|y) - log q(y|x),  log q(y|x) = -|z|^2/2 + const
                    double back = 0;
                    double fwd = 0;
                    for (int q = i * d; q < i * d + d; q++) {
                        double r = out[q] - y[q] - e * sy[q];
                        back += r * r;
                        fwd += z[q] * z[q];
                    }
                    double logA = logpY[i] - logpX[i] - back / (4 * e) + 0.5 * fwd;
                    if (Math.log(rng.nextDouble()) < logA) {
                        System.arraycopy(y, i * d, out, i * d, d);
                        System.arraycopy(sy, i * d, sx, i * d, d);
                        logpX[i] = logpY[i];
                        acc++;
                    }
                }
            }
            accepted[block] = acc;
        });
        long acc = 0;
        for (long a : accepted) {
            acc += a;
        }
        acceptances += acc;
        proposals += (long) iterations * ctx.count();
        logpEvaluations += iterations + 1;
        return iterations + 1;
    }

    @Override
    public long proposals() {
        return proposals;
    }

    @Override
    public long acceptances() {
        return acceptances;
    }

    @Override
    public long logpEvaluations() {
        return logpEvaluations;
    }
}
