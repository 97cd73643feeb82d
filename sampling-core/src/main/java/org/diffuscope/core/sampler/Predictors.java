package org.diffuscope.core.sampler;

import java.util.List;

/** The predictors by command-line name, each with its default parameters. */
public final class Predictors {

    /** Every predictor name, in the order of science.md §4. */
    public static final List<String> NAMES = List.of(
            "sde-em", "sde-ei", "ancestral", "ode-euler", "ddim", "ode-heun", "ode-ei", "dpmpp-2m", "rk45");

    private Predictors() {
    }

    /** The default-configured predictor of the given name. */
    public static Predictor byName(String name) {
        return switch (name) {
            case "sde-em" -> new EulerMaruyama();
            case "sde-ei" -> new ExponentialIntegratorSde();
            case "ancestral" -> new Ancestral();
            case "ode-euler" -> new ProbabilityFlowEuler();
            case "ddim" -> new Ddim();
            case "ode-heun" -> ProbabilityFlowHeun.standard();
            case "ode-ei" -> new ExponentialIntegrator();
            case "dpmpp-2m" -> new DpmSolver2m();
            case "rk45" -> DormandPrince45.standard();
            default -> throw new IllegalArgumentException(
                    "unknown sampler '" + name + "' (allowed: " + String.join(", ", NAMES) + ")");
        };
    }

    /** Every predictor with its defaults, in the order of {@link #NAMES}. */
    public static List<Predictor> all() {
        return NAMES.stream().map(Predictors::byName).toList();
    }
}
