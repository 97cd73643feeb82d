package org.diffuscope.core.process;

/**
 * The paper's Ornstein–Uhlenbeck process {@code dx = -x dt + sqrt(2) dW}: {@code alpha = e^-t},
 * {@code sigma^2 = 1 - e^-2t} (Chen et al. 2023, §2).
 *
 * @param tMin default smallest time of a run (1e-3)
 * @param tMax default largest time of a run (5); sets how close p_T is to N(0, I)
 */
public record OrnsteinUhlenbeck(double tMin, double tMax) implements ForwardProcess {

    /** Times up to this are allowed; beyond it alpha underflows the use any sampler makes of it. */
    public static final double T_LIMIT = 50.0;

    public OrnsteinUhlenbeck {
        ForwardProcess.checkTimes("ou", tMin, tMax, T_LIMIT);
    }

    public static OrnsteinUhlenbeck standard() {
        return new OrnsteinUhlenbeck(1e-3, 5.0);
    }

    @Override
    public String name() {
        return "ou";
    }

    @Override
    public double logAlpha(double t) {
        return -t;
    }

    @Override
    public double sigma2(double t) {
        return -Math.expm1(-2.0 * t);
    }

    @Override
    public double f(double t) {
        return -1.0;
    }

    @Override
    public double g2(double t) {
        return 2.0;
    }

    @Override
    public double tLimit() {
        return T_LIMIT;
    }

    @Override
    public double timeOfLambda(double lambda) {
        return -ForwardProcess.vpLogAlphaOfLambda(lambda);
    }

    @Override
    public boolean variancePreserving() {
        return true;
    }

    @Override
    public OrnsteinUhlenbeck withTimes(double tMin, double tMax) {
        return new OrnsteinUhlenbeck(tMin, tMax);
    }
}
