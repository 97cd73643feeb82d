package org.diffuscope.core.run;

/**
 * What one call of {@link SamplingRun#step()} did.
 *
 * @param step       predictor steps completed after it
 * @param t          the time of the particles after it
 * @param nfe        batch score evaluations it spent
 * @param totalNfe   batch score evaluations of the run so far
 * @param finished   true when the run reached its last time
 * @param divergence non-null when the run diverged (the particles are then those before the failing phase)
 */
public record StepResult(int step, double t, long nfe, long totalNfe, boolean finished, Divergence divergence) {

    public boolean diverged() {
        return divergence != null;
    }
}
