package org.diffuscope.app.engine;

import java.util.HashMap;
import java.util.Map;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;

/**
 * The per-particle data behind the colourings: mode labels (argmax of the exact responsibilities of p_t), the final
 * labels at the end of the run, speeds and exact log-densities. When the display points are the coordinates
 * themselves (d <= 3 shown on its own axes) they are computed from a frame's points; otherwise from the full
 * particles as they are recorded. Worker thread only.
 */
final class FrameColours {

    /** Labels (unsigned bytes) or values for one frame; either may be null. */
    record Colours(byte[] labels, float[] values) {
        static final Colours NONE = new Colours(null, null);
    }

    private final DiffusedTarget target;
    private final int dim;
    private final int modes;
    private byte[] finalLabels;
    /** For d > 3: colours remembered at record time, by frame index. */
    private final Map<Integer, Colours> remembered = new HashMap<>();
    private Frame cachedFrame;
    private ColorMode cachedMode;
    private Colours cached;
    private boolean coordinatesInPoints;

    FrameColours(DiffusedTarget target) {
        this.target = target;
        this.dim = target.dim();
        this.modes = target.target().modeCount();
    }

    /** Tells which projection the frames' points come from: colours come from the points only under the identity. */
    void projectedBy(Projection p) {
        coordinatesInPoints = p.isIdentity();
        cachedFrame = null;
    }

    /** Remembers the colours of a high-dimensional frame from its full particles. */
    void remember(int frameIndex, Particles x, double t, ColorMode mode) {
        if (mode == ColorMode.MODE || mode == ColorMode.ERROR) {
            remembered.put(frameIndex, compute(x.data(), x.count(), dim, t, mode));
        }
    }

    /** Fixes the final labels from the run's last frame. */
    void finish(Frame last, Projection projection) {
        if (modes < 2) {
            return;
        }
        Colours c = projection.isIdentity() ? fromPoints(last, ColorMode.MODE) : remembered.get(last.index());
        finalLabels = c == null ? null : c.labels();
    }

    Colours of(Frame f, Frame prev, ColorMode mode) {
        if (f == cachedFrame && mode == cachedMode) {
            return cached;
        }
        Colours c = switch (mode) {
            case PLAIN -> Colours.NONE;
            case FINAL_MODE -> finalLabels != null && finalLabels.length == f.count()
                    ? new Colours(finalLabels, null) : of(f, prev, ColorMode.MODE);
            case MODE, ERROR -> modes < 2 && mode == ColorMode.MODE ? Colours.NONE
                    : coordinatesInPoints ? fromPoints(f, mode) : remembered.getOrDefault(f.index(), Colours.NONE);
            case SPEED -> new Colours(null, speeds(f, prev));
        };
        cachedFrame = f;
        cachedMode = mode;
        cached = c;
        return c;
    }

    private Colours fromPoints(Frame f, ColorMode mode) {
        if (f.points() == null) {
            return Colours.NONE;
        }
        int n = f.count();
        double[] x = new double[n * dim];
        float[] p = f.points();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                x[i * dim + j] = p[i * f.viewDim() + j];
            }
        }
        return compute(x, n, dim, f.t(), mode);
    }

    private Colours compute(double[] x, int n, int d, double t, ColorMode mode) {
        Evaluator ev = target.marginal(t).evaluator();
        if (mode == ColorMode.ERROR) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = (float) ev.logDensity(x, i * d);
            }
            return new Colours(null, v);
        }
        byte[] labels = new byte[n];
        double[] r = new double[modes];
        for (int i = 0; i < n; i++) {
            ev.responsibilities(x, i * d, r);
            int best = 0;
            for (int k = 1; k < modes; k++) {
                if (r[k] > r[best]) {
                    best = k;
                }
            }
            labels[i] = (byte) (best % 250);
        }
        return new Colours(labels, null);
    }

    private static float[] speeds(Frame f, Frame prev) {
        if (prev == null || prev.points() == null || f.points() == null || prev.t() == f.t()) {
            return null;
        }
        float[] a = f.points();
        float[] b = prev.points();
        int k = f.viewDim();
        double dt = Math.abs(f.t() - prev.t());
        float[] v = new float[f.count()];
        for (int i = 0; i < f.count(); i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                double dx = a[i * k + j] - b[i * k + j];
                s += dx * dx;
            }
            v[i] = (float) (Math.sqrt(s) / dt);
        }
        return v;
    }
}
