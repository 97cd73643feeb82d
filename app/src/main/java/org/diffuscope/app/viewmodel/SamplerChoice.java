package org.diffuscope.app.viewmodel;

import java.util.List;

/**
 * The predictor and its time grid (science.md §1, §4; cli.md {@code sample}).
 *
 * @param name   sde-em, sde-ei, ancestral, ode-euler, ddim, ode-heun, ode-ei, dpmpp-2m, rk45
 * @param steps  predictor steps N (the grid has N + 1 times); for rk45 only its first step (t-max - t-min)/N
 * @param grid   log-snr, uniform, ou-uniform, edm
 * @param rho    EDM grid exponent
 * @param sChurn ode-heun churn S_churn (0 = none), with sTmin, sTmax, sNoise
 * @param rtol   rk45 relative tolerance, with atol
 */
public record SamplerChoice(String name, int steps, String grid, double rho,
                            double sChurn, double sTmin, double sTmax, double sNoise,
                            double rtol, double atol) {

    public static final List<String> NAMES = List.of(
            "sde-em", "sde-ei", "ancestral", "ode-euler", "ddim", "ode-heun", "ode-ei", "dpmpp-2m", "rk45");
    public static final List<String> GRIDS = List.of("log-snr", "uniform", "ou-uniform", "edm");
    public static final int MAX_STEPS = 100_000;

    public SamplerChoice {
        ExperimentConfig.require(NAMES.contains(name), "sampler must be one of " + String.join(", ", NAMES) + ", got " + name);
        ExperimentConfig.require(steps >= 1 && steps <= MAX_STEPS, "steps must be in 1.." + MAX_STEPS + ", got " + steps);
        ExperimentConfig.require(GRIDS.contains(grid), "grid must be one of " + String.join(", ", GRIDS) + ", got " + grid);
        ExperimentConfig.require(rho > 0 && rho <= 100, "rho must be in (0, 100], got " + rho);
        ExperimentConfig.require(sChurn >= 0 && sChurn <= 1000, "s-churn must be in [0, 1000], got " + sChurn);
        ExperimentConfig.require(sTmin >= 0 && sTmax >= sTmin && !Double.isNaN(sTmax),
                "s-tmin must be >= 0 and s-tmax >= s-tmin, got " + sTmin + " and " + sTmax);
        ExperimentConfig.require(sNoise > 0 && sNoise <= 10, "s-noise must be in (0, 10], got " + sNoise);
        ExperimentConfig.require(rtol > 0 && rtol < 1, "rtol must be in (0, 1), got " + rtol);
        ExperimentConfig.require(atol > 0 && atol < 1, "atol must be in (0, 1), got " + atol);
    }

    /** The sampler with cli.md's defaults: 40 steps on the log-SNR grid, rho 7, no churn, tolerances 1e-5. */
    public static SamplerChoice defaults(String name) {
        return new SamplerChoice(name, 40, "log-snr", 7.0, 0.0, 0.0, Double.POSITIVE_INFINITY, 1.0, 1e-5, 1e-5);
    }

    public SamplerChoice withName(String v) {
        return new SamplerChoice(v, steps, grid, rho, sChurn, sTmin, sTmax, sNoise, rtol, atol);
    }

    public SamplerChoice withSteps(int v) {
        return new SamplerChoice(name, v, grid, rho, sChurn, sTmin, sTmax, sNoise, rtol, atol);
    }

    public SamplerChoice withGrid(String v) {
        return new SamplerChoice(name, steps, v, rho, sChurn, sTmin, sTmax, sNoise, rtol, atol);
    }

    public SamplerChoice withRho(double v) {
        return new SamplerChoice(name, steps, grid, v, sChurn, sTmin, sTmax, sNoise, rtol, atol);
    }

    public SamplerChoice withChurn(double churn, double tmin, double tmax, double noise) {
        return new SamplerChoice(name, steps, grid, rho, churn, tmin, tmax, noise, rtol, atol);
    }

    public SamplerChoice withTolerances(double r, double a) {
        return new SamplerChoice(name, steps, grid, rho, sChurn, sTmin, sTmax, sNoise, r, a);
    }
}
