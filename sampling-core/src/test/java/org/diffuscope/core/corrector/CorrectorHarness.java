package org.diffuscope.core.corrector;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.sampler.BlockPool;
import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.score.ScoreModel;

/** Runs one corrector on its own, at a fixed time, for tests. */
final class CorrectorHarness implements AutoCloseable {

    final DiffusedTarget target;
    final BlockPool pool;
    final StepContext ctx;
    final CorrectorStepper stepper;
    final Corrector corrector;
    long nfe;

    CorrectorHarness(DiffusedTarget target, Corrector corrector, int count, long seed, int threads) {
        this.target = target;
        this.corrector = corrector;
        this.pool = new BlockPool(threads);
        this.ctx = new StepContext(target, ScoreModel.exact(target), count, seed, pool, 1);
        this.stepper = corrector.stepper(ctx);
    }

    /** Applies calls of the given plan at time t; returns the particles after them. x: Not modified. */
    Particles run(Particles x, double t, CorrectorCall call, int calls) {
        double[] cur = x.data().clone();
        double[] out = new double[cur.length];
        for (int c = 0; c < calls; c++) {
            nfe += stepper.correct(c, t, Double.NaN, call, cur, out);
            double[] tmp = cur;
            cur = out;
            out = tmp;
        }
        return new Particles(x.count(), x.dim(), cur);
    }

    @Override
    public void close() {
        pool.close();
    }
}
