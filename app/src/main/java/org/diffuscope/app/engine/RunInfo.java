package org.diffuscope.app.engine;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * Static facts of a run, for the timeline strip and the numbers panel: its settings, the exact problem, the grid
 * times, where the corrector runs, and the display projection.
 *
 * @param times           grid times, t-max down to t-min (a FORWARD run walks them upwards)
 * @param correctorEvery  a corrector call after every k-th predictor step, or 0 for none (or the paper's schedule)
 * @param branchedAt      time at which this run branched from an earlier one, or NaN
 */
public record RunInfo(ExperimentConfig config, DiffusedTarget target, double[] times, int correctorEvery,
                      boolean correctorBeforePredictor, Projection projection, double branchedAt) {
}
