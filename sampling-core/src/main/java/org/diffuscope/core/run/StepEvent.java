package org.diffuscope.core.run;

/**
 * One state of a run, as observers see it.
 *
 * @param phase     what produced it
 * @param step      predictor steps completed (for a gridded run, t is the grid time of that index)
 * @param t         the time of the particles
 * @param particles the particles, read-only and valid only during the callback
 */
public record StepEvent(Phase phase, int step, double t, ParticlesView particles) {
}
