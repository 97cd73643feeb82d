package org.diffuscope.core.corrector;

/**
 * One corrector call, planned at its time: iterations of a given step size (and friction, for ulmc).
 *
 * @param iterations >= 0
 * @param stepSize   step size h (NaN when the corrector picks its own, as langevin-snr does)
 * @param friction   friction gamma of ulmc (NaN otherwise)
 */
public record CorrectorCall(int iterations, double stepSize, double friction) {

    public CorrectorCall {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        }
        if (!(stepSize > 0) && !Double.isNaN(stepSize) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("corrector step must be a finite number > 0, got " + stepSize);
        }
    }

    /** The paper's schedule: a total time split into the fewest equal steps no longer than h. */
    static CorrectorCall covering(double total, double h, double friction) {
        int n = (int) Math.max(1, Math.ceil(total / h - 1e-9));
        return new CorrectorCall(n, total / n, friction);
    }
}
