package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * The exponential integrator of the reverse SDE with the score frozen over the step (DDPM-type; science.md §4).
 * VP/OU, in the OU clock {@code dtau = log(alpha'/alpha)}: {@code x' = e^dtau x + 2 (e^dtau - 1) s +
 * sqrt(e^(2 dtau) - 1) z}; VE: {@code x' = x + (sigma^2 - sigma'^2) s + sqrt(sigma^2 - sigma'^2) z}.
 */
public record ExponentialIntegratorSde() implements AffinePredictor {

    @Override
    public String name() {
        return "sde-ei";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    @Override
    public Affine affine(ForwardProcess process, double t, double tNext) {
        if (process.variancePreserving()) {
            double dTau = process.logAlpha(tNext) - process.logAlpha(t);
            return new Affine(Math.exp(dTau), 2 * Math.expm1(dTau), Math.sqrt(Math.expm1(2 * dTau)));
        }
        double dVar = process.sigma2(t) - process.sigma2(tNext);
        return new Affine(1, dVar, Math.sqrt(dVar));
    }
}
