package org.diffuscope.core.sampler;

/**
 * Heun's method on the probability-flow ODE {@code dx/dt = f x - 1/2 g^2 s} with EDM's optional churn (Karras et
 * al. 2022, Algorithm 2; science.md §4): where {@code S_tmin <= sigma/alpha <= S_tmax}, first move up to the noise
 * level {@code (1 + gamma) sigma/alpha}, {@code gamma = min(S_churn/N, sqrt(2) - 1)}, with fresh noise scaled by
 * S_noise; then an Euler step and the trapezoid correction, on every step (t-min > 0).
 *
 * @param sChurn total churn S_churn >= 0 (0 = the deterministic Heun sampler)
 * @param sTmin  smallest noise level sigma/alpha that gets churn, >= 0
 * @param sTmax  largest noise level that gets churn, >= sTmin (may be infinite)
 * @param sNoise scale of the churn noise S_noise >= 0
 */
public record ProbabilityFlowHeun(double sChurn, double sTmin, double sTmax, double sNoise) implements Predictor {

    public ProbabilityFlowHeun {
        if (!(sChurn >= 0) || !Double.isFinite(sChurn)) {
            throw new IllegalArgumentException("s-churn must be a finite number >= 0, got " + sChurn);
        }
        if (!(sTmin >= 0) || !Double.isFinite(sTmin)) {
            throw new IllegalArgumentException("s-tmin must be a finite number >= 0, got " + sTmin);
        }
        if (!(sTmax >= sTmin)) {
            throw new IllegalArgumentException("s-tmax must be >= s-tmin (" + sTmin + "), got " + sTmax);
        }
        if (!(sNoise >= 0) || !Double.isFinite(sNoise)) {
            throw new IllegalArgumentException("s-noise must be a finite number >= 0, got " + sNoise);
        }
    }

    /** Plain Heun: no churn. */
    public static ProbabilityFlowHeun standard() {
        return new ProbabilityFlowHeun(0, 0, Double.POSITIVE_INFINITY, 1);
    }

    @Override
    public String name() {
        return "ode-heun";
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public boolean stochastic() {
        return sChurn > 0 && sNoise > 0;
    }

    /** EDM's gamma at noise level sigma/alpha for a grid of N steps. */
    public double gamma(double noiseLevel, int steps) {
        boolean churn = sChurn > 0 && sTmin <= noiseLevel && noiseLevel <= sTmax;
        return churn ? Math.min(sChurn / steps, Math.sqrt(2) - 1) : 0.0;
    }

    @Override
    public Stepper stepper(StepContext ctx) {
        return new HeunStepper(this, ctx);
    }
}
