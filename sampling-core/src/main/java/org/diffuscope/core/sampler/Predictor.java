package org.diffuscope.core.sampler;

/**
 * A reverse-time step rule (science.md §4): an immutable, validated parameter record that creates a per-run
 * {@link Stepper}. Works with every forward process.
 */
public sealed interface Predictor permits AffinePredictor, ProbabilityFlowHeun, DpmSolver2m, DormandPrince45 {

    /** The command-line name ({@code sde-em}, {@code ode-ei}, ...). */
    String name();

    /** The order of convergence (weak order for SDE samplers). */
    int order();

    /** True when a step draws noise. */
    boolean stochastic();

    /** True when the step size is chosen by the method (rk45), not by the grid. */
    default boolean adaptive() {
        return false;
    }

    /** A fresh stepper with its own scratch space for the run described by ctx. */
    Stepper stepper(StepContext ctx);
}
