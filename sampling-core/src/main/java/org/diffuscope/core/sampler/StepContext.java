package org.diffuscope.core.sampler;

import java.util.SplittableRandom;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.score.ScoreAt;
import org.diffuscope.core.score.ScoreModel;

/**
 * What the steppers of one run share: the problem (target, process, score model), the particle count, the seed
 * and its noise streams (cli.md, "Randomness"), the worker pool, and the counter of batch score evaluations whose
 * value indexes each evaluation (the {@code noise} score error is keyed by it). Mutable; owned by one run.
 */
public final class StepContext {

    private final DiffusedTarget target;
    private final ScoreModel score;
    private final int count;
    private final long seed;
    private final BlockPool pool;
    private final int gridSteps;
    private long evaluations;

    /**
     * @param gridSteps N, the number of steps of the run's grid (EDM churn's S_churn/N; rk45's first step)
     */
    public StepContext(DiffusedTarget target, ScoreModel score, int count, long seed, BlockPool pool, int gridSteps) {
        if (count < 1) {
            throw new IllegalArgumentException("particle count must be >= 1, got " + count);
        }
        if (gridSteps < 1) {
            throw new IllegalArgumentException("grid steps must be >= 1, got " + gridSteps);
        }
        this.target = target;
        this.score = score;
        this.count = count;
        this.seed = seed;
        this.pool = pool;
        this.gridSteps = gridSteps;
    }

    public DiffusedTarget target() {
        return target;
    }

    public ForwardProcess process() {
        return target.process();
    }

    public ScoreModel score() {
        return score;
    }

    public int count() {
        return count;
    }

    public int dim() {
        return target.dim();
    }

    public long seed() {
        return seed;
    }

    public BlockPool pool() {
        return pool;
    }

    public int workers() {
        return pool.threads();
    }

    public int gridSteps() {
        return gridSteps;
    }

    /** The score model prepared at t (per-time setup). */
    public ScoreAt scoreAt(double t) {
        return score.at(t);
    }

    /** Reserves the index of the next batch score evaluation. */
    public long nextEvaluation() {
        return evaluations++;
    }

    /** Batch score evaluations reserved so far. */
    public long evaluations() {
        return evaluations;
    }

    /** Resets the evaluation counter (restoring a snapshot). */
    public void setEvaluations(long evaluations) {
        this.evaluations = evaluations;
    }

    /** The predictor's noise of step i for one block: stream (seed, PREDICTOR, i, block). */
    public SplittableRandom predictorNoise(int step, int block) {
        return RandomStreams.stream(seed, RandomStreams.PREDICTOR, step, block);
    }

    /** The corrector's noise of step i, iteration j, for one block: stream (seed, CORRECTOR, i, j, block). */
    public SplittableRandom correctorNoise(int step, int iteration, int block) {
        return RandomStreams.stream(seed, RandomStreams.CORRECTOR, step, iteration, block);
    }

    /** Fills {@code z[lo .. hi)} with standard normals drawn in order from rng. */
    public static void gaussians(SplittableRandom rng, double[] z, int lo, int hi) {
        for (int q = lo; q < hi; q++) {
            z[q] = rng.nextGaussian();
        }
    }
}
