package org.diffuscope.core.score;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/** The exact score {@code grad log p_t} of a diffused target (science.md §2). */
public record ExactScore(DiffusedTarget target) implements ScoreModel {

    public ExactScore {
        if (target == null) {
            throw new IllegalArgumentException("target is required");
        }
    }

    @Override
    public ScoreAt at(double t) {
        Marginal marginal = target.marginal(t);
        return new ScoreAt() {
            @Override
            public double t() {
                return t;
            }

            @Override
            public Marginal marginal() {
                return marginal;
            }

            @Override
            public ScoreKernel kernel() {
                return new Kernel(marginal.evaluator());
            }
        };
    }

    /** Exact scores through the target's evaluator; log p_t comes for free with each score. */
    private record Kernel(Evaluator ev) implements ScoreKernel {
        @Override
        public void scoreRows(long evaluation, double[] x, int from, int to, double[] s, double[] logp) {
            if (logp == null) {
                ev.scoreRows(x, from, to, s);
                return;
            }
            int d = ev.dim();
            for (int i = from; i < to; i++) {
                logp[i] = ev.score(x, i * d, s, i * d);
            }
        }
    }
}
