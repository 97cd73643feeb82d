package org.diffuscope.core.process;

/**
 * Variance exploding process with a geometric noise schedule (Song et al. 2021, VE SDE / NCSN):
 * {@code alpha = 1}, {@code sigma(t) = smin (smax/smin)^t}, {@code f = 0}, {@code g^2 = 2 log(smax/smin) sigma^2}.
 *
 * @param sigmaMin noise level at t = 0 (default 0.01)
 * @param sigmaMax noise level at t = 1 (default 50)
 */
public record VeGeometric(double sigmaMin, double sigmaMax, double tMin, double tMax) implements ForwardProcess {

    public static final double T_LIMIT = 1.0;

    public VeGeometric {
        if (!(sigmaMin > 0) || !Double.isFinite(sigmaMin)) {
            throw new IllegalArgumentException("sigma-min must be a finite number > 0, got " + sigmaMin);
        }
        if (!(sigmaMax > sigmaMin) || !Double.isFinite(sigmaMax)) {
            throw new IllegalArgumentException("sigma-max must be finite and > sigma-min (" + sigmaMin + "), got " + sigmaMax);
        }
        ForwardProcess.checkTimes("ve", tMin, tMax, T_LIMIT);
    }

    public static VeGeometric standard() {
        return new VeGeometric(0.01, 50.0, 1e-3, 1.0);
    }

    @Override
    public String name() {
        return "ve";
    }

    private double logRatio() {
        return Math.log(sigmaMax / sigmaMin);
    }

    @Override
    public double logAlpha(double t) {
        return 0.0;
    }

    @Override
    public double sigma2(double t) {
        return Math.exp(2.0 * (Math.log(sigmaMin) + t * logRatio()));
    }

    @Override
    public double f(double t) {
        return 0.0;
    }

    @Override
    public double g2(double t) {
        return 2.0 * logRatio() * sigma2(t);
    }

    @Override
    public double tLimit() {
        return T_LIMIT;
    }

    @Override
    public double timeOfLambda(double lambda) {
        // lambda = -log sigma = -(log smin + t log(smax/smin))
        return (-lambda - Math.log(sigmaMin)) / logRatio();
    }

    @Override
    public boolean variancePreserving() {
        return false;
    }

    @Override
    public VeGeometric withTimes(double tMin, double tMax) {
        return new VeGeometric(sigmaMin, sigmaMax, tMin, tMax);
    }
}
