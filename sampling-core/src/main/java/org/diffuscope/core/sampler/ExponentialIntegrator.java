package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * The paper's predictor (Chen et al. 2023): the exponential integrator of the probability-flow ODE with the score
 * frozen over the step (science.md §4). VP/OU, {@code dtau = log(alpha'/alpha)}: {@code x' = e^dtau x +
 * (e^dtau - 1) s}; VE: {@code x' = x + 1/2 (sigma^2 - sigma'^2) s}. Exact when the score is {@code -x}.
 */
public record ExponentialIntegrator() implements AffinePredictor {

    @Override
    public String name() {
        return "ode-ei";
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
        if (process.variancePreserving()) {
            double dTau = process.logAlpha(tNext) - process.logAlpha(t);
            return new Affine(Math.exp(dTau), Math.expm1(dTau), 0);
        }
        return new Affine(1, 0.5 * (process.sigma2(t) - process.sigma2(tNext)), 0);
    }
}
