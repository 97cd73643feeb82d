package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * Euler's method on the probability-flow ODE {@code dx/dt = f x - 1/2 g^2 s}, stepping h = t - t' > 0:
 * {@code x' = x + (1/2 g^2 s - f x) h} (science.md §4; Song et al. 2021).
 */
public record ProbabilityFlowEuler() implements AffinePredictor {

    @Override
    public String name() {
        return "ode-euler";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean stochastic() {
        return false;
    }

    @Override
    public Affine affine(ForwardProcess process, double t, double tNext) {
        double h = t - tNext;
        return new Affine(1 - process.f(t) * h, 0.5 * process.g2(t) * h, 0);
    }
}
