package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * DDIM (Song, Meng, Ermon 2021) = DPM-Solver-1: freezes the noise prediction {@code eps = -sigma s} over the step,
 * {@code x' = (alpha'/alpha) x - alpha' (sigma/alpha - sigma'/alpha') (-sigma s)} (science.md §4). Exact for a
 * single point mass.
 */
public record Ddim() implements AffinePredictor {

    @Override
    public String name() {
        return "ddim";
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
        double alpha = process.alpha(t);
        double alphaNext = process.alpha(tNext);
        double sigma = process.sigma(t);
        double sigmaNext = process.sigma(tNext);
        return new Affine(alphaNext / alpha, alphaNext * (sigma / alpha - sigmaNext / alphaNext) * sigma, 0);
    }
}
