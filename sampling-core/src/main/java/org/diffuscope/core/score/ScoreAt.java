package org.diffuscope.core.score;

import org.diffuscope.core.target.Marginal;

/**
 * A {@link ScoreModel} prepared at one time t: immutable and shared between threads; each thread evaluates it
 * through its own {@link #kernel()}.
 */
public interface ScoreAt {

    double t();

    /** The exact marginal p_t (for exact log-densities and responsibilities). */
    Marginal marginal();

    /** A new kernel with its own scratch space; one per thread, reused for every block that thread handles. */
    ScoreKernel kernel();
}
