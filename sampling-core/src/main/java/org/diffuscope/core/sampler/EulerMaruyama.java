package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * Euler–Maruyama on the reverse SDE {@code dx = [f x - g^2 s] dt + g dW}, stepping h = t - t' > 0:
 * {@code x' = x + (g^2 s - f x) h + g sqrt(h) z}, f and g at t (science.md §4; Song et al. 2021).
 */
public record EulerMaruyama() implements AffinePredictor {

    @Override
    public String name() {
        return "sde-em";
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
        double h = t - tNext;
        double f = process.f(t);
        double g2 = process.g2(t);
        return new Affine(1 - f * h, g2 * h, Math.sqrt(g2 * h));
    }
}
