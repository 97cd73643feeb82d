package org.diffuscope.core.score;

import org.diffuscope.core.process.DiffusedTarget;

/**
 * The score {@code s(x, t) ~ grad log p_t(x)} a sampler sees: exact ({@link ExactScore}) or perturbed by a
 * simulated learned-score error ({@link PerturbedScore}, science.md §6). Per-time setup happens once in
 * {@link #at(double)}; per-particle work goes through per-thread {@link ScoreKernel}s. Implementations are
 * immutable (up to internal caches) and thread-safe.
 */
public interface ScoreModel {

    /** The diffused target whose exact score this model starts from. */
    DiffusedTarget target();

    /** The score at time t, with its per-time setup (marginal, factorisations, calibration) done. */
    ScoreAt at(double t);

    /** False when the score is redrawn at every evaluation (score error {@code noise}): no ODE is then smooth. */
    default boolean deterministic() {
        return true;
    }

    /** The exact score of p_t. */
    static ScoreModel exact(DiffusedTarget target) {
        return new ExactScore(target);
    }

    /** The exact score plus a simulated learned-score error of the given kind and RMS size; seed fixes it. */
    static ScoreModel perturbed(DiffusedTarget target, ScoreError error, long seed) {
        return error.size() == 0 ? new ExactScore(target) : new PerturbedScore(target, error, seed);
    }
}
