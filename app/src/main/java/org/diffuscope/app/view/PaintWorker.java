package org.diffuscope.app.view;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.ArrowField;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.FrameRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.TrailCoverage;
import org.diffuscope.app.render.Viewport;

/**
 * Paints 2D pictures off the FX thread: the newest request wins, one background thread paints it into one of three
 * rasters, and the FX thread takes the finished raster, copies it to the shown pixels (a fraction of a millisecond)
 * and hands it back. Every input of a painting is immutable, so nothing is shared while it is painted.
 */
final class PaintWorker implements AutoCloseable {

    /** Everything one painting depends on. */
    record Job(Frame frame, RunInfo info, Viewport view, Overlays overlays, Theme theme, DensityGrid grid) {
    }

    /** A finished painting: its job and its pixels (to be given back with {@link #release}). */
    record Result(Job job, Raster raster) {
    }

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diffuscope-paint");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Job> pending = new AtomicReference<>();
    private final AtomicReference<Result> done = new AtomicReference<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ArrayBlockingQueue<Raster> free = new ArrayBlockingQueue<>(3);
    /** The trails counted so far (paint thread only): each new frame walks one frame's segments, not the trail's. */
    private final TrailCoverage trails = new TrailCoverage();
    private final java.util.concurrent.atomic.LongAdder paintNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder paintings = new java.util.concurrent.atomic.LongAdder();

    /** Asks for a painting; a request not yet started is replaced by this one. */
    void request(Job job) {
        pending.set(job);
        if (busy.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /** The newest finished painting, or null; give its raster back with {@link #release} when copied. */
    Result take() {
        return done.getAndSet(null);
    }

    /** Paintings finished so far and the time they took in total, in nanoseconds (for the frame-rate benchmark). */
    long[] paintTotals() {
        return new long[] {paintings.sum(), paintNanos.sum()};
    }

    void release(Raster r) {
        free.offer(r);
    }

    private void drain() {
        try {
            Job job;
            while ((job = pending.getAndSet(null)) != null) {
                Raster r = raster(job.view().width(), job.view().height());
                long t0 = System.nanoTime();
                paint(job, r);
                paintNanos.add(System.nanoTime() - t0);
                paintings.increment();
                Result old = done.getAndSet(new Result(job, r));
                if (old != null) {
                    free.offer(old.raster());
                }
            }
        } finally {
            busy.set(false);
            if (pending.get() != null && busy.compareAndSet(false, true)) {
                thread.execute(this::drain);
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

    /** The painting itself, with the trails counted since the last painting. */
    private void paint(Job job, Raster r) {
        Frame f = job.frame();
        RunInfo info = job.info();
        Overlays o = job.overlays();
        ArrowField arrows = null;
        if (info != null && f != null && info.target().dim() == 2 && o.field() != Overlays.FieldKind.NONE) {
            arrows = ArrowField.compute(info.target(), f.t(), o.field(), job.view(), 44);
        }
        FrameRenderer.paint(r, f, job.view(), o.density() ? job.grid() : null, arrows, o, job.theme(), trails);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
