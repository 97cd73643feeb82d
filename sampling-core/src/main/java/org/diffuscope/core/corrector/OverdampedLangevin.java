package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;

/**
 * The unadjusted Langevin algorithm (the paper's DPOM corrector; science.md §5): {@code x' = x + e s(x) +
 * sqrt(2 e) z}. Stable only for {@code e < ~2/L(t)}; the automatic step is {@code 0.1/L(t)}.
 *
 * @param step the step size e (number or automatic)
 */
public record OverdampedLangevin(StepSize step) implements Corrector {

    /** Default factor of the automatic step {@code factor/L(t)}. */
    public static final double AUTO_FACTOR = 0.1;

    public OverdampedLangevin {
        if (step == null) {
            throw new IllegalArgumentException("step is required");
        }
    }

    public static OverdampedLangevin standard() {
        return new OverdampedLangevin(StepSize.auto());
    }

    @Override
    public String name() {
        return "ula";
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
        return new UlaStepper(ctx);
    }
}
