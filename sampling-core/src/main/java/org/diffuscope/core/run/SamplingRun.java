package org.diffuscope.core.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.diffuscope.core.corrector.Corrector;
import org.diffuscope.core.corrector.CorrectorCall;
import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.CorrectorStepper;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.sampler.BlockPool;
import org.diffuscope.core.sampler.StepContext;
import org.diffuscope.core.sampler.Stepper;

/**
 * The driver both the window and the CLI use: draws the prior, then alternates predictor steps and corrector calls
 * over the grid, tells observers about every state, counts score evaluations, and stops on non-finite particles.
 * Randomness follows cli.md: prior from (seed, PRIOR, block), predictor noise of step i from (seed, PREDICTOR, i,
 * block), corrector noise of step i, iteration j from (seed, CORRECTOR, i, j, block), in fixed blocks of
 * {@link RandomStreams#BLOCK} particles, so results are bit-identical for any thread count. Not thread-safe: drive
 * it from one thread. Owns a worker pool: close it.
 */
public final class SamplingRun implements AutoCloseable {

    private final RunConfig config;
    /** Times in the order of travel: the grid for REVERSE, the grid upside down for FORWARD. */
    private final double[] times;
    private final int gridSteps;
    private final int count;
    private final int dim;
    private final BlockPool pool;
    private final StepContext ctx;
    private final Stepper predictor;
    private final CorrectorStepper corrector;
    private final ExactMoves moves;
    private final List<StepObserver> observers = new CopyOnWriteArrayList<>();
    private double[] x;
    private double[] out;
    private boolean initialised;
    private boolean finished;
    private boolean denoised;
    private int stepIndex;
    private double t;
    private long nfe;
    private int rejected;
    private long proposals;
    private long acceptances;
    private long logpEvaluations;
    private double clockSinceCorrector;
    private Divergence divergence;

    public SamplingRun(RunConfig config) {
        this.config = config;
        double[] grid = config.grid().times();
        this.gridSteps = grid.length - 1;
        this.times = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            times[i] = config.direction() == Direction.REVERSE ? grid[i] : grid[gridSteps - i];
        }
        this.count = config.count();
        this.dim = config.target().dim();
        this.pool = new BlockPool(config.threads());
        this.ctx = new StepContext(config.target(), config.score(), count, config.seed(), pool, gridSteps);
        boolean reverse = config.direction() == Direction.REVERSE;
        this.predictor = reverse ? config.predictor().stepper(ctx) : null;
        Corrector c = config.corrector().corrector();
        this.corrector = reverse && !c.isNone() ? c.stepper(ctx) : null;
        this.moves = new ExactMoves(ctx);
        this.x = new double[count * dim];
        this.out = new double[count * dim];
    }

    /** A builder of the run's configuration; {@code build()} gives the run. */
    public static RunConfig.Builder builder(DiffusedTarget target) {
        return RunConfig.builder(target);
    }

    public RunConfig config() {
        return config;
    }

    public void addObserver(StepObserver observer) {
        observers.add(observer);
    }

    public void removeObserver(StepObserver observer) {
        observers.remove(observer);
    }

    /** Draws (or copies) the starting particles and resets every counter; observers see an INIT event. */
    public void init() {
        if (config.initial() != null) {
            System.arraycopy(config.initial().data(), 0, x, 0, x.length);
        } else {
            moves.start(times[0], config.direction() == Direction.FORWARD || config.prior() == Prior.EXACT, x);
        }
        initialised = true;
        finished = false;
        denoised = false;
        divergence = null;
        stepIndex = 0;
        t = times[0];
        nfe = 0;
        rejected = 0;
        proposals = 0;
        acceptances = 0;
        logpEvaluations = 0;
        clockSinceCorrector = 0;
        ctx.setEvaluations(0);
        if (predictor != null) {
            predictor.restoreHistory(null);
        }
        emit(Phase.INIT, 0, t);
    }

    /**
     * One predictor step plus its corrector calls (and the final denoise after the last step). Initialises the
     * run first if needed.
     *
     * @throws IllegalStateException when the run is finished or has diverged (restore a snapshot or init again)
     */
    public StepResult step() {
        if (!initialised) {
            init();
        }
        if (divergence != null) {
            throw new IllegalStateException(divergence.message() + " (restore a snapshot or init() again)");
        }
        if (finished) {
            throw new IllegalStateException("the run is finished at t = " + t);
        }
        long nfeBefore = nfe;
        Divergence failed = config.direction() == Direction.FORWARD ? forwardStep() : reverseStep();
        if (failed != null) {
            divergence = failed;
        }
        return new StepResult(stepIndex, t, nfe - nfeBefore, nfe, finished, failed);
    }

    private Divergence reverseStep() {
        int i = stepIndex;
        boolean adaptive = config.predictor().adaptive();
        double tNext = adaptive ? times[gridSteps] : times[i + 1];
        CorrectorSettings cs = config.corrector();
        Corrector c = cs.corrector();
        if (corrector != null && c.beforePredictor() && i % cs.every() == 0) {
            Divergence failed = correct(i, i, adaptive ? Double.NaN : tNext);
            if (failed != null) {
                return failed;
            }
        }
        int rejectedBefore = predictor.rejectedSteps();
        nfe += predictor.step(i, t, tNext, x, out);
        rejected += predictor.rejectedSteps() - rejectedBefore;
        double reached = predictor.reached();
        int bad = countNonFinite(out);
        if (bad > 0) {
            return new Divergence(i, reached, bad, Phase.PREDICTOR);
        }
        double tPrev = t;
        swap();
        stepIndex = i + 1;
        t = reached;
        emit(Phase.PREDICTOR, stepIndex, t);
        boolean last = adaptive ? t == tNext : stepIndex == gridSteps;
        if (corrector != null && !c.beforePredictor() && correctorDue(i, tPrev, last)) {
            Divergence failed = correct(i, stepIndex, Double.NaN);
            if (failed != null) {
                return failed;
            }
        }
        if (last) {
            finished = true;
            if (config.denoise()) {
                return denoise();
            }
        }
        return null;
    }

    /** Fixed schedule: after every k-th step. Paper's schedule: after OU-clock segments of length 1/L(t). */
    private boolean correctorDue(int i, double tPrev, boolean last) {
        CorrectorSettings cs = config.corrector();
        if (!cs.paperSchedule()) {
            return (i + 1) % cs.every() == 0;
        }
        clockSinceCorrector += ouClock(tPrev) - ouClock(t);
        if (last || clockSinceCorrector >= 1 / config.smoothness().at(t)) {
            clockSinceCorrector = 0;
            return true;
        }
        return false;
    }

    /** {@code -log alpha} of the equivalent VP process, {@code 1/2 log(1 + e^(-2 lambda))}; defined for VE too. */
    private double ouClock(double time) {
        ForwardProcess p = config.target().process();
        return p.variancePreserving() ? p.ouClock(time) : 0.5 * Math.log1p(Math.exp(-2 * p.lambda(time)));
    }

    private Divergence correct(int i, int eventStep, double tNext) {
        CorrectorSettings cs = config.corrector();
        Corrector c = cs.corrector();
        double smoothness = c.needsSmoothness(cs.paperSchedule()) ? config.smoothness().at(t) : Double.NaN;
        CorrectorCall call = c.plan(smoothness, cs.steps(), cs.paperSchedule());
        long p0 = corrector.proposals();
        long a0 = corrector.acceptances();
        long l0 = corrector.logpEvaluations();
        nfe += corrector.correct(i, t, tNext, call, x, out);
        proposals += corrector.proposals() - p0;
        acceptances += corrector.acceptances() - a0;
        logpEvaluations += corrector.logpEvaluations() - l0;
        int bad = countNonFinite(out);
        if (bad > 0) {
            return new Divergence(eventStep, t, bad, Phase.CORRECTOR);
        }
        swap();
        emit(Phase.CORRECTOR, eventStep, t);
        return null;
    }

    /** Tweedie: {@code x <- (x + sigma^2 s)/alpha} at the final time. */
    private Divergence denoise() {
        nfe += moves.denoise(t, x, out);
        int bad = countNonFinite(out);
        if (bad > 0) {
            return new Divergence(stepIndex, t, bad, Phase.DENOISE);
        }
        swap();
        denoised = true;
        emit(Phase.DENOISE, stepIndex, t);
        return null;
    }

    /** Exact noising from t_i to t_{i+1} > t_i (no score). */
    private Divergence forwardStep() {
        int i = stepIndex;
        double tNext = times[i + 1];
        moves.noise(i, t, tNext, x, out);
        int bad = countNonFinite(out);
        if (bad > 0) {
            return new Divergence(i, tNext, bad, Phase.PREDICTOR);
        }
        swap();
        stepIndex = i + 1;
        t = tNext;
        finished = stepIndex == gridSteps;
        emit(Phase.PREDICTOR, stepIndex, t);
        return null;
    }

    /** Steps until the run is finished or diverges; returns the last step's result. */
    public StepResult solve() {
        if (!initialised) {
            init();
        }
        StepResult r = new StepResult(stepIndex, t, 0, nfe, finished, divergence);
        while (!finished && divergence == null) {
            r = step();
        }
        return r;
    }

    private int countNonFinite(double[] a) {
        return moves.countNonFinite(a);
    }

    private void swap() {
        double[] tmp = x;
        x = out;
        out = tmp;
    }

    private void emit(Phase phase, int step, double time) {
        if (observers.isEmpty()) {
            return;
        }
        StepEvent event = new StepEvent(phase, step, time, new ParticlesView(count, dim, x));
        for (StepObserver o : observers) {
            o.onStep(event);
        }
    }

    /** The full state, to {@link #restore} later (scrubbing, branching). */
    public Snapshot snapshot() {
        return snapshot(true);
    }

    /**
     * The same state as {@link #snapshot()} around the run's own particle array, not a copy: for a caller that copies
     * the particles before the next step and keeps none of them (the window's history copies them off the heap; a
     * 1.6 MB clone per step at 100k particles was garbage at once).
     */
    public Snapshot snapshotSharingParticles() {
        return snapshot(false);
    }

    private Snapshot snapshot(boolean copy) {
        requireInit();
        Particles particles = new Particles(count, dim, copy ? x.clone() : x);
        return new Snapshot(config.direction(), stepIndex, t, particles, nfe,
                ctx.evaluations(), rejected, proposals, acceptances, logpEvaluations, clockSinceCorrector, finished,
                denoised, config.predictor(), predictor == null ? null : predictor.history());
    }

    /**
     * Restores a snapshot of this run, or of a run with other settings on the same grid and particle count (then
     * the predictor's history is kept only if the predictor is the same). Clears any divergence.
     */
    public void restore(Snapshot s) {
        Particles p = s.particles();
        if (p.count() != count || p.dim() != dim) {
            throw new IllegalArgumentException("snapshot has " + p.count() + " x " + p.dim() + " particles, the run "
                    + count + " x " + dim);
        }
        if (s.direction() != config.direction()) {
            throw new IllegalArgumentException("snapshot of a " + s.direction() + " run, this run is " + config.direction());
        }
        boolean adaptive = config.direction() == Direction.REVERSE && config.predictor().adaptive();
        boolean onGrid = s.step() <= gridSteps && times[s.step()] == s.t();
        boolean inRange = s.t() <= times[0] && s.t() >= times[gridSteps];
        if (adaptive ? !inRange : !onGrid) {
            throw new IllegalArgumentException("snapshot at step " + s.step() + ", t = " + s.t()
                    + " is not on this run's grid");
        }
        System.arraycopy(p.data(), 0, x, 0, x.length);
        stepIndex = s.step();
        t = s.t();
        nfe = s.nfe();
        ctx.setEvaluations(s.evaluations());
        rejected = s.rejected();
        proposals = s.proposals();
        acceptances = s.acceptances();
        logpEvaluations = s.logpEvaluations();
        clockSinceCorrector = s.clockSinceCorrector();
        finished = s.finished();
        denoised = s.denoised();
        divergence = null;
        initialised = true;
        if (predictor != null) {
            predictor.restoreHistory(s.predictor().equals(config.predictor()) ? s.predictorHistory() : null);
        }
    }

    private void requireInit() {
        if (!initialised) {
            throw new IllegalStateException("the run is not initialised: call init() first");
        }
    }

    /** The current particles (a copy). */
    public Particles particles() {
        requireInit();
        return new Particles(count, dim, x.clone());
    }

    /** A read-only view of the current particles, valid until the run moves on. */
    public ParticlesView view() {
        requireInit();
        return new ParticlesView(count, dim, x);
    }

    /** Copies the current particles into {@code dst[0 .. count d)} (no allocation). dst: Modified. */
    public void copyParticlesTo(double[] dst) {
        requireInit();
        System.arraycopy(x, 0, dst, 0, x.length);
    }

    /** The time of the current particles. */
    public double time() {
        return initialised ? t : times[0];
    }

    /** Predictor steps completed. */
    public int stepIndex() {
        return stepIndex;
    }

    /** Steps of the grid; for an adaptive predictor the steps taken once finished, -1 before. */
    public int stepCount() {
        if (config.direction() == Direction.REVERSE && config.predictor().adaptive()) {
            return finished ? stepIndex : -1;
        }
        return gridSteps;
    }

    /** Batch score evaluations so far (one score of all particles = 1). */
    public long nfe() {
        return nfe;
    }

    /** Batch evaluations of the exact log p_t so far (mala). */
    public long logpEvaluations() {
        return logpEvaluations;
    }

    /** Accepted predictor steps (= {@link #stepIndex()}). */
    public int acceptedSteps() {
        return stepIndex;
    }

    /** Rejected trial steps (rk45). */
    public int rejectedSteps() {
        return rejected;
    }

    /** Fraction of accepted Metropolis proposals (mala); NaN when there were none. */
    public double acceptanceRate() {
        return proposals == 0 ? Double.NaN : (double) acceptances / proposals;
    }

    public boolean isInitialised() {
        return initialised;
    }

    public boolean isFinished() {
        return finished;
    }

    /** True once the final Tweedie step has been applied. */
    public boolean isDenoised() {
        return denoised;
    }

    /** The divergence that stopped the run, or null. */
    public Divergence divergence() {
        return divergence;
    }

    @Override
    public void close() {
        pool.close();
    }
}
