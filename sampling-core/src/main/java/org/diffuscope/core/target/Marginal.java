package org.diffuscope.core.target;

/**
 * The exact noised marginal {@code p_t = law(alpha x_0 + sigma z)} of a {@link Target} at one time. Immutable and
 * shareable between threads; per-thread work goes through {@link #evaluator()}.
 */
public interface Marginal {

    int dim();

    double alpha();

    double sigma();

    /** A new evaluator with its own scratch space; one per thread. */
    Evaluator evaluator();
}
