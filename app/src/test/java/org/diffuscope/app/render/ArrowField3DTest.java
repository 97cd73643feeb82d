package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.GaussianMixture;
import org.junit.jupiter.api.Test;

/** The 3D field against the closed form of a Gaussian, and its arrows through the camera. */
class ArrowField3DTest {

    private static final double[] LO = {-2, -1, -3};
    private static final double[] HI = {2, 3, 1};

    /** p_0 = N(m, v I) under OU: p_t = N(alpha m, (alpha^2 v + sigma^2) I), score -(x - alpha m) / c. */
    private static DiffusedTarget gaussian() {
        return new DiffusedTarget(GaussianMixture.isotropic(new double[] {1}, new double[][] {{0.5, -0.25, 1.0}},
                new double[] {0.3}), ForwardProcess.named("ou"));
    }

    @Test
    void theArrowsAreTheExactScoreVelocityAndDriftOnAGridFillingTheBox() {
        DiffusedTarget dt = gaussian();
        ForwardProcess p = dt.process();
        double t = 0.4;
        double alpha = p.alpha(t);
        double c = alpha * alpha * 0.3 + p.sigma(t) * p.sigma(t);
        double[] m = {0.5 * alpha, -0.25 * alpha, alpha};
        for (Overlays.FieldKind kind : new Overlays.FieldKind[] {Overlays.FieldKind.SCORE, Overlays.FieldKind.ODE,
            Overlays.FieldKind.SDE}) {
            ArrowField3D a = ArrowField3D.compute(dt, t, kind, LO, HI);
            int n = ArrowField3D.PER_AXIS * ArrowField3D.PER_AXIS * ArrowField3D.PER_AXIS;
            assertEquals(n, a.count());
            assertEquals(0.8, a.spacing(), 1e-12, "the smallest cell edge: 4 / 5");
            double scale = kind == Overlays.FieldKind.SCORE ? 1 : kind == Overlays.FieldKind.ODE ? 0.5 * p.g2(t) : p.g2(t);
            double linear = kind == Overlays.FieldKind.SCORE ? 0 : -p.f(t);
            double max = 0;
            for (int i = 0; i < n; i++) {
                double len = 0;
                for (int k = 0; k < 3; k++) {
                    double x = a.xyz()[3 * i + k];
                    assertTrue(x > LO[k] && x < HI[k], "inside the box");
                    double exact = scale * (-(x - m[k]) / c) + linear * x;
                    assertEquals(exact, a.uvw()[3 * i + k], 1e-12, kind + " at point " + i + ", axis " + k);
                    len += exact * exact;
                }
                max = Math.max(max, Math.sqrt(len));
            }
            assertEquals(max, a.max(), 1e-12);
        }
        assertEquals(0, ArrowField3D.compute(dt, t, Overlays.FieldKind.NONE, LO, HI).count());
    }

    @Test
    void arrowsAreDrawnThroughTheCameraAndPointAlongTheField() {
        DiffusedTarget dt = gaussian();
        Camera3D cam = Camera3D.fitting(LO, HI, 400, 300);
        Raster r = new Raster(400, 300);
        r.fill(0xFFFFFFFF);
        ArrowField3D.compute(dt, 0.4, Overlays.FieldKind.SCORE, LO, HI).draw(cam, 0xFF000000, r);
        int inked = 0;
        for (int px : r.pixels()) {
            inked += px == 0xFF000000 ? 1 : 0;
        }
        assertTrue(inked > 125 * 3, "125 arrows of a few pixels each: " + inked);
        // one arrow alone, at a base far out on +x: the score points back towards the mean, so the tip projects
        // nearer to the mean's picture than the base does
        Raster one = new Raster(400, 300);
        one.fill(0xFFFFFFFF);
        new ArrowField3D(new double[] {1.8, 0, 0}, new double[] {-1, 0, 0}, 1, 1, 0.8).draw(cam, 0xFF000000, one);
        double[] base = new double[3];
        double[] tip = new double[3];
        cam.project(1.8, 0, 0, base);
        cam.project(1.8 - 0.72, 0, 0, tip);
        assertEquals(0xFF000000, one.get((int) Math.floor(base[0]), (int) Math.floor(base[1])), "the base is inked");
        assertEquals(0xFF000000, one.get((int) Math.floor(tip[0]), (int) Math.floor(tip[1])), "0.9 spacings along -x");
    }
}
