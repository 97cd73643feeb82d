package org.diffuscope.core.corrector;

/**
 * When and how often a run calls its corrector: {@code steps} iterations per call after every {@code every}-th
 * predictor step (cli.md), or the paper's schedule (science.md §5): predictor segments of OU-clock length 1/L(t),
 * each followed by one call planned by {@link Corrector#plan}.
 *
 * @param corrector     the corrector ({@code none} for no correction)
 * @param steps         iterations per call, >= 1 (fixed schedule)
 * @param every         a call after every k-th predictor step, >= 1 (fixed schedule)
 * @param paperSchedule true for the paper's schedule (ula, ulmc, mala)
 */
public record CorrectorSettings(Corrector corrector, int steps, int every, boolean paperSchedule) {

    public CorrectorSettings {
        if (corrector == null) {
            throw new IllegalArgumentException("corrector is required (use none)");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("corrector-steps must be >= 1, got " + steps);
        }
        if (every < 1) {
            throw new IllegalArgumentException("corrector-every must be >= 1, got " + every);
        }
        if (paperSchedule && !corrector.supportsPaperSchedule()) {
            throw new IllegalArgumentException("corrector-schedule paper needs corrector ula, ulmc or mala, got "
                    + corrector.name());
        }
    }

    public static CorrectorSettings none() {
        return of(new NoCorrector());
    }

    /** One iteration after every predictor step. */
    public static CorrectorSettings of(Corrector corrector) {
        return new CorrectorSettings(corrector, 1, 1, false);
    }

    /** The paper's schedule for the given corrector. */
    public static CorrectorSettings paper(Corrector corrector) {
        return new CorrectorSettings(corrector, 1, 1, true);
    }

    public CorrectorSettings withSteps(int newSteps) {
        return new CorrectorSettings(corrector, newSteps, every, paperSchedule);
    }

    public CorrectorSettings withEvery(int newEvery) {
        return new CorrectorSettings(corrector, steps, newEvery, paperSchedule);
    }
}
