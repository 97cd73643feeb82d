package org.diffuscope.app.view;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.ArrowField;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.FrameRenderer;
import org.diffuscope.app.render.GridLines;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.PaintMemory;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * Paints the pictures off the FX thread, 2D and 3D: the newest request wins, one background thread paints it into one
 * of a few rasters, and the FX thread takes the finished raster, copies it to the shown pixels (a fraction of a
 * millisecond) and hands it back. The FX thread asks once a pulse, so a playing run's pictures reach the screen one a
 * pulse: a painter that went on to the engine's newest frame by itself painted faster than the pulses took the
 * pictures, and lost a fifth of them unshown (100k particles: 46 of 57 steps a second shown, against 51-52 of 56 asking
 * once a pulse). Finished pictures of different frames wait their turn, oldest first (at most {@link #WAITING}): a
 * painting that overran its pulse is shown at the next one, not replaced by the frame painted after it. A playing run
 * takes them at a steady delay ({@link #takeSteady}), so one painting's overrun costs no frame on screen. Every input of
 * a painting is immutable, so nothing is shared while it is painted; the trail counts and the density grid kept between
 * paintings belong to the paint thread alone.
 */
final class PaintWorker implements AutoCloseable {

    /** The most finished pictures waiting to be taken; an older one beyond them is dropped. */
    static final int WAITING = 3;

    /**
     * Everything one painting depends on. The density is either {@code grid} (computed elsewhere, possibly for an
     * earlier time) or, when {@code gridHere}, the exact grid of the frame's time, computed by the painter itself
     * (kept while time, target and view stay): a Gaussian mixture's grid costs a few milliseconds, less than painting
     * a frame twice, once over the last time's density and again when its own arrives. A 3D picture is its
     * {@code scene} alone (the other parts null but the frame's and the run's).
     */
    record Job(Frame frame, RunInfo info, Viewport view, Overlays overlays, Theme theme, DensityGrid grid,
               boolean gridHere, Scene3D scene) {

        /** A 2D picture. */
        Job(Frame frame, RunInfo info, Viewport view, Overlays overlays, Theme theme, DensityGrid grid,
            boolean gridHere) {
            this(frame, info, view, overlays, theme, grid, gridHere, null);
        }

        /** A 3D picture. */
        static Job of(Scene3D scene) {
            return new Job(scene.frame(), scene.info(), null, scene.overlays(), scene.theme(), null, false, scene);
        }

        int width() {
            return scene != null ? scene.width() : view.width();
        }

        int height() {
            return scene != null ? scene.height() : view.height();
        }
    }

    /** What the painter's own density grid was computed for. */
    private record GridKey(DiffusedTarget target, double t, Viewport view) {
    }

    /**
     * A finished painting: its job, its pixels (to be given back with {@link #release}) and, for a 3D picture, the
     * labels of its box and panels for the text layer.
     */
    record Result(Job job, Raster raster, List<AxesBox3D.Label> labels, long pulse) {
    }

    /** A job and the pulse (the asker's count) it was asked for at. */
    private record Asked(Job job, long pulse) {
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diffuscope-paint");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Asked> pending = new AtomicReference<>();
    /** Finished pictures not yet taken, oldest first; guarded by itself. */
    private final ArrayDeque<Result> done = new ArrayDeque<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ArrayBlockingQueue<Raster> free = new ArrayBlockingQueue<>(WAITING + 2);
    private final int cell;
    private GridKey gridKey;
    private DensityGrid grid;
    /**
     * The trails counted so far and the clouds' count buffer (paint thread only): each new frame walks one frame's
     * trail segments, not the trail's, and allocates no count array.
     */
    private final PaintMemory memory = new PaintMemory();
    private final Scene3DPainter painter3d = new Scene3DPainter();
    private final java.util.concurrent.atomic.LongAdder paintNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder paintCpuNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.util.concurrent.atomic.LongAdder paintings = new java.util.concurrent.atomic.LongAdder();

    /**
     * @param cell pixels per cell of the density grids the painter computes where the noise is narrow
     *             ({@link DensityGrid#cellFor})
     */
    PaintWorker(int cell) {
        this.cell = cell;
    }

    /** A request waits, not started yet (any thread). */
    boolean waiting() {
        return pending.get() != null;
    }

    /**
     * Asks for a painting at the asker's pulse number pulse (see {@link #takeSteady}); a request not yet started is
     * replaced by this one.
     */
    void request(Job job, long pulse) {
        pending.set(new Asked(job, pulse));
        if (busy.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /**
     * The oldest finished painting not yet taken, or null; give its raster back with {@link #release} when copied.
     */
    Result take() {
        synchronized (done) {
            return done.pollFirst();
        }
    }

    /**
     * Like {@link #take}, for a playing run, at pulse number pulse: a picture asked for at this pulse or the one before
     * waits for the next pulse, unless a newer one waits behind it. The pictures of a playing run then reach the screen
     * two pulses after they were asked for, one a pulse, and a painting may overrun its pulse by one more without the
     * screen missing a frame (a jitter buffer: the paint thread shares two cores with the sampler, the FX thread and the
     * renderer, and some paintings wait for a core).
     */
    Result takeSteady(long pulse) {
        synchronized (done) {
            Result oldest = done.peekFirst();
            if (oldest == null || oldest.pulse() >= pulse - 1 && done.size() < 2) {
                return null;
            }
            return done.pollFirst();
        }
    }

    /**
     * Paintings finished so far, the time they took in total and the paint thread's CPU time in them, in nanoseconds
     * (for the frame-rate benchmark: with other threads busy, the time exceeds the CPU time; CPU time stays 0 where the
     * JVM does not measure it).
     */
    long[] paintTotals() {
        return new long[] {paintings.sum(), paintNanos.sum(), paintCpuNanos.sum()};
    }

    void release(Raster r) {
        free.offer(r);
    }

    private void drain() {
        try {
            Asked asked = pending.getAndSet(null);
            while (asked != null) {
                Job job = asked.job();
                Raster r = raster(job.width(), job.height());
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                List<AxesBox3D.Label> labels = job.scene() != null ? painter3d.paint(r, job.scene()) : paint(job, r);
                paintNanos.add(System.nanoTime() - t0);
                paintCpuNanos.add(cpu.getCurrentThreadCpuTime() - c0);
                paintings.increment();
                finished(new Result(job, r, labels, asked.pulse()));
                asked = pending.getAndSet(null);
            }
        } finally {
            busy.set(false);
            if (pending.get() != null && busy.compareAndSet(false, true)) {
                thread.execute(this::drain);
            }
        }
    }

    /** Queues a finished painting: it replaces one of the same frame (a repaint), and the queue keeps the newest few. */
    private void finished(Result result) {
        synchronized (done) {
            Result last = done.peekLast();
            if (last != null && last.job().frame() == result.job().frame()) {
                free.offer(done.pollLast().raster());
            }
            done.addLast(result);
            while (done.size() > WAITING) {
                free.offer(done.pollFirst().raster());
            }
        }
    }

    private Raster raster(int w, int h) {
        Raster r;
        while ((r = free.poll()) != null) {
            if (r.width() == w && r.height() == h) {
                return r;
            }
        }
        return new Raster(w, h);
    }

    /** The 2D painting, with the trails counted since the last painting; no labels (the FX thread draws them). */
    private List<AxesBox3D.Label> paint(Job job, Raster r) {
        Frame f = job.frame();
        RunInfo info = job.info();
        Overlays o = job.overlays();
        ArrowField arrows = null;
        if (info != null && f != null && info.target().dim() == 2 && o.field() != Overlays.FieldKind.NONE) {
            arrows = ArrowField.compute(info.target(), f.t(), o.field(), job.view(), 44);
        }
        FrameRenderer.paint(r, f, job.view(), o.density() ? grid(job) : null, arrows, o, job.theme(), memory);
        GridLines.draw(r, job.view(), job.theme());
        return List.of();
    }

    private DensityGrid grid(Job job) {
        if (!job.gridHere() || job.frame() == null || job.info() == null) {
            return job.grid();
        }
        GridKey key = new GridKey(job.info().target(), job.frame().t(), job.view());
        if (!key.equals(gridKey)) {
            grid = DensityGrid.ofTime(key.target(), key.t(), key.view(), cell);
            gridKey = key;
        }
        return grid;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
