package org.diffuscope.core.run;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.SmoothnessCache;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.sampler.ExponentialIntegrator;
import org.diffuscope.core.sampler.Predictor;
import org.diffuscope.core.schedule.TimeGrid;
import org.diffuscope.core.score.ScoreError;
import org.diffuscope.core.score.ScoreModel;

/**
 * Everything a {@link SamplingRun} needs, as one validated value (build it with {@link #builder}).
 *
 * @param target     the diffused target (problem)
 * @param predictor  the predictor (ignored by FORWARD runs)
 * @param corrector  corrector and its schedule (ignored by FORWARD runs)
 * @param grid       the times; a FORWARD run walks them upwards
 * @param score      the score the samplers see
 * @param count      particle count, >= 1
 * @param initial    starting particles (copied at init), or null to draw them
 * @param prior      NORMAL or EXACT (reverse runs without initial particles)
 * @param seed       the run's 64-bit seed
 * @param threads    worker threads, >= 1
 * @param direction  REVERSE (sampling) or FORWARD (noising)
 * @param denoise    a final Tweedie step {@code x <- (x + sigma^2 s)/alpha} at t-min (REVERSE only)
 * @param smoothness the cache of L(t) (shareable between runs on the same target)
 */
public record RunConfig(DiffusedTarget target, Predictor predictor, CorrectorSettings corrector, TimeGrid grid,
        ScoreModel score, int count, Particles initial, Prior prior, long seed, int threads, Direction direction,
        boolean denoise, SmoothnessCache smoothness) {

    public RunConfig {
        if (target == null || predictor == null || corrector == null || grid == null || score == null
                || prior == null || direction == null || smoothness == null) {
            throw new IllegalArgumentException("target, predictor, corrector, grid, score, prior, direction and "
                    + "smoothness are required");
        }
        if (!score.target().equals(target)) {
            throw new IllegalArgumentException("the score model belongs to another target");
        }
        if (smoothness.target() != target && !smoothness.target().equals(target)) {
            throw new IllegalArgumentException("the smoothness cache belongs to another target");
        }
        if (predictor.adaptive() && !score.deterministic() && direction == Direction.REVERSE) {
            throw new IllegalArgumentException(predictor.name() + " needs a deterministic score: score error noise "
                    + "redraws it at every evaluation, so no step size meets the tolerance");
        }
        if (grid.tMax() > target.process().tLimit()) {
            throw new IllegalArgumentException("t-max must be <= " + target.process().tLimit() + " for "
                    + target.process().name() + ", got " + grid.tMax());
        }
        if (initial != null) {
            if (initial.dim() != target.dim()) {
                throw new IllegalArgumentException("initial particles have dimension " + initial.dim()
                        + ", the target " + target.dim());
            }
            if (initial.count() != count) {
                throw new IllegalArgumentException("particles (" + count + ") disagrees with the initial particles ("
                        + initial.count() + ")");
            }
        }
        if (count < 1) {
            throw new IllegalArgumentException("particles must be >= 1, got " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (denoise && direction == Direction.FORWARD) {
            throw new IllegalArgumentException("denoise applies to reverse runs only");
        }
    }

    public static Builder builder(DiffusedTarget target) {
        return new Builder(target);
    }

    /** This configuration as a builder, to change some settings (branching from a snapshot). */
    public Builder toBuilder() {
        Builder b = new Builder(target);
        b.predictor = predictor;
        b.corrector = corrector;
        b.grid = grid;
        b.score = score;
        b.count = count;
        b.initial = initial;
        b.prior = prior;
        b.seed = seed;
        b.threads = threads;
        b.direction = direction;
        b.denoise = denoise;
        b.smoothness = smoothness;
        return b;
    }

    /**
     * Builds a {@link RunConfig}. Defaults: predictor ode-ei, corrector none, the log-SNR grid of 100 steps over
     * the process's default interval, exact score, 10000 particles, prior NORMAL, seed 0, all available cores,
     * REVERSE, no denoise.
     */
    public static final class Builder {
        private final DiffusedTarget target;
        private Predictor predictor = new ExponentialIntegrator();
        private CorrectorSettings corrector = CorrectorSettings.none();
        private TimeGrid grid;
        private ScoreModel score;
        private ScoreError scoreError;
        private int count = 10_000;
        private Particles initial;
        private Prior prior = Prior.NORMAL;
        private long seed;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Direction direction = Direction.REVERSE;
        private boolean denoise;
        private SmoothnessCache smoothness;

        private Builder(DiffusedTarget target) {
            if (target == null) {
                throw new IllegalArgumentException("target is required");
            }
            this.target = target;
        }

        public Builder predictor(Predictor p) {
            this.predictor = p;
            return this;
        }

        public Builder corrector(CorrectorSettings c) {
            this.corrector = c;
            return this;
        }

        public Builder grid(TimeGrid g) {
            this.grid = g;
            return this;
        }

        /** The default log-SNR grid with this many steps over the process's default interval. */
        public Builder steps(int steps) {
            this.grid = TimeGrid.standard(target.process(), steps);
            return this;
        }

        /** Explicit times, strictly decreasing. */
        public Builder times(double... times) {
            this.grid = TimeGrid.explicit(times);
            return this;
        }

        public Builder score(ScoreModel s) {
            this.score = s;
            this.scoreError = null;
            return this;
        }

        /** A simulated score error, fixed by the run's seed (science.md §6). */
        public Builder scoreError(ScoreError e) {
            this.scoreError = e;
            this.score = null;
            return this;
        }

        public Builder particles(int n) {
            this.count = n;
            this.initial = null;
            return this;
        }

        /** Starting particles (copied at init); sets the particle count. */
        public Builder initial(Particles p) {
            this.initial = p;
            this.count = p.count();
            return this;
        }

        public Builder prior(Prior p) {
            this.prior = p;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder direction(Direction d) {
            this.direction = d;
            return this;
        }

        public Builder denoise(boolean on) {
            this.denoise = on;
            return this;
        }

        public Builder smoothness(SmoothnessCache cache) {
            this.smoothness = cache;
            return this;
        }

        public RunConfig config() {
            TimeGrid g = grid != null ? grid : TimeGrid.standard(target.process(), 100);
            ScoreModel s = score != null ? score
                    : scoreError != null ? ScoreModel.perturbed(target, scoreError, seed) : ScoreModel.exact(target);
            SmoothnessCache l = smoothness != null ? smoothness : new SmoothnessCache(target);
            return new RunConfig(target, predictor, corrector, g, s, count, initial, prior, seed, threads, direction,
                    denoise, l);
        }

        /** A new run with this configuration (not yet initialised). */
        public SamplingRun build() {
            return new SamplingRun(config());
        }
    }
}
