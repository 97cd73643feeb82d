package org.diffuscope.app.viewmodel;

/**
 * The whole experiment as one immutable value (TensorFlow Playground's lesson): target, process, grid, sampler,
 * corrector, score error, particles and seed. The window, the CLI and scenario files all build runs from it, so
 * the same value gives the same run, bit for bit.
 *
 * @param particles  number of particles, 1..{@link #MAX_PARTICLES}
 * @param exactPrior start from exact samples of p_{t-max} instead of the N(0, s^2 I) prior
 * @param forward    noise the data (from exact p_{t-min} samples up to t-max) instead of sampling
 * @param denoise    add a final Tweedie step at t-min
 */
public record ExperimentConfig(
        TargetChoice target,
        ProcessChoice process,
        SamplerChoice sampler,
        CorrectorChoice corrector,
        ScoreErrorChoice scoreError,
        int particles,
        long seed,
        boolean exactPrior,
        boolean forward,
        boolean denoise) {

    public static final int MAX_PARTICLES = 4_000_000;

    public ExperimentConfig {
        require(target != null, "target is required");
        require(process != null, "process is required");
        require(sampler != null, "sampler is required");
        require(corrector != null, "corrector is required");
        require(scoreError != null, "score error is required");
        require(particles >= 1 && particles <= MAX_PARTICLES,
                "particles must be in 1.." + MAX_PARTICLES + ", got " + particles);
    }

    /** The default scene: ring of 8 under OU, the paper's ODE predictor on the log-SNR grid, 20k particles. */
    public static ExperimentConfig defaults() {
        return new ExperimentConfig(TargetChoice.preset("ring8", 2), ProcessChoice.defaults("ou"),
                SamplerChoice.defaults("ode-ei"), CorrectorChoice.none(), ScoreErrorChoice.none(),
                20_000, 0L, false, false, false);
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public ExperimentConfig withTarget(TargetChoice v) {
        return new ExperimentConfig(v, process, sampler, corrector, scoreError, particles, seed, exactPrior, forward, denoise);
    }

    public ExperimentConfig withProcess(ProcessChoice v) {
        return new ExperimentConfig(target, v, sampler, corrector, scoreError, particles, seed, exactPrior, forward, denoise);
    }

    public ExperimentConfig withSampler(SamplerChoice v) {
        return new ExperimentConfig(target, process, v, corrector, scoreError, particles, seed, exactPrior, forward, denoise);
    }

    public ExperimentConfig withCorrector(CorrectorChoice v) {
        return new ExperimentConfig(target, process, sampler, v, scoreError, particles, seed, exactPrior, forward, denoise);
    }

    public ExperimentConfig withScoreError(ScoreErrorChoice v) {
        return new ExperimentConfig(target, process, sampler, corrector, v, particles, seed, exactPrior, forward, denoise);
    }

    public ExperimentConfig withParticles(int v) {
        return new ExperimentConfig(target, process, sampler, corrector, scoreError, v, seed, exactPrior, forward, denoise);
    }

    public ExperimentConfig withSeed(long v) {
        return new ExperimentConfig(target, process, sampler, corrector, scoreError, particles, v, exactPrior, forward, denoise);
    }

    public ExperimentConfig withExactPrior(boolean v) {
        return new ExperimentConfig(target, process, sampler, corrector, scoreError, particles, seed, v, forward, denoise);
    }

    public ExperimentConfig withForward(boolean v) {
        return new ExperimentConfig(target, process, sampler, corrector, scoreError, particles, seed, exactPrior, v, denoise);
    }

    public ExperimentConfig withDenoise(boolean v) {
        return new ExperimentConfig(target, process, sampler, corrector, scoreError, particles, seed, exactPrior, forward, v);
    }
}
