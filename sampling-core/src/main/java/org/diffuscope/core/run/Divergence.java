package org.diffuscope.core.run;

/**
 * A run stopped because some particles became non-finite; the run keeps the last finite state.
 *
 * @param step  predictor steps completed when it happened (the step that failed is step + 1 for a predictor)
 * @param t     the time the failing phase was moving to (or working at, for a corrector)
 * @param count particles with a non-finite coordinate
 * @param phase the phase that produced them
 */
public record Divergence(int step, double t, int count, Phase phase) {

    /** A one-line explanation suggesting a remedy. */
    public String message() {
        return "the run diverged: " + count + " particle" + (count == 1 ? "" : "s") + " became non-finite in the "
                + phase.label() + " at step " + step + ", t = " + t + "; try a smaller "
                + (phase == Phase.CORRECTOR ? "corrector step (e.g. auto)" : "step (more steps)");
    }
}
