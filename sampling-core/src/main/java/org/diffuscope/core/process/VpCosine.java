package org.diffuscope.core.process;

/**
 * Variance preserving process with the cosine schedule of improved DDPM (Nichol and Dhariwal 2021):
 * {@code alpha(t) = cos(theta(t)) / cos(theta(0))}, {@code theta(t) = (t + s)/(1 + s) pi/2}, {@code sigma^2 = 1 - alpha^2}.
 *
 * @param offset the small offset s (default 0.008)
 */
public record VpCosine(double offset, double tMin, double tMax) implements ForwardProcess {

    /** Beyond this alpha is so small that the cosine schedule's clipping is the only sane thing to do. */
    public static final double T_LIMIT = 0.9946;

    public VpCosine {
        if (!(offset >= 0) || !(offset < 1)) {
            throw new IllegalArgumentException("cosine offset s must be in [0, 1), got " + offset);
        }
        ForwardProcess.checkTimes("vp-cosine", tMin, tMax, T_LIMIT);
    }

    public static VpCosine standard() {
        return new VpCosine(0.008, 1e-3, T_LIMIT);
    }

    @Override
    public String name() {
        return "vp-cosine";
    }

    private double theta(double t) {
        return (t + offset) / (1.0 + offset) * Math.PI / 2.0;
    }

    @Override
    public double logAlpha(double t) {
        // log(cos th / cos th0) = log1p((cos th - cos th0)/cos th0), the difference without cancellation near t = 0
        double th = theta(t);
        double th0 = theta(0.0);
        return Math.log1p(-2.0 * Math.sin(0.5 * (th + th0)) * Math.sin(0.5 * (th - th0)) / Math.cos(th0));
    }

    @Override
    public double sigma2(double t) {
        // 1 - cos^2(th)/cos^2(th0) = (cos^2 th0 - cos^2 th)/cos^2 th0 = sin(th - th0) sin(th + th0) / cos^2 th0
        double th = theta(t);
        double th0 = theta(0.0);
        double c0 = Math.cos(th0);
        return Math.sin(th - th0) * Math.sin(th + th0) / (c0 * c0);
    }

    @Override
    public double f(double t) {
        return -Math.tan(theta(t)) * Math.PI / (2.0 * (1.0 + offset));
    }

    @Override
    public double g2(double t) {
        return -2.0 * f(t);
    }

    @Override
    public double tLimit() {
        return T_LIMIT;
    }

    @Override
    public double timeOfLambda(double lambda) {
        double alpha = Math.exp(ForwardProcess.vpLogAlphaOfLambda(lambda));
        double th = Math.acos(alpha * Math.cos(theta(0.0)));
        return th * 2.0 / Math.PI * (1.0 + offset) - offset;
    }

    @Override
    public boolean variancePreserving() {
        return true;
    }

    @Override
    public VpCosine withTimes(double tMin, double tMax) {
        return new VpCosine(offset, tMin, tMax);
    }
}
