package org.diffuscope.app.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.run.Phase;
import org.diffuscope.core.run.RunConfig;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.Snapshot;
import org.diffuscope.core.run.StepEvent;
import org.diffuscope.core.run.StepResult;

/**
 * One worker thread that owns the sampling run: commands come in through a queue (load, play, pause, step, reset,
 * seek, apply settings), the newest {@link Frame} goes out through one atomic slot that the window's animation
 * timer reads, and status changes go to a listener (on the worker thread). Nothing here blocks the caller, and
 * nothing here touches JavaFX.
 */
public final class Engine implements AutoCloseable {

    /** The most earlier frames a published frame carries for trails. */
    public static final int TRAIL_FRAMES = 64;
    /** Frames kept on the heap beyond the trail: the frame shown and those back to the previous time (correctors). */
    private static final int RECENT_BEYOND_TRAIL = 4;
    /** Playback rate meaning "as fast as the run goes". */
    public static final double MAX_SPEED = 0;

    /** Receives status changes, on the worker thread. */
    public interface Listener {
        void status(EngineStatus status);
    }

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final DisplayPacing pacing = new DisplayPacing();
    private final Thread worker;
    private final Listener listener;
    private final int threads;
    private final long budgetBytes;
    private volatile boolean closed;

    // worker-thread state
    private ExperimentConfig config;
    private DiffusedTarget target;
    private RunInfo info;
    private SamplingRun run;
    private final FrameMetrics frameMetrics = new FrameMetrics();
    private FrameColours colours;
    private History history;
    /** Off-heap memory of the history's snapshots and frame points, kept from one run to the next. */
    private final History.Memory memory = History.Memory.direct();
    private Particles scratch;
    private Projection projection;
    private ProjectionChoice projectionChoice = ProjectionChoice.defaults();
    private ProjectionChoice builtChoice;
    private org.diffuscope.app.viewmodel.TargetChoice builtFor;
    private int stepOffset;
    private long nfeOffset;
    private boolean recordInit;
    private int cursor;
    private long generation;
    private boolean playing;
    private boolean finished;
    private String problem;
    private double framesPerSecond = 12;
    private boolean loop;
    private long nextTick;
    private long publishedAt;
    private ColorMode colorMode = ColorMode.PLAIN;
    private int trailFrames = TRAIL_FRAMES;
    private int[] highlighted = new int[0];

    /**
     * @param threads     worker threads of each sampling run
     * @param budgetBytes memory the history (frames and snapshots) may hold
     */
    public Engine(int threads, long budgetBytes, Listener listener) {
        this.threads = threads;
        this.budgetBytes = budgetBytes;
        this.listener = listener;
        this.worker = new Thread(this::loop, "diffuscope-engine");
        worker.setDaemon(true);
        worker.start();
    }

    /** The newest frame, or null before the first load. Any thread. */
    public Frame latest() {
        return latest.get();
    }

    /**
     * The frame a display shows next (any thread): while paced ({@link #pacedByDisplay}), the oldest frame of a run
     * playing at a set rate that the display has not taken yet; otherwise, or with none waiting, the newest.
     */
    public Frame next() {
        return pacing.next(latest.get());
    }

    /** Loads an experiment and draws its initial particles (a restart from the prior). */
    public void load(ExperimentConfig c) {
        post(() -> doLoad(c));
    }

    /**
     * Applies new settings: a restart from the prior, or a branch that continues from the frame on display. Settings
     * that change the problem itself (target, process, particles, seed, direction, prior) restart, except that
     * switching a noising run back to sampling always continues from the noised particles ("run it back").
     */
    public void apply(ExperimentConfig c, boolean continueFromNow) {
        post(() -> {
            boolean runItBack = config != null && config.forward() && !c.forward() && sameProblem(config, c);
            if (runItBack || (continueFromNow && config != null && canBranch(config, c))) {
                branch(c);
            } else {
                doLoad(c);
            }
        });
    }

    public void play() {
        post(() -> {
            if (loop && run != null && atEnd() && finished) {
                restartLoop();
                return;
            }
            if (run != null && !(atEnd() && (finished || run.divergence() != null))) {
                playing = true;
                nextTick = System.nanoTime();
            }
            notifyStatus();
        });
    }

    public void pause() {
        post(() -> {
            playing = false;
            notifyStatus();
        });
    }

    /** One predictor step (with its corrector calls), or the next stored step when scrubbed back. */
    public void stepOnce() {
        post(() -> {
            playing = false;
            stepForward();
            notifyStatus();
        });
    }

    /**
     * Steps (or replays stored frames) while the next frame's time is at or above tau, then shows the result: all
     * panes of a race advanced to the same tau show their latest state at or before the common time. Pauses.
     */
    public void advanceTo(double tau) {
        post(() -> {
            if (history == null) {
                return;
            }
            playing = false;
            int guard = 0;
            while (guard++ < 1_000_000) {
                double next = nextTime();
                if (Double.isNaN(next) || next < tau * (1 - 1e-12)) {
                    break;
                }
                if (!atEnd()) {
                    cursor++;
                } else {
                    int before = history.size();
                    liveStep();
                    if (history.size() == before) {
                        break;
                    }
                }
            }
            publish();
            notifyStatus();
        });
    }

    /** Back to the initial particles of the current settings. */
    public void reset() {
        post(() -> {
            if (config != null) {
                doLoad(config);
            }
        });
    }

    /** Shows the frame at index (clamped to the history); pauses. */
    public void seek(int index) {
        post(() -> {
            if (history == null) {
                return;
            }
            playing = false;
            cursor = Math.max(0, Math.min(history.size() - 1, index));
            publish();
            notifyStatus();
        });
    }

    /**
     * With a display attached (on), a run playing at a set rate queues its frames for the display, which takes them
     * with {@link #next}, and waits while two are not taken ({@link DisplayPacing}): every step is shown. At
     * {@link #MAX_SPEED} the run never waits.
     */
    public void pacedByDisplay(boolean on) {
        pacing.on(on);
    }

    /** Sets the longest wait for the display (for tests). */
    void displayWait(long nanos) {
        pacing.longestWait(nanos);
    }

    /** Playback rate in frames per second, or {@link #MAX_SPEED}. */
    public void speed(double fps) {
        post(() -> framesPerSecond = fps);
    }

    /** Loop playback: a finished run restarts from the prior and plays on (an unattended demo). */
    public void loop(boolean on) {
        post(() -> loop = on);
    }

    /**
     * Hands the recorded frames that still hold points (oldest first; the history may have thinned the others) to
     * the receiver, on the worker thread. Frames are immutable, so the receiver may keep and read them anywhere.
     */
    public void recordedFrames(java.util.function.Consumer<List<Frame>> receiver) {
        post(() -> receiver.accept(history == null ? List.of() : history.framesWithPoints()));
    }

    /**
     * Hands the full-dimensional particles of the frame on display to the receiver (worker thread): the live state,
     * or the snapshot taken at that frame; null when only the display projection of that frame is kept.
     */
    public void particlesOnDisplay(java.util.function.Consumer<Particles> receiver) {
        post(() -> {
            Particles p = null;
            if (history != null && run != null && atEnd() && run.isInitialised() && run.divergence() == null) {
                p = run.particles();
            } else if (history != null) {
                Map.Entry<Integer, Snapshot> e = history.snapshotAtOrBefore(cursor);
                if (e != null && e.getKey() == cursor) {
                    p = e.getValue().particles();
                }
            }
            receiver.accept(p);
        });
    }

    /**
     * Published frames carry trails of this many earlier frames (0..{@link #TRAIL_FRAMES}): as many as the display
     * draws, so that no more frames than those are kept on the heap while a run plays.
     */
    public void trailFrames(int count) {
        if (count < 0 || count > TRAIL_FRAMES) {
            throw new IllegalArgumentException("trail frames must be in 0.." + TRAIL_FRAMES + ", got " + count);
        }
        post(() -> {
            if (count != trailFrames) {
                trailFrames = count;
                if (history != null) {
                    history.keepRecent(count + RECENT_BEYOND_TRAIL);
                    publish();
                }
            }
        });
    }

    public void colorMode(ColorMode mode) {
        post(() -> {
            colorMode = mode;
            if (history != null) {
                publish();
            }
        });
    }

    /** Follows the trajectories of these particles. */
    public void highlight(int[] indices) {
        int[] copy = indices.clone();
        post(() -> {
            highlighted = copy;
            if (history != null) {
                publish();
            }
        });
    }

    /**
     * Shows every run through this projection (2D/3D, coordinates, random, principal axes). The frames recorded so
     * far are projected again: from the frames themselves when they held the full coordinates (d <= 3), else from the
     * run snapshots taken at step ends; a frame with neither loses its points, and scrubbing shows the one before.
     */
    public void projection(ProjectionChoice choice) {
        post(() -> {
            projectionChoice = choice;
            if (history == null) {
                return;
            }
            Projection p = projectionFor(config, target);
            if (p.equals(projection)) {
                return;
            }
            reproject(p);
            info = new RunInfo(info.config(), info.target(), info.times(), info.correctorEvery(),
                    info.correctorBeforePredictor(), projection, info.branchedAt());
            publish();
            notifyStatus();
        });
    }

    /** Adds this particle to the followed ones (at most 12: the oldest goes first). */
    public void follow(int particle) {
        post(() -> {
            Frame f = latest.get();
            if (f != null && particle >= 0 && particle < f.count()) {
                addHighlight(particle);
                publish();
            }
        });
    }

    /** Adds the particle nearest to (x, y) in display coordinates to the highlighted ones (at most 12). */
    public void highlightNearest(double x, double y) {
        post(() -> {
            Frame f = latest.get();
            if (f == null || f.points() == null) {
                return;
            }
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            float[] p = f.points();
            for (int i = 0; i < f.count(); i++) {
                double dx = p[i * f.viewDim()] - x;
                double dy = p[i * f.viewDim() + 1] - y;
                double d2 = dx * dx + dy * dy;
                if (d2 < bestD) {
                    bestD = d2;
                    best = i;
                }
            }
            if (best >= 0) {
                addHighlight(best);
                publish();
            }
        });
    }

    private void addHighlight(int particle) {
        int[] next = java.util.Arrays.copyOf(highlighted, Math.min(12, highlighted.length + 1));
        if (highlighted.length >= 12) {
            System.arraycopy(highlighted, 1, next, 0, 11);
        }
        next[next.length - 1] = particle;
        highlighted = next;
    }

    /** Runs a task on the worker thread after the commands before it (for tests: a barrier). */
    public void post(Runnable command) {
        if (!closed) {
            queue.add(command);
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ worker thread

    private void loop() {
        while (!closed) {
            Runnable cmd;
            try {
                if (playing) {
                    long wait = nextTick - System.nanoTime();
                    cmd = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
                } else {
                    cmd = queue.take();
                }
            } catch (InterruptedException e) {
                break;
            }
            try {
                if (cmd != null) {
                    cmd.run();
                } else if (playing) {
                    advance();
                    nextTick = PlaybackClock.next(nextTick, PlaybackClock.period(framesPerSecond), System.nanoTime());
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                playing = false;
                problem = describe(e);
                notifyStatus();
            }
        }
        closeRun();
    }

    /** Playing at a set rate: waits while two frames wait for a paced display, or for a command. */
    private void awaitDisplay() {
        if (framesPerSecond > 0) {
            pacing.await(publishedAt, () -> !queue.isEmpty());
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: use fewer particles or fewer steps";
        }
        String m = e.getMessage();
        return m == null ? e.toString() : m;
    }

    private void doLoad(ExperimentConfig c) {
        playing = false;
        problem = null;
        finished = false;
        closeRun();
        generation++;
        if (config == null || !config.target().equals(c.target()) || config.particles() != c.particles()) {
            // particle i of another target or cloud is another particle: follow it no more (same target and cloud
            // keep them, to compare one particle's paths under two samplers)
            highlighted = new int[0];
        }
        config = c;
        DiffusedTarget dt = RunFactory.diffusedTarget(c);
        target = dt;
        frameMetrics.target(dt);
        projection = projectionFor(c, dt);
        colours = new FrameColours(dt);
        colours.projectedBy(projection);
        scratch = new Particles(c.particles(), dt.dim());
        history = new History(budgetBytes, 16L * c.particles() * dt.dim() + 1024, 8L * c.particles() * dt.dim(),
                memory);
        history.keepRecent(trailFrames + RECENT_BEYOND_TRAIL);
        stepOffset = 0;
        nfeOffset = 0;
        recordInit = true;
        RunConfig rc = RunFactory.builder(c, dt, threads).config();
        startRun(rc, Double.NaN, rc.grid().times());
        run.init();
        history.addSnapshot(0, run);
        cursor = history.size() - 1;
        publish();
        notifyStatus();
    }

    /** @param shown the grid times the timeline and the step count show: the run's, after those before a branch */
    private void startRun(RunConfig rc, double branchedAt, double[] shown) {
        run = new SamplingRun(rc);
        run.addObserver(this::record);
        int every = config.corrector().enabled() && !config.corrector().paperSchedule() ? config.corrector().every() : 0;
        info = new RunInfo(config, target, shown, every,
                "langevin-snr".equals(config.corrector().name()), projection, branchedAt);
    }

    private static boolean canBranch(ExperimentConfig a, ExperimentConfig b) {
        return sameProblem(a, b) && a.exactPrior() == b.exactPrior() && !a.forward() && !b.forward();
    }

    /** Same target, process, particles and seed: a run of one can continue as a run of the other. */
    private static boolean sameProblem(ExperimentConfig a, ExperimentConfig b) {
        return a.target().equals(b.target()) && a.process().equals(b.process()) && a.particles() == b.particles()
                && a.seed() == b.seed();
    }

    /** Continues from the snapshot at or before the frame on display, with new settings. */
    private void branch(ExperimentConfig c) {
        Map.Entry<Integer, Snapshot> e = history.snapshotAtOrBefore(cursor);
        if (e == null) {
            doLoad(c);
            return;
        }
        Snapshot snap = e.getValue();
        double t0 = snap.t();
        double[] grid = RunFactory.grid(c.sampler(), target.process()).times();
        List<Double> rest = new ArrayList<>();
        rest.add(t0);
        for (double t : grid) {
            if (t < t0 * (1 - 1e-12)) {
                rest.add(t);
            }
        }
        playing = false;
        problem = null;
        closeRun();
        generation++;
        config = c;
        history.truncateAfter(e.getKey());
        cursor = e.getKey();
        stepOffset = snap.step();
        nfeOffset = snap.nfe();
        finished = rest.size() < 2;
        if (finished) {
            publish();
            notifyStatus();
            return;
        }
        double[] times = rest.stream().mapToDouble(Double::doubleValue).toArray();
        RunConfig rc = RunFactory.builder(c, target, threads).initial(snap.particles()).times(times).config();
        recordInit = false;
        // the times before the branch stay on the timeline: the steps before it are still in the history
        List<Double> shown = new ArrayList<>();
        for (double t : info.times()) {
            if (t > t0 * (1 + 1e-12)) {
                shown.add(t);
            }
        }
        shown.addAll(rest);
        startRun(rc, t0, shown.stream().mapToDouble(Double::doubleValue).toArray());
        run.init();
        publish();
        notifyStatus();
    }

    /**
     * The time of the frame after the one on display: stored, or the live run's next grid time (an adaptive run's
     * next time is unknown: its current time is returned so it takes one step); NaN when there is none.
     */
    private double nextTime() {
        if (!atEnd()) {
            return history.meta(cursor + 1).t();
        }
        if (finished || run == null || run.divergence() != null) {
            return Double.NaN;
        }
        if (run.config().predictor().adaptive()) {
            return run.isInitialised() ? run.time() : Double.NaN;
        }
        double[] times = run.config().grid().times();
        int next = run.stepIndex() + 1;
        return next < times.length ? times[next] : Double.NaN;
    }

    private boolean atEnd() {
        return history == null || cursor >= history.size() - 1;
    }

    private void advance() {
        if (!atEnd()) {
            cursor++;
            awaitDisplay();
            publish(framesPerSecond > 0);
            return;
        }
        if (loop && finished) {
            restartLoop();
            return;
        }
        if (finished || run == null || run.divergence() != null) {
            playing = false;
            notifyStatus();
            return;
        }
        liveStep();
    }

    /** Starts the current experiment again from the prior and keeps playing (loop playback). */
    private void restartLoop() {
        doLoad(config);
        playing = true;
        nextTick = System.nanoTime();
        notifyStatus();
    }

    private void stepForward() {
        if (!atEnd()) {
            int step = history.meta(cursor).step();
            while (cursor < history.size() - 1 && history.meta(cursor + 1).step() <= step + 1) {
                cursor++;
                if (history.meta(cursor).step() == step + 1 && (cursor == history.size() - 1
                        || history.meta(cursor + 1).step() > step + 1)) {
                    break;
                }
            }
            publish();
            return;
        }
        if (!finished && run != null && run.divergence() == null) {
            liveStep();
        }
    }

    private void liveStep() {
        boolean wasPlaying = playing;
        StepResult r = run.step();
        if (r.diverged()) {
            playing = false;
            problem = r.divergence().message();
        } else {
            history.addSnapshot(history.size() - 1, run);
        }
        if (r.finished()) {
            finished = true;
            playing = loop && playing;
            colours.finish(history.last(), projection);
        }
        cursor = history.size() - 1;
        if (wasPlaying) {
            awaitDisplay();
        }
        // the last step of a run queues too: the display shows it after the ones before
        publish(wasPlaying && framesPerSecond > 0);
        if (wasPlaying != playing || r.finished() || r.diverged()) {
            notifyStatus();
        }
    }

    /** Observer of the run: every phase becomes a frame of the history. */
    private void record(StepEvent e) {
        if (e.phase() == Phase.INIT && !recordInit) {
            return;
        }
        e.particles().copyTo(scratch.data());
        if (scratch.countNonFinite() > 0) {
            // a diverging phase: the run keeps its last finite state, and so does the history
            return;
        }
        int n = scratch.count();
        float[] pts = new float[n * projection.viewDim()];
        projection.project(scratch.data(), n, pts);
        long nfe = nfeOffset + run.nfe();
        history.add(Frame.recorded(generation, history.size(), stepOffset + e.step(), e.t(), e.phase(), nfe, pts, n,
                projection.viewDim(), frameMetrics.of(scratch, e.t()), frameMetrics.smoothness(e.t())));
        if (!projection.isIdentity()) {
            colours.remember(history.size() - 1, scratch, e.t(), colorMode);
        }
    }

    /** The chosen projection for this run's target; rebuilt only when the target or the choice changes. */
    private Projection projectionFor(ExperimentConfig c, DiffusedTarget dt) {
        if (projection == null || !projectionChoice.equals(builtChoice) || !c.target().equals(builtFor)
                || projection.dim() != dt.dim()) {
            Projection p = projectionChoice.build(dt.target());
            builtChoice = projectionChoice;
            builtFor = c.target();
            return p;
        }
        return projection;
    }

    /** Projects every stored frame again through p (see {@link #projection(ProjectionChoice)}). */
    private void reproject(Projection p) {
        Projection old = projection;
        projection = p;
        colours.projectedBy(p);
        Reprojection.apply(history, old, p, scratch, colours, colorMode);
    }

    private void publish() {
        publish(false);
    }

    /** Publishes the frame at the cursor; queued for a paced display (a step of a playing run) or shown at once. */
    private void publish(boolean queued) {
        Frame f = history.displayable(cursor);
        List<Frame> trail = history.trailBefore(f.index(), trailFrames);
        Map<Integer, float[]> paths = new LinkedHashMap<>();
        for (int h : highlighted) {
            if (h < f.count()) {
                paths.put(h, history.path(h, f.index(), f.viewDim()));
            }
        }
        FrameColours.Colours c = colours.of(f, colorMode == ColorMode.SPEED ? previousInTime(f) : null, colorMode);
        latest.set(f.published(generation, c.labels(), c.values(), trail.stream().map(Frame::points).toList(),
                history.series(), Map.copyOf(paths), history.size()));
        pacing.published(latest.get(), queued);
        publishedAt = System.nanoTime();
    }

    /**
     * The latest frame before f at another time that still has its points, or null: the speed colouring's reference
     * (a corrector's frames share their predictor's time, so the frame just before may be at the same time).
     */
    private Frame previousInTime(Frame f) {
        for (int i = f.index() - 1; i >= Math.max(0, f.index() - TRAIL_FRAMES); i--) {
            if (history.hasPoints(i) && history.meta(i).t() != f.t()) {
                return history.get(i);
            }
        }
        return null;
    }

    private void notifyStatus() {
        boolean done = finished && atEnd();
        listener.status(new EngineStatus(generation, playing, done, problem, info));
    }

    private void closeRun() {
        if (run != null) {
            run.close();
            run = null;
        }
    }
}
