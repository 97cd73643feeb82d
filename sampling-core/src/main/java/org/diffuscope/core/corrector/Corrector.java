package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;

/**
 * A Markov step at a fixed time t that targets p_t (science.md §5): an immutable, validated parameter record that
 * plans each call from the smoothness L(t) and creates a per-run {@link CorrectorStepper}.
 */
public sealed interface Corrector permits NoCorrector, OverdampedLangevin, UnderdampedLangevin, SnrLangevin, Mala {

    /** The command-line name ({@code none}, {@code ula}, {@code ulmc}, {@code langevin-snr}, {@code mala}). */
    String name();

    /** True when it runs before the predictor at t_i (score_sde's order); otherwise after it, at t_{i+1}. */
    default boolean beforePredictor() {
        return false;
    }

    /** True for {@code none}. */
    default boolean isNone() {
        return false;
    }

    /** True when the paper's schedule (science.md §5) applies to this corrector. */
    default boolean supportsPaperSchedule() {
        return false;
    }

    /** True when {@link #plan} needs L(t) (an automatic step size or the paper's schedule). */
    boolean needsSmoothness(boolean paperSchedule);

    /**
     * The call at one time: iterations, step size and friction.
     *
     * @param smoothness    L(t), or NaN when {@link #needsSmoothness} is false
     * @param iterations    iterations per call of a fixed schedule
     * @param paperSchedule true for the paper's schedule: total time 1/L (ula, mala) or 1/sqrt(L) with friction
     *                      sqrt(L) (ulmc), in equal steps no longer than the step size
     */
    CorrectorCall plan(double smoothness, int iterations, boolean paperSchedule);

    /** A fresh stepper with its own scratch space for the run described by ctx. */
    CorrectorStepper stepper(StepContext ctx);
}
