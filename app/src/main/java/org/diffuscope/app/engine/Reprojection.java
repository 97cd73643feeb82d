package org.diffuscope.app.engine;

import java.util.List;
import java.util.Map;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.run.Snapshot;

/**
 * Projects the recorded frames of a history again through a new projection: from the frames themselves when they
 * held the full coordinates (d <= 3, an identity projection), else from the run snapshots taken at step ends; a
 * frame with neither loses its points (scrubbing then shows the one before). Worker thread only.
 */
final class Reprojection {

    private Reprojection() {
    }

    /**
     * @param scratch rows of the run's dimension, overwritten
     * @param colours told the full coordinates of each frame when they leave the identity projection
     */
    static void apply(History history, Projection old, Projection p, Particles scratch, FrameColours colours,
                      ColorMode mode) {
        int n = scratch.count();
        int d = scratch.dim();
        for (int i = 0; i < history.size(); i++) {
            if (!history.hasPoints(i)) {
                continue;
            }
            Frame f = history.get(i);
            double[] x;
            if (old.isIdentity()) {
                x = scratch.data();
                float[] q = f.points();
                for (int r = 0; r < n; r++) {
                    for (int j = 0; j < d; j++) {
                        x[r * d + j] = q[r * f.viewDim() + j];
                    }
                }
            } else {
                Map.Entry<Integer, Snapshot> e = history.snapshotAtOrBefore(i);
                if (e == null || e.getKey() != i) {
                    history.replace(i, f.withoutPoints());
                    continue;
                }
                x = e.getValue().particles().data();
            }
            float[] pts = new float[n * p.viewDim()];
            p.project(x, n, pts);
            history.replace(i, new Frame(f.generation(), f.index(), f.step(), f.t(), f.phase(), f.nfe(), pts, n,
                    p.viewDim(), null, null, f.metrics(), f.smoothness(), List.of(), List.of(), Map.of(), f.frames()));
            if (old.isIdentity() && !p.isIdentity()) {
                colours.remember(i, new Particles(n, d, x), f.t(), mode);
            }
        }
    }
}
