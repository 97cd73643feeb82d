package org.diffuscope.app.view;

import org.diffuscope.app.engine.Projection;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;

/** Where a 2D view looks first: at the bulk of the target's data, seen through the run's projection. */
final class ViewFit {

    private ViewFit() {
    }

    /**
     * The box holding 99% of 2000 exact samples of p_0 (slightly noised for targets without a density) in display
     * coordinates, padded.
     */
    static double[] dataBox(DiffusedTarget dt, Projection projection) {
        double t = Math.max(dt.process().tMin(), 1e-3);
        Particles s = dt.sample(t, 2000, 7L);
        float[] shown = new float[s.count() * projection.viewDim()];
        projection.project(s.data(), s.count(), shown);
        int k = projection.viewDim();
        double[] xs = new double[s.count()];
        double[] ys = new double[s.count()];
        for (int i = 0; i < s.count(); i++) {
            xs[i] = shown[i * k];
            ys[i] = shown[i * k + 1];
        }
        java.util.Arrays.sort(xs);
        java.util.Arrays.sort(ys);
        int lo = (int) (0.005 * (xs.length - 1));
        int hi = (int) (0.995 * (xs.length - 1));
        double x0 = Math.min(xs[lo], -2.5);
        double x1 = Math.max(xs[hi], 2.5);
        double y0 = Math.min(ys[lo], -2.5);
        double y1 = Math.max(ys[hi], 2.5);
        double px = 0.12 * (x1 - x0);
        double py = 0.12 * (y1 - y0);
        return new double[] {x0 - px, x1 + px, y0 - py, y1 + py};
    }

}
