package org.diffuscope.core.sampler;

/**
 * Dormand–Prince 5(4) (Dormand and Prince 1980; Hairer, Nørsett, Wanner, Solving ODEs I, II.5) on the
 * probability-flow ODE {@code dx/dt = f x - 1/2 g^2 s}, adaptive with one step size for all particles: the error
 * norm is the RMS over all coordinates of {@code err / (atol + rtol max(|x|, |x_new|))}; a step is accepted when it
 * is <= 1. The grid sets only the first step, {@code (t-max - t-min)/N}; the last step lands exactly on the end.
 *
 * @param rtol relative tolerance > 0 (default 1e-5)
 * @param atol absolute tolerance > 0 (default 1e-5)
 */
public record DormandPrince45(double rtol, double atol) implements Predictor {

    public DormandPrince45 {
        if (!(rtol > 0) || !Double.isFinite(rtol)) {
            throw new IllegalArgumentException("rtol must be a finite number > 0, got " + rtol);
        }
        if (!(atol > 0) || !Double.isFinite(atol)) {
            throw new IllegalArgumentException("atol must be a finite number > 0, got " + atol);
        }
    }

    public static DormandPrince45 standard() {
        return new DormandPrince45(1e-5, 1e-5);
    }

    @Override
    public String name() {
        return "rk45";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean stochastic() {
        return false;
    }

    @Override
    public boolean adaptive() {
        return true;
    }

    @Override
    public Stepper stepper(StepContext ctx) {
        return new DormandPrinceStepper(this, ctx);
    }
}
