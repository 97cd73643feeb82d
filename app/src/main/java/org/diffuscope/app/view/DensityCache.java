package org.diffuscope.app.view;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * Computes the exact density grid of p_t for the view off the FX thread, one request at a time, newest first:
 * the picture shows the newest finished grid and asks again whenever the time or the view changes.
 */
final class DensityCache implements AutoCloseable {

    /** What a grid was computed for. */
    private record Key(DiffusedTarget target, double t, Viewport view) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread th = new Thread(r, "diffuscope-density");
        th.setDaemon(true);
        return th;
    });
    private final AtomicReference<Key> wanted = new AtomicReference<>();
    private final AtomicReference<Key> doneKey = new AtomicReference<>();
    private final AtomicReference<DensityGrid> done = new AtomicReference<>();
    private final int cell;

    /** @param cell pixels per grid cell where the noise is narrow; up to 4 x as wide ({@link DensityGrid#cellFor}) */
    DensityCache(int cell) {
        this.cell = cell;
    }

    /**
     * The newest grid (possibly for an older time or view, or null) after asking for the one at (target, t, view).
     * The result of the ask shows up in a later call.
     */
    DensityGrid get(DiffusedTarget target, double t, Viewport view) {
        Key key = new Key(target, t, view);
        if (!key.equals(doneKey.get()) && !key.equals(wanted.getAndSet(key))) {
            worker.submit(() -> {
                Key k = wanted.get();
                if (k == null || k.equals(doneKey.get())) {
                    return;
                }
                DensityGrid g = DensityGrid.ofTime(k.target(), k.t(), k.view(), cell);
                done.set(g);
                doneKey.set(k);
            });
        }
        DensityGrid g = done.get();
        Key dk = doneKey.get();
        // a grid for another view would be drawn in the wrong place: only reuse it for the same view
        return g != null && dk != null && Objects.equals(dk.view(), view) && dk.target().equals(target) ? g : null;
    }

    /** True when the newest grid is exactly the one for (target, t, view). */
    boolean isCurrent(DiffusedTarget target, double t, Viewport view) {
        return new Key(target, t, view).equals(doneKey.get());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
