package org.diffuscope.app.cli;

import org.diffuscope.app.io.InputException;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ProcessChoice;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.ScoreErrorChoice;
import org.diffuscope.core.process.ForwardProcess;

import picocli.CommandLine.Option;

/**
 * The flags of a sampling run (cli.md {@code sample}), shared by {@code sample}, {@code sweep} and {@code bench}; they
 * become one {@link ExperimentConfig}, the same value the window runs.
 */
public final class SampleOptions {

    @Option(names = "--sampler", paramLabel = "S", defaultValue = "ode-ei",
            description = "Predictor: sde-em, sde-ei, ancestral, ode-euler, ddim, ode-heun, ode-ei, dpmpp-2m, rk45. Default: ${DEFAULT-VALUE}.")
    String sampler;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100",
            description = "Predictor steps, 1..100000 (rk45: sets its first step). Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--particles", paramLabel = "M",
            description = "Particles, 1..4000000. Default: 10000 (or the count of --init).")
    Integer particles;

    @Option(names = "--grid", paramLabel = "G", defaultValue = "log-snr",
            description = "Time grid: log-snr, uniform, ou-uniform (not for ve), edm. Default: ${DEFAULT-VALUE}.")
    String grid;

    @Option(names = "--rho", defaultValue = "7", description = "EDM grid exponent, in (0, 100]. Default: ${DEFAULT-VALUE}.")
    double rho;

    @Option(names = "--s-churn", defaultValue = "0", description = "ode-heun churn S_churn, in [0, 1000]. Default: ${DEFAULT-VALUE}.")
    double sChurn;

    @Option(names = "--s-tmin", defaultValue = "0", description = "ode-heun S_tmin (noise level sigma/alpha), >= 0. Default: ${DEFAULT-VALUE}.")
    double sTmin;

    @Option(names = "--s-tmax", defaultValue = "Infinity", description = "ode-heun S_tmax, >= S_tmin. Default: infinity.")
    double sTmax;

    @Option(names = "--s-noise", defaultValue = "1", description = "ode-heun S_noise, in (0, 10]. Default: ${DEFAULT-VALUE}.")
    double sNoise;

    @Option(names = "--rtol", defaultValue = "1e-5", description = "rk45 relative tolerance, in (0, 1). Default: ${DEFAULT-VALUE}.")
    double rtol;

    @Option(names = "--atol", defaultValue = "1e-5", description = "rk45 absolute tolerance, in (0, 1). Default: ${DEFAULT-VALUE}.")
    double atol;

    @Option(names = "--corrector", paramLabel = "C", defaultValue = "none",
            description = "Corrector: none, ula, ulmc, langevin-snr, mala. Default: ${DEFAULT-VALUE}.")
    String corrector;

    @Option(names = "--corrector-steps", defaultValue = "1", description = "Corrector iterations per call, 1..1000. Default: ${DEFAULT-VALUE}.")
    int correctorSteps;

    @Option(names = "--corrector-every", defaultValue = "1",
            description = "A corrector call after every k-th predictor step, 1..100000. Default: ${DEFAULT-VALUE}.")
    int correctorEvery;

    @Option(names = "--corrector-step", paramLabel = "H", defaultValue = "default",
            description = "Corrector step: a number in (0, 10], auto (ula 0.1/L(t), mala 0.5/L(t)), or default (ulmc 0.05; ula, mala auto).")
    String correctorStep;

    @Option(names = "--friction", defaultValue = "2", description = "ULMC friction gamma, in (0, 1000]. Default: ${DEFAULT-VALUE}.")
    double friction;

    @Option(names = "--snr", defaultValue = "0.16", description = "langevin-snr signal-to-noise ratio, in (0, 10]. Default: ${DEFAULT-VALUE}.")
    double snr;

    @Option(names = "--corrector-schedule", paramLabel = "fixed|paper", defaultValue = "fixed",
            description = "fixed (the flags above) or paper (corrector time and friction from L(t); ula, ulmc, mala). Default: ${DEFAULT-VALUE}.")
    String schedule;

    @Option(names = "--score-error", paramLabel = "KIND:SIZE",
            description = "Simulated learned-score error: bias, field, noise or scale, with its RMS size under p_t (>= 0).")
    String scoreError;

    @Option(names = "--prior", paramLabel = "normal|exact", defaultValue = "normal",
            description = "normal: N(0, I) (ve: N(0, sigma(t-max)^2 I)); exact: exact samples of p(t-max). Default: ${DEFAULT-VALUE}.")
    String prior;

    @Option(names = "--denoise", description = "Add a final Tweedie step x <- (x + sigma^2 s)/alpha at t-min.")
    boolean denoise;

    /** The experiment these flags (with the common ones) describe; every bad value names its flag. */
    public ExperimentConfig config(CommonOptions common, int particleCount) {
        ForwardProcess p = common.forwardProcess();
        ProcessChoice process = new ProcessChoice(p.name(), p.tMin(), p.tMax());
        SamplerChoice s = wrap(() -> new SamplerChoice(sampler, steps, grid, rho,
                sChurn, sTmin, sTmax, sNoise, rtol, atol));
        if ("ou-uniform".equals(grid) && !p.variancePreserving()) {
            throw new InputException("--grid ou-uniform needs a variance preserving process (ou, vp-linear, vp-cosine), not ve");
        }
        if (!"fixed".equals(schedule) && !"paper".equals(schedule)) {
            throw new InputException("--corrector-schedule must be fixed or paper, got " + schedule);
        }
        if ("paper".equals(schedule) && !java.util.List.of("ula", "ulmc", "mala").contains(corrector)) {
            throw new InputException("--corrector-schedule paper needs --corrector ula, ulmc or mala, got " + corrector);
        }
        CorrectorChoice c = wrap(() -> new CorrectorChoice(corrector, correctorSteps, correctorEvery,
                correctorStep.toLowerCase(java.util.Locale.ROOT), friction, snr, "paper".equals(schedule)));
        ScoreErrorChoice e = scoreError == null ? ScoreErrorChoice.none() : parseScoreError(scoreError);
        if (!"normal".equals(prior) && !"exact".equals(prior)) {
            throw new InputException("--prior must be normal or exact, got " + prior);
        }
        return new ExperimentConfig(common.targetChoice(), process, s, c, e, particleCount, common.seed(), "exact".equals(prior),
                false, denoise);
    }

    /** The particle count: --particles, or the default 10000. */
    public int particleCount() {
        int n = particles == null ? 10_000 : particles;
        if (n < 1 || n > ExperimentConfig.MAX_PARTICLES) {
            throw new InputException("--particles must be in 1.." + ExperimentConfig.MAX_PARTICLES + ", got " + n);
        }
        return n;
    }

    static ScoreErrorChoice parseScoreError(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new InputException("--score-error must be KIND:SIZE with KIND bias, field, noise or scale, got '" + text + "'");
        }
        String kind = text.substring(0, colon).strip();
        double size;
        try {
            size = Double.parseDouble(text.substring(colon + 1).strip());
        } catch (NumberFormatException ex) {
            throw new InputException("--score-error SIZE must be a number >= 0, got '" + text.substring(colon + 1) + "'");
        }
        if ("none".equals(kind) || !ScoreErrorChoice.KINDS.contains(kind)) {
            throw new InputException("--score-error KIND must be bias, field, noise or scale, got '" + kind + "'");
        }
        return wrap(() -> new ScoreErrorChoice(kind, size));
    }

    /** Builds a choice; its messages start with the flag's name, so "--" makes them name the flag. */
    private static <T> T wrap(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException ex) {
            throw new InputException("--" + ex.getMessage());
        }
    }
}
