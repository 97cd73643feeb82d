package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * Ancestral sampling from the DDPM posterior (Ho et al. 2020; science.md §4). VP/OU:
 * {@code x' = (x + beta s)/sqrt(1 - beta) + sqrt(beta) z}, {@code beta = 1 - (alpha(t)/alpha(t'))^2} clipped at
 * {@value #BETA_MAX}; VE: {@code x' = x + (sigma^2 - sigma'^2) s + sqrt(sigma'^2 (sigma^2 - sigma'^2)/sigma^2) z}.
 */
public record Ancestral() implements AffinePredictor {

    /** Largest beta of one step, as in DDPM implementations. */
    public static final double BETA_MAX = 0.999;

    @Override
    public String name() {
        return "ancestral";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    /** {@code beta = 1 - (alpha(t)/alpha(t'))^2}, clipped at {@value #BETA_MAX}. */
    public static double beta(ForwardProcess process, double t, double tNext) {
        return Math.min(BETA_MAX, -Math.expm1(2 * (process.logAlpha(t) - process.logAlpha(tNext))));
    }

    @Override
    public Affine affine(ForwardProcess process, double t, double tNext) {
        if (process.variancePreserving()) {
            double beta = beta(process, t, tNext);
            double r = 1 / Math.sqrt(1 - beta);
            return new Affine(r, beta * r, Math.sqrt(beta));
        }
        double s2 = process.sigma2(t);
        double s2Next = process.sigma2(tNext);
        double dVar = s2 - s2Next;
        return new Affine(1, dVar, Math.sqrt(s2Next * dVar / s2));
    }
}
