package org.diffuscope.core.corrector;

import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.sampler.BlockPool;
import org.diffuscope.core.sampler.Ancestral;
import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.score.ScoreKernels;

/**
 * Runs {@link SnrLangevin}: per iteration, scores and noise per block with per-block sums of the norms, the sums
 * reduced block by block in a fixed order, then the update per block.
 */
final class SnrLangevinStepper implements CorrectorStepper {

    private final SnrLangevin corrector;
    private final StepContext ctx;
    private final ScoreKernels kernels;
    private final double[] s;
    private final double[] z;
    private final double[] scoreNorms;
    private final double[] noiseNorms;

    SnrLangevinStepper(SnrLangevin corrector, StepContext ctx) {
        this.corrector = corrector;
        this.ctx = ctx;
        this.kernels = new ScoreKernels(ctx.workers());
        this.s = new double[ctx.count() * ctx.dim()];
        this.z = new double[ctx.count() * ctx.dim()];
        this.scoreNorms = new double[BlockPool.blocks(ctx.count())];
        this.noiseNorms = new double[BlockPool.blocks(ctx.count())];
    }

    @Override
    public int correct(int step, double t, double tNext, CorrectorCall call, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        int n = ctx.count();
        // a_i = 1 - beta_i (VP/OU), 1 (VE)
        double a = p.variancePreserving() && !Double.isNaN(tNext) ? 1 - Ancestral.beta(p, t, tNext) : 1.0;
        double snr = corrector.snr();
        kernels.use(ctx.scoreAt(t));
        System.arraycopy(x, 0, out, 0, x.length);
        for (int j = 0; j < call.iterations(); j++) {
            int iteration = j;
            long evaluation = ctx.nextEvaluation();
            ctx.pool().forEachBlock(n, (w, block, from, to) -> {
                kernels.of(w).scoreRows(evaluation, out, from, to, s, null);
                StepContext.gaussians(ctx.correctorNoise(step, iteration, block), z, from * d, to * d);
                double sumS = 0;
                double sumZ = 0;
                for (int i = from; i < to; i++) {
                    double ss = 0;
                    double zz = 0;
                    for (int c = i * d; c < i * d + d; c++) {
                        ss += s[c] * s[c];
                        zz += z[c] * z[c];
                    }
                    sumS += Math.sqrt(ss);
                    sumZ += Math.sqrt(zz);
                }
                scoreNorms[block] = sumS;
                noiseNorms[block] = sumZ;
            });
            double sumS = 0;
            double sumZ = 0;
            for (int b = 0; b < scoreNorms.length; b++) {
                sumS += scoreNorms[b];
                sumZ += noiseNorms[b];
            }
            // e = 2 a (snr |z| / |s|)^2
            double ratio = snr * sumZ / sumS;
            double e = 2 * a * ratio * ratio;
            double noise = Math.sqrt(2 * e);
            ctx.pool().forEachBlock(n, (w, block, from, to) -> {
                // x' = x + e s + sqrt(2 e) z
                for (int q = from * d; q < to * d; q++) {
                    out[q] += e * s[q] + noise * z[q];
                }
            });
        }
        return call.iterations();
    }
}
