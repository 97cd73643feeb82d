package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Bulk projection agrees with the camera's formula; undrawable points are marked; picking finds the nearest. */
class Projector3DTest {

    @Test
    void bulkProjectionIsTheCamerasFormula() {
        Camera3D c = new Camera3D(-0.6, 0.35, 70, 8, 0.2, -0.1, 0.4, -12, 6, 640, 480);
        SplittableRandom rng = new SplittableRandom(9);
        int n = 500;
        int stride = 4;
        float[] pts = new float[n * stride];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = (float) rng.nextDouble(-3, 3);
        }
        Projector3D p = new Projector3D();
        p.project(c, pts, n, stride);
        assertEquals(n, p.count());
        double[] out = new double[3];
        float lo = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            assertTrue(c.project(pts[i * stride], pts[i * stride + 1], pts[i * stride + 2], out));
            assertEquals((float) out[0], p.x(i), 1e-3);
            assertEquals((float) out[1], p.y(i), 1e-3);
            assertEquals((float) out[2], p.depth(i), 1e-6);
            assertEquals(8 / (8 - out[2]), p.magnification(i), 1e-6);
            lo = Math.min(lo, p.depth(i));
        }
        assertEquals(lo, p.minDepth());
    }

    @Test
    void pointsBehindTheEyeOrNotFiniteAreNaN() {
        Camera3D c = new Camera3D(0, 0, 100, 4, 0, 0, 0, 0, 0, 400, 300);
        float[] pts = {1, 0, 0, 0, -5, 0, Float.NaN, 0, 0, 0, 1, 0};
        Projector3D p = new Projector3D();
        p.project(c, pts, 4, 3);
        assertEquals(300f, p.x(0));
        assertTrue(Float.isNaN(p.x(1)) && Float.isNaN(p.y(1)), "behind the eye");
        assertTrue(Float.isNaN(p.x(2)), "NaN input");
        assertEquals(-1f, p.minDepth());
        assertEquals(0f, p.maxDepth());
        // picking skips them; the nearest drawable point to (200, 150) is the one at the centre... (0, 1, 0)
        assertEquals(3, p.nearest(200, 150, 1000));
        assertEquals(0, p.nearest(290, 140, 1000));
        assertEquals(-1, p.nearest(290, 140, 5), "none within 5 pixels");
    }

    @Test
    void picksTheNearerOfTwoPointsOnTheSamePixel() {
        Camera3D c = new Camera3D(0, 0, 100, 4, 0, 0, 0, 0, 0, 400, 300);
        // (0, 1, 0) is behind the centre, (0, -1, 0) in front: both project to (200, 150)
        float[] pts = {0, 1, 0, 0, -1, 0};
        Projector3D p = new Projector3D();
        p.project(c, pts, 2, 3);
        assertEquals(1, p.nearest(200, 150, 10));
    }
}
