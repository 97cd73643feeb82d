package org.diffuscope.core.metric;

import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/**
 * One thread's tools for evaluating a marginal's log-density over chunks of rows: its evaluator, room for a chunk of
 * rows and their log-densities (reused across the blocks of a pass, see {@link Blocks#run(int, boolean,
 * java.util.function.Supplier, Blocks.ScratchTask)}).
 */
record RowScratch(Evaluator ev, double[] rows, double[] logp) {

    static RowScratch of(Marginal marginal, int chunk, int dim) {
        return new RowScratch(marginal.evaluator(), new double[chunk * dim], new double[chunk]);
    }
}
