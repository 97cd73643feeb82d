package org.diffuscope.core.sampler;

import org.diffuscope.core.process.ForwardProcess;

/**
 * A one-evaluation predictor whose step is affine in the particle, its score and fresh noise:
 * {@code x' = a x + b s(x, t) + c z}; the coefficients depend only on the process and the two times.
 */
public sealed interface AffinePredictor extends Predictor
        permits EulerMaruyama, ExponentialIntegratorSde, Ancestral, ProbabilityFlowEuler, Ddim, ExponentialIntegrator {

    /** The coefficients of the step from t to tNext < t. */
    Affine affine(ForwardProcess process, double t, double tNext);

    @Override
    default Stepper stepper(StepContext ctx) {
        return new AffineStepper(this, ctx);
    }

    /**
     * The coefficients of {@code x' = a x + b s + c z}.
     *
     * @param c noise scale, 0 for deterministic steps
     */
    record Affine(double a, double b, double c) {
    }
}
