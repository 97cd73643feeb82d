package org.diffuscope.core.target;

import java.util.function.Supplier;

/**
 * A {@link Marginal} whose evaluators are made by a factory that captured the target and the scales; the common
 * shape of every target but the Gaussian mixture.
 */
record FixedMarginal(int dim, double alpha, double sigma, Supplier<Evaluator> factory) implements Marginal {

    @Override
    public Evaluator evaluator() {
        return factory.get();
    }
}
