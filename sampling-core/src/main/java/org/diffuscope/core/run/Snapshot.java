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
}
