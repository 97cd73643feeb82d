package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;

/**
 * The Metropolis-adjusted Langevin algorithm (Roberts and Tweedie 1996; science.md §5): the ULA proposal
 * {@code y = x + e s(x) + sqrt(2 e) z}, accepted with probability
 * {@code min(1, p_t(y) q(x|y) / (p_t(x) q(y|x)))}, {@code q(y|x) = N(y; x + e s(x), 2 e I)}. The proposal uses the
 * score model (perturbed or not), the acceptance the exact log p_t, so p_t stays exactly invariant. Automatic step
 * {@code 0.5/L(t)}.
 *
 * @param step the step size e (number or automatic)
 */
public record Mala(StepSize step) implements Corrector {

    /** Default factor of the automatic step {@code factor/L(t)}. */
    public static final double AUTO_FACTOR = 0.5;

    public Mala {
        if (step == null) {
            throw new IllegalArgumentException("step is required");
        }
    }

    public static Mala standard() {
        return new Mala(StepSize.auto());
    }

    @Override
    public String name() {
        return "mala";
    }

    @Override
    public boolean supportsPaperSchedule() {
        return true;
    }

    @Override
    public boolean needsSmoothness(boolean paperSchedule) {
        return paperSchedule || step.automatic();
    }

    @Override
    public CorrectorCall plan(double smoothness, int iterations, boolean paperSchedule) {
        double e = step.resolve(AUTO_FACTOR, 1 / smoothness);
        return paperSchedule ? CorrectorCall.covering(1 / smoothness, e, Double.NaN)
                : new CorrectorCall(iterations, e, Double.NaN);
    }

    @Override
    public CorrectorStepper stepper(StepContext ctx) {
        return new MalaStepper(ctx);
    }
}
