package org.diffuscope.core.score;

import java.util.concurrent.atomic.AtomicLong;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Marginal;

/** Wraps a score model and counts the rows it scores: rows / particle count = batch evaluations (NFE). */
public final class CountingScore implements ScoreModel {

    private final ScoreModel inner;
    private final AtomicLong rows = new AtomicLong();

    public CountingScore(ScoreModel inner) {
        this.inner = inner;
    }

    public long rows() {
        return rows.get();
    }

    @Override
    public DiffusedTarget target() {
        return inner.target();
    }

    @Override
    public ScoreAt at(double t) {
        ScoreAt at = inner.at(t);
        return new ScoreAt() {
            @Override
            public double t() {
                return t;
            }

            @Override
            public Marginal marginal() {
                return at.marginal();
            }

            @Override
            public ScoreKernel kernel() {
                ScoreKernel k = at.kernel();
                return (evaluation, x, from, to, s, logp) -> {
                    rows.addAndGet(to - from);
                    k.scoreRows(evaluation, x, from, to, s, logp);
                };
            }
        };
    }
}
