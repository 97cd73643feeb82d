package org.diffuscope.core.process;

/**
 * Variance preserving process with a linear noise rate {@code beta(t) = bmin + t (bmax - bmin)} (Song et al. 2021,
 * VP SDE): {@code log alpha = -t^2 (bmax - bmin)/4 - t bmin/2}, {@code sigma^2 = 1 - alpha^2}, {@code f = -beta/2},
 * {@code g^2 = beta}.
 *
 * @param betaMin beta at t = 0 (default 0.1)
 * @param betaMax beta at t = 1 (default 20)
 */
public record VpLinear(double betaMin, double betaMax, double tMin, double tMax) implements ForwardProcess {

    public static final double T_LIMIT = 1.0;

    public VpLinear {
        if (!(betaMin >= 0) || !Double.isFinite(betaMin)) {
            throw new IllegalArgumentException("beta-min must be a finite number >= 0, got " + betaMin);
        }
        if (!(betaMax > betaMin) || !Double.isFinite(betaMax)) {
            throw new IllegalArgumentException("beta-max must be finite and > beta-min (" + betaMin + "), got " + betaMax);
        }
        ForwardProcess.checkTimes("vp-linear", tMin, tMax, T_LIMIT);
    }

    public static VpLinear standard() {
        return new VpLinear(0.1, 20.0, 1e-3, 1.0);
    }

    @Override
    public String name() {
        return "vp-linear";
    }

    @Override
    public double logAlpha(double t) {
        return -0.25 * t * t * (betaMax - betaMin) - 0.5 * t * betaMin;
    }

    @Override
    public double sigma2(double t) {
        return ForwardProcess.vpSigma2(logAlpha(t));
    }

    /** The noise rate {@code beta(t) = bmin + t (bmax - bmin)}. */
    public double beta(double t) {
        return betaMin + t * (betaMax - betaMin);
    }

    @Override
    public double f(double t) {
        return -0.5 * beta(t);
    }

    @Override
    public double g2(double t) {
        return beta(t);
    }

    @Override
    public double tLimit() {
        return T_LIMIT;
    }

    @Override
    public double timeOfLambda(double lambda) {
        double logAlpha = ForwardProcess.vpLogAlphaOfLambda(lambda);
        // solve (bmax - bmin)/4 t^2 + bmin/2 t + log alpha = 0 for t >= 0, in the cancellation-free form
        double a = 0.25 * (betaMax - betaMin);
        double b = 0.5 * betaMin;
        double c = logAlpha;
        return -2.0 * c / (b + Math.sqrt(b * b - 4.0 * a * c));
    }

    @Override
    public boolean variancePreserving() {
        return true;
    }

    @Override
    public VpLinear withTimes(double tMin, double tMax) {
        return new VpLinear(betaMin, betaMax, tMin, tMax);
    }
}
