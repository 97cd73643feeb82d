package org.diffuscope.core.score;

import java.util.Arrays;

/**
 * One {@link ScoreKernel} per worker for the current {@link ScoreAt}, created lazily by the worker that needs it.
 * The driver calls {@link #use} before dispatching blocks; worker w only touches slot w.
 */
public final class ScoreKernels {

    private final ScoreKernel[] byWorker;
    private ScoreAt at;

    public ScoreKernels(int workers) {
        this.byWorker = new ScoreKernel[workers];
    }

    /** Switches to a new time; drops the kernels of the previous one unless it is the same object. */
    public void use(ScoreAt next) {
        if (next != at) {
            at = next;
            Arrays.fill(byWorker, null);
        }
    }

    public ScoreAt at() {
        return at;
    }

    /** The kernel of worker w for the current time. */
    public ScoreKernel of(int worker) {
        ScoreKernel k = byWorker[worker];
        if (k == null) {
            k = at.kernel();
            byWorker[worker] = k;
        }
        return k;
    }
}
