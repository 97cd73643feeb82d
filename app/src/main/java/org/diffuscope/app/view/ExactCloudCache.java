package org.diffuscope.app.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.diffuscope.app.engine.Projection;
import org.diffuscope.app.render.Frame3DRenderer;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * Exact samples of p_t in display coordinates, drawn off the FX thread one request at a time, newest first: the
 * 3D view's faint cloud of the exact density and the source of its marginal panels. The samples come from one
 * fixed seed at every time, so the cloud moves smoothly as t changes (the same x_0 and z, scaled by alpha(t)
 * and sigma(t)).
 */
final class ExactCloudCache implements AutoCloseable {

    /** Seed of the exact samples (any fixed value). */
    static final long SEED = 0xC10D;

    /** What a cloud was drawn for. */
    record Key(DiffusedTarget target, Projection projection, double t, int count) {
    }

    private record Done(Key key, Frame3DRenderer.Exact cloud) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread th = new Thread(r, "diffuscope-exact-cloud");
        th.setDaemon(true);
        return th;
    });
    private final AtomicReference<Key> wanted = new AtomicReference<>();
    private final AtomicReference<Done> done = new AtomicReference<>();

    /** Exact samples for a d-dimensional target: 20000 up to d = 100, then 2e6 / d (at least 2000). */
    static int samplesFor(int dim) {
        return Math.max(2000, Math.min(20_000, 2_000_000 / dim));
    }

    /**
     * The newest cloud for this target and projection (possibly for another time, or null) after asking for the
     * one at t; the answer shows up in a later call.
     */
    Frame3DRenderer.Exact get(DiffusedTarget target, Projection projection, double t) {
        Key key = new Key(target, projection, t, samplesFor(target.dim()));
        Done d = done.get();
        if ((d == null || !d.key().equals(key)) && !key.equals(wanted.getAndSet(key))) {
            worker.submit(this::drawWanted);
        }
        return d != null && d.key().target().equals(target) && d.key().projection().equals(projection) ? d.cloud() : null;
    }

    /** True when the newest cloud is the one for exactly these arguments. */
    boolean isCurrent(DiffusedTarget target, Projection projection, double t) {
        Done d = done.get();
        return d != null && d.key().equals(new Key(target, projection, t, samplesFor(target.dim())));
    }

    private void drawWanted() {
        Key k = wanted.get();
        Done d = done.get();
        if (k == null || (d != null && d.key().equals(k))) {
            return;
        }
        done.set(new Done(k, draw(k.target(), k.projection(), k.t())));
    }

    /** The cloud at t drawn now (the same samples as the cache's), or null at a time the target cannot be sampled. */
    static Frame3DRenderer.Exact draw(DiffusedTarget target, Projection projection, double t) {
        int count = samplesFor(target.dim());
        try {
            Particles s = target.sample(t, count, SEED);
            float[] pts = new float[count * projection.viewDim()];
            projection.project(s.data(), count, pts);
            return new Frame3DRenderer.Exact(pts, count);
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
