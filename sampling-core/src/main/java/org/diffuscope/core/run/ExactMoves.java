package org.diffuscope.core.run;

import java.util.SplittableRandom;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.sampler.BlockPool;
import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.score.ScoreKernels;

/**
 * The moves of a run that need no sampler: the starting draw, the exact forward transition kernel, the Tweedie
 * denoiser, and the count of non-finite particles; all per block on the run's pool.
 */
final class ExactMoves {

    private final StepContext ctx;
    private final ScoreKernels denoiseKernels;
    private final int[] badRows;

    ExactMoves(StepContext ctx) {
        this.ctx = ctx;
        this.denoiseKernels = new ScoreKernels(ctx.workers());
        this.badRows = new int[BlockPool.blocks(ctx.count())];
    }

    /**
     * Draws the starting particles from the stream (seed, PRIOR, block): exact samples of p_t, or
     * {@code N(0, priorStd(t)^2 I)}. x: Modified.
     */
    void start(double t, boolean exact, double[] x) {
        DiffusedTarget target = ctx.target();
        int d = ctx.dim();
        double std = target.process().priorStd(t);
        DiffusedTarget.Draws draws = target.draws(t);
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            SplittableRandom rng = RandomStreams.stream(ctx.seed(), RandomStreams.PRIOR, block);
            if (exact) {
                for (int i = from; i < to; i++) {
                    draws.sample(rng, x, i * d);
                }
            } else {
                // x ~ N(0, priorStd^2 I)
                for (int q = from * d; q < to * d; q++) {
                    x[q] = std * rng.nextGaussian();
                }
            }
        });
    }

    /**
     * Exact noising from t to tNext > t with the predictor stream of step i:
     * {@code x' = (alpha'/alpha) x + sqrt(sigma'^2 - (alpha'/alpha)^2 sigma^2) z}. x: Not modified. out: Modified.
     */
    void noise(int i, double t, double tNext, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        double dLogAlpha = p.logAlpha(tNext) - p.logAlpha(t);
        double ratio = Math.exp(dLogAlpha);
        double variance = p.variancePreserving() ? -Math.expm1(2 * dLogAlpha)
                : p.sigma2(tNext) - ratio * ratio * p.sigma2(t);
        double noise = Math.sqrt(Math.max(0, variance));
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            StepContext.gaussians(ctx.predictorNoise(i, block), out, from * d, to * d);
            for (int q = from * d; q < to * d; q++) {
                out[q] = ratio * x[q] + noise * out[q];
            }
        });
    }

    /** Tweedie's denoiser with the run's score, {@code x' = (x + sigma^2 s)/alpha}; returns the NFE (1). */
    int denoise(double t, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        double alpha = p.alpha(t);
        double sigma2 = p.sigma2(t);
        denoiseKernels.use(ctx.scoreAt(t));
        long evaluation = ctx.nextEvaluation();
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            denoiseKernels.of(w).scoreRows(evaluation, x, from, to, out, null);
            for (int q = from * d; q < to * d; q++) {
                out[q] = (x[q] + sigma2 * out[q]) / alpha;
            }
        });
        return 1;
    }

    /** Particles with a non-finite coordinate, counted per block and summed in block order. */
    int countNonFinite(double[] a) {
        int d = ctx.dim();
        ctx.pool().forEachBlock(ctx.count(),
                (w, block, from, to) -> badRows[block] = Particles.countNonFiniteRows(a, d, from, to));
        int total = 0;
        for (int b : badRows) {
            total += b;
        }
        return total;
    }
}
