package org.diffuscope.core.sampler;

/**
 * The per-run state of a {@link Predictor}: scratch buffers and history (multistep, adaptive step size). A step
 * reads x, writes out, never modifies x and never allocates per particle.
 */
public interface Stepper {

    /**
     * One step of all particles from t to tNext < t (an adaptive stepper takes one accepted step towards tNext and
     * may stop short of it; see {@link #reached()}).
     *
     * @param i     the step index (keys the predictor's noise stream)
     * @param x     count x d, row-major. Not modified.
     * @param out   count x d, row-major. Modified.
     * @return the batch score evaluations spent (one score of all particles = 1)
     */
    int step(int i, double t, double tNext, double[] x, double[] out);

    /** The time the last step reached (tNext, except for adaptive steppers). */
    double reached();

    /** Trial steps rejected so far (adaptive steppers; 0 otherwise). */
    default int rejectedSteps() {
        return 0;
    }

    /** An immutable copy of the history that the next step depends on, or null when there is none. */
    default Object history() {
        return null;
    }

    /** Restores a value of {@link #history()} from this stepper's predictor; null forgets all history. */
    default void restoreHistory(Object history) {
    }
}
