package org.diffuscope.app.viewmodel;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.diffuscope.app.engine.Engine;
import org.diffuscope.app.engine.EngineStatus;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.core.process.ForwardProcess;

/**
 * The explorer's state as JavaFX properties, testable without starting the toolkit: the experiment (one
 * {@link ExperimentConfig}), the overlays, the playback state mirrored from the {@link Engine}, and the numbers
 * of the frame on display. Properties are touched on the UI thread only; the engine's callbacks are handed to
 * {@code ui} (Platform::runLater in the window, direct in tests).
 */
public final class ExplorerViewModel implements AutoCloseable {

    private final Engine engine;
    private final Consumer<Runnable> ui;

    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>(ExperimentConfig.defaults());
    private final ObjectProperty<Overlays> overlays = new SimpleObjectProperty<>(Overlays.defaults());
    private final BooleanProperty continueOnChange = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(12);
    private final BooleanProperty loop = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(null);
    private final ReadOnlyObjectWrapper<RunInfo> runInfo = new ReadOnlyObjectWrapper<>(null);
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(null);
    private final ReadOnlyStringWrapper numbers = new ReadOnlyStringWrapper("");

    /**
     * @param ui          runs engine callbacks on the UI thread
     * @param threads     worker threads of the sampling runs
     * @param budgetBytes memory the run history may hold
     */
    public ExplorerViewModel(Consumer<Runnable> ui, int threads, long budgetBytes) {
        this.ui = ui;
        this.engine = new Engine(threads, budgetBytes, s -> ui.accept(() -> onStatus(s)));
        engine.trailFrames(overlays.get().trailLength());
        speed.addListener((o, a, b) -> engine.speed(b.doubleValue()));
        loop.addListener((o, a, b) -> engine.loop(b));
        overlays.addListener((o, a, b) -> {
            if (a == null || a.color() != b.color()) {
                engine.colorMode(b.color());
            }
            if (a == null || a.trailLength() != b.trailLength()) {
                engine.trailFrames(b.trailLength());
            }
        });
    }

    /** Loads an experiment afresh from its prior, whatever was running (races restart all panes together). */
    public void load(ExperimentConfig c) {
        config.set(c);
        problem.set(null);
        playing.set(false);
        engine.speed(speed.get());
        engine.colorMode(overlays.get().color());
        engine.load(c);
    }

    /** Loads the current experiment (the first frame appears when the engine has drawn the prior). */
    public void start() {
        engine.speed(speed.get());
        engine.loop(loop.get());
        engine.colorMode(overlays.get().color());
        engine.load(config.get());
    }

    /** Changes the experiment; restarts from the prior or continues from now as {@link #continueOnChangeProperty} says. */
    public void setConfig(ExperimentConfig c) {
        if (c.equals(config.get())) {
            return;
        }
        String tooMany = memoryProblem(c);
        if (tooMany != null) {
            problem.set(tooMany);
            return;
        }
        config.set(c);
        problem.set(null);
        engine.apply(c, continueOnChange.get());
    }

    /** Why the experiment's particles do not fit in this Java's heap, or null when they do. */
    static String memoryProblem(ExperimentConfig c) {
        int dim = c.target().isPreset() ? c.target().dim()
                : org.diffuscope.app.engine.RunFactory.target(c.target()).dim();
        return MemoryBudget.check(c.particles(), dim, Runtime.getRuntime().maxMemory());
    }

    /** What is on screen as a scenario; the 2D view and 3D camera (each possibly null) come from the window. */
    public Scenario scenario(Scenario.View view, Scenario.Camera camera) {
        return new Scenario(config.get(), overlays.get(), view, camera, speed.get(), loop.get());
    }

    /** Shows a scenario: its overlays and playback, and a fresh run of its experiment from the prior (paused). */
    public void applyScenario(Scenario s) {
        overlays.set(s.overlays());
        speed.set(s.speed());
        loop.set(s.loop());
        playing.set(false);
        problem.set(null);
        config.set(s.config());
        engine.load(s.config());
    }

    /** Takes a scenario's settings before {@link #start()} (the last session at start-up): nothing runs yet. */
    public void restore(Scenario s) {
        overlays.set(s.overlays());
        speed.set(s.speed());
        loop.set(s.loop());
        config.set(s.config());
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        playing.set(true);
        engine.play();
    }

    public void pause() {
        playing.set(false);
        engine.pause();
    }

    public void step() {
        playing.set(false);
        engine.stepOnce();
    }

    public void reset() {
        playing.set(false);
        problem.set(null);
        engine.reset();
    }

    public void seek(int index) {
        playing.set(false);
        engine.seek(index);
    }

    /** Shows the frame before the one on display (pauses). */
    public void back() {
        Frame f = frame.get();
        if (f != null && f.index() > 0) {
            seek(f.index() - 1);
        }
    }

    public void highlightNearest(double x, double y) {
        engine.highlightNearest(x, y);
    }

    public void clearHighlights() {
        engine.highlight(new int[0]);
    }

    /** Applies an engine status (UI thread). */
    public void onStatus(EngineStatus s) {
        playing.set(s.playing());
        finished.set(s.finished());
        problem.set(s.problem());
        if (s.info() != null) {
            runInfo.set(s.info());
            // the new run's first frame may have come before its info: "step 0/20" after loading 40 steps
            if (frame.get() != null) {
                numbers.set(describe(frame.get()));
            }
        }
    }

    /** Shows a frame (UI thread): called by the animation timer with the engine's newest frame. */
    public void onFrame(Frame f) {
        if (f == null || f == frame.get()) {
            return;
        }
        frame.set(f);
        numbers.set(describe(f));
    }

    /** The engine's newest published frame, without showing it (any thread). */
    public Frame newestFrame() {
        return engine.latest();
    }

    /**
     * Shows the engine's next frame for the display (UI thread): the oldest of a playing run's frames not shown yet,
     * else the newest ({@code Engine.next}).
     */
    public Frame pollFrame() {
        onFrame(engine.next());
        return frame.get();
    }

    private String describe(Frame f) {
        RunInfo info = runInfo.get();
        if (info == null) {
            return "";
        }
        ForwardProcess p = info.target().process();
        return String.format(Locale.ROOT, "t = %.4g   step %d/%d   NFE %d   α = %.4g   σ = %.4g   L = %s",
                f.t(), f.step(), info.times().length - 1, f.nfe(), p.alpha(f.t()), p.sigma(f.t()),
                Double.isNaN(f.smoothness()) ? "–" : String.format(Locale.ROOT, "%.4g", f.smoothness()));
    }

    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ExperimentConfig config() {
        return config.get();
    }

    public ObjectProperty<Overlays> overlaysProperty() {
        return overlays;
    }

    public BooleanProperty continueOnChangeProperty() {
        return continueOnChange;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Loop playback: a finished run restarts from the prior and plays on. */
    public BooleanProperty loopProperty() {
        return loop;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunInfo> runInfoProperty() {
        return runInfo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty numbersProperty() {
        return numbers.getReadOnlyProperty();
    }

    /** The engine (for tests and the view's timer). */
    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
