package org.diffuscope.app.viewmodel;

import java.util.List;

/**
 * The corrector and its settings (science.md §5; cli.md {@code --corrector*}).
 *
 * @param name          none, ula, ulmc, langevin-snr, mala
 * @param steps         iterations per call, 1..1000
 * @param every         a call after every k-th predictor step
 * @param step          the corrector step h: a number, {@code auto} (from L(t)), or {@code default} (ulmc 0.05;
 *                      ula auto = 0.1/L(t); mala auto = 0.5/L(t))
 * @param friction      ULMC friction gamma
 * @param snr           Song et al.'s signal-to-noise ratio (langevin-snr)
 * @param paperSchedule the paper's schedule: corrector time and friction from L(t)
 */
public record CorrectorChoice(String name, int steps, int every, String step, double friction, double snr,
                              boolean paperSchedule) {

    public static final List<String> NAMES = List.of("none", "ula", "ulmc", "langevin-snr", "mala");

    public CorrectorChoice {
        ExperimentConfig.require(NAMES.contains(name), "corrector must be one of " + String.join(", ", NAMES) + ", got " + name);
        ExperimentConfig.require(steps >= 1 && steps <= 1000, "corrector-steps must be in 1..1000, got " + steps);
        ExperimentConfig.require(every >= 1 && every <= 100_000, "corrector-every must be in 1..100000, got " + every);
        ExperimentConfig.require(validStep(step), "corrector-step must be default, auto or a number in (0, 10], got " + step);
        ExperimentConfig.require(friction > 0 && friction <= 1000, "friction must be in (0, 1000], got " + friction);
        ExperimentConfig.require(snr > 0 && snr <= 10, "snr must be in (0, 10], got " + snr);
    }

    private static boolean validStep(String step) {
        if ("default".equals(step) || "auto".equals(step)) {
            return true;
        }
        try {
            double h = Double.parseDouble(step);
            return h > 0 && h <= 10;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }

    public static CorrectorChoice none() {
        return defaults("none");
    }

    /** cli.md's defaults: 1 iteration after every step, ulmc h = 0.05 and gamma = 2, ula/mala auto, snr 0.16. */
    public static CorrectorChoice defaults(String name) {
        return new CorrectorChoice(name, 1, 1, "default", 2.0, 0.16, false);
    }

    public boolean enabled() {
        return !"none".equals(name);
    }

    public CorrectorChoice withName(String v) {
        return new CorrectorChoice(v, steps, every, step, friction, snr, paperSchedule);
    }

    public CorrectorChoice withSteps(int v) {
        return new CorrectorChoice(name, v, every, step, friction, snr, paperSchedule);
    }

    public CorrectorChoice withEvery(int v) {
        return new CorrectorChoice(name, steps, v, step, friction, snr, paperSchedule);
    }

    public CorrectorChoice withStep(String v) {
        return new CorrectorChoice(name, steps, every, v, friction, snr, paperSchedule);
    }

    public CorrectorChoice withFriction(double v) {
        return new CorrectorChoice(name, steps, every, step, v, snr, paperSchedule);
    }

    public CorrectorChoice withSnr(double v) {
        return new CorrectorChoice(name, steps, every, step, friction, v, paperSchedule);
    }

    public CorrectorChoice withPaperSchedule(boolean v) {
        return new CorrectorChoice(name, steps, every, step, friction, snr, v);
    }
}
