package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;

/**
 * Underdamped Langevin Monte Carlo (the paper's DPUM corrector; science.md §5): {@code dx = v dt},
 * {@code dv = (s(x) - gamma v) dt + sqrt(2 gamma) dB}, the score frozen over each step and the rest solved exactly
 * ({@link UlmcCoefficients}); the velocity is drawn fresh, {@code v ~ N(0, I)}, at each call and only x is kept.
 *
 * @param step     step size h (default 0.05; automatic = {@code 0.25/sqrt(L(t))}, our choice)
 * @param friction friction gamma > 0 (default 2; the paper's schedule uses sqrt(L(t)))
 */
public record UnderdampedLangevin(StepSize step, double friction) implements Corrector {

    /** Default factor of the automatic step {@code factor/sqrt(L(t))}. */
    public static final double AUTO_FACTOR = 0.25;

    public UnderdampedLangevin {
        if (step == null) {
            throw new IllegalArgumentException("step is required");
        }
        if (!(friction > 0) || !Double.isFinite(friction)) {
            throw new IllegalArgumentException("friction must be a finite number > 0, got " + friction);
        }
    }

    public static UnderdampedLangevin standard() {
        return new UnderdampedLangevin(StepSize.fixed(0.05), 2.0);
    }

    @Override
    public String name() {
        return "ulmc";
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
        double rootL = Math.sqrt(smoothness);
        double h = step.resolve(AUTO_FACTOR, 1 / rootL);
        return paperSchedule ? CorrectorCall.covering(1 / rootL, h, rootL) : new CorrectorCall(iterations, h, friction);
    }

    @Override
    public CorrectorStepper stepper(StepContext ctx) {
        return new UlmcStepper(ctx);
    }
}
