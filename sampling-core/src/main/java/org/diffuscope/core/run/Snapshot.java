package org.diffuscope.core.run;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.sampler.Predictor;

/**
 * The full state of a run at one point, immutable: restoring it into the same run (or a run with other settings on
 * the same grid) continues from there; with the same settings the continuation is bit-identical, because every
 * random stream is keyed by the step index.
 */
public record Snapshot(Direction direction, int step, double t, Particles particles, long nfe, long evaluations,
        int rejected, long proposals, long acceptances, long logpEvaluations, double clockSinceCorrector,
        boolean finished, boolean denoised, Predictor predictor, Object predictorHistory) {

    /** The particles (a copy). */
    @Override
    public Particles particles() {
        return particles.copy();
    }

    /** Particle count and dimension. */
    public int count() {
        return particles.count();
    }

    public int dim() {
        return particles.dim();
    }

    /** Writes the coordinates (count x dim, row-major) into out from its index 0, without an intermediate copy. */
    public void writeCoordinates(java.nio.DoubleBuffer out) {
        out.put(0, particles.data());
    }

    /** The same state with other particles (same count and dimension, not copied); null only for a holder's shell. */
    public Snapshot withParticles(Particles p) {
        return new Snapshot(direction, step, t, p, nfe, evaluations, rejected, proposals, acceptances, logpEvaluations,
                clockSinceCorrector, finished, denoised, predictor, predictorHistory);
    }
}
