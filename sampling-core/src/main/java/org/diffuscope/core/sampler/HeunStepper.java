package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.score.ScoreKernels;

/** Runs {@link ProbabilityFlowHeun}: churn, Euler, trapezoid correction, fused per block. */
final class HeunStepper implements Stepper {

    private final ProbabilityFlowHeun heun;
    private final StepContext ctx;
    private final ScoreKernels kernelsHat;
    private final ScoreKernels kernelsNext;
    private final double[] xHat;
    private final double[] dCur;
    private final double[] xEuler;
    private final double[] sNext;
    private double reached = Double.NaN;

    HeunStepper(ProbabilityFlowHeun heun, StepContext ctx) {
        this.heun = heun;
        this.ctx = ctx;
        int n = ctx.count() * ctx.dim();
        this.kernelsHat = new ScoreKernels(ctx.workers());
        this.kernelsNext = new ScoreKernels(ctx.workers());
        this.xHat = heun.sChurn() > 0 ? new double[n] : null;
        this.dCur = new double[n];
        this.xEuler = new double[n];
        this.sNext = new double[n];
    }

    @Override
    public int step(int i, double t, double tNext, double[] x, double[] out) {
        ForwardProcess p = ctx.process();
        int d = ctx.dim();
        double level = p.noiseLevel(t);
        double gamma = heun.gamma(level, ctx.gridSteps());
        // tHat: the time at noise level (1 + gamma) sigma/alpha
        double tHat = gamma > 0 ? Math.min(p.timeOfLambda(-Math.log((1 + gamma) * level)), p.tLimit()) : t;
        double levelHat = p.noiseLevel(tHat);
        double alphaHat = p.alpha(tHat);
        double ratio = Math.exp(p.logAlpha(tHat) - p.logAlpha(t));
        double churn = alphaHat * Math.sqrt(Math.max(0, levelHat * levelHat - level * level)) * heun.sNoise();
        double fHat = p.f(tHat);
        double halfG2Hat = 0.5 * p.g2(tHat);
        double fNext = p.f(tNext);
        double halfG2Next = 0.5 * p.g2(tNext);
        double dt = tNext - tHat;
        boolean churned = tHat != t;
        kernelsHat.use(ctx.scoreAt(tHat));
        kernelsNext.use(ctx.scoreAt(tNext));
        long evalHat = ctx.nextEvaluation();
        long evalNext = ctx.nextEvaluation();
        ctx.pool().forEachBlock(ctx.count(), (w, block, from, to) -> {
            int lo = from * d;
            int hi = to * d;
            double[] src = x;
            if (churned) {
                // xHat = (alphaHat/alpha) x + alphaHat sqrt(levelHat^2 - level^2) S_noise z
                StepContext.gaussians(ctx.predictorNoise(i, block), xHat, lo, hi);
                for (int q = lo; q < hi; q++) {
                    xHat[q] = ratio * x[q] + churn * xHat[q];
                }
                src = xHat;
            }
            // dCur = f xHat - g^2/2 s(xHat, tHat)
            kernelsHat.of(w).scoreRows(evalHat, src, from, to, dCur, null);
            for (int q = lo; q < hi; q++) {
                dCur[q] = fHat * src[q] - halfG2Hat * dCur[q];
                // xEuler = xHat + (tNext - tHat) dCur
                xEuler[q] = src[q] + dt * dCur[q];
            }
            // dNext = f xEuler - g^2/2 s(xEuler, tNext); xNext = xHat + dt (dCur + dNext)/2
            kernelsNext.of(w).scoreRows(evalNext, xEuler, from, to, sNext, null);
            for (int q = lo; q < hi; q++) {
                double dNext = fNext * xEuler[q] - halfG2Next * sNext[q];
                out[q] = src[q] + 0.5 * dt * (dCur[q] + dNext);
            }
        });
        reached = tNext;
        return 2;
    }

    @Override
    public double reached() {
        return reached;
    }
}
