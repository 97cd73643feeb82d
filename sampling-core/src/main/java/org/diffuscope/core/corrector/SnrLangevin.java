package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;

/**
 * Song et al.'s Langevin corrector (score_sde, {@code LangevinCorrector}; science.md §5): ULA with step
 * {@code e = 2 a_i (snr |z| / |s|)^2}, {@code |z|}, {@code |s|} the means over particles of the per-particle norms,
 * {@code a_i = (alpha(t_i)/alpha(t_{i+1}))^2 = 1 - beta_i} for VP/OU (1 for VE, or when the next time is unknown);
 * it runs before the predictor at t_i.
 *
 * @param snr the signal-to-noise ratio > 0 (default 0.16)
 */
public record SnrLangevin(double snr) implements Corrector {

    public SnrLangevin {
        if (!(snr > 0) || !Double.isFinite(snr)) {
            throw new IllegalArgumentException("snr must be a finite number > 0, got " + snr);
        }
    }

    public static SnrLangevin standard() {
        return new SnrLangevin(0.16);
    }

    @Override
    public String name() {
        return "langevin-snr";
    }

    @Override
    public boolean beforePredictor() {
        return true;
    }

    @Override
    public boolean needsSmoothness(boolean paperSchedule) {
        return false;
    }

    @Override
    public CorrectorCall plan(double smoothness, int iterations, boolean paperSchedule) {
        return new CorrectorCall(iterations, Double.NaN, Double.NaN);
    }

    @Override
    public CorrectorStepper stepper(StepContext ctx) {
        return new SnrLangevinStepper(this, ctx);
    }
}
