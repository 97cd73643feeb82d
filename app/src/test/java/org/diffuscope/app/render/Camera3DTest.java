package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The camera's projection exactly: known points on known pixels, the perspective divide, rotations. */
class Camera3DTest {

    /** yaw 0, pitch 0: across = x0, up = x2, towards the eye = -x1; 100 px per unit, eye 4 units away. */
    private static final Camera3D FRONT = new Camera3D(0, 0, 100, 4, 0, 0, 0, 0, 0, 400, 300);

    private static double[] at(Camera3D c, double x, double y, double z) {
        double[] out = new double[3];
        assertTrue(c.project(x, y, z, out), "visible");
        return out;
    }

    @Test
    void knownPointsLandOnKnownPixels() {
        assertArrayEquals(new double[] {200, 150, 0}, at(FRONT, 0, 0, 0), 0, "the centre in the middle");
        assertArrayEquals(new double[] {300, 150, 0}, at(FRONT, 1, 0, 0), 0, "x0 to the right");
        assertArrayEquals(new double[] {200, 50, 0}, at(FRONT, 0, 0, 1), 0, "x2 up");
        // x1 = -2 is 2 units nearer the eye: magnified by D / (D - w) = 4 / 2
        assertArrayEquals(new double[] {400, 150, 2}, at(FRONT, 1, -2, 0), 0);
        assertArrayEquals(new double[] {200, 150 - 200, 2}, at(FRONT, 0, -2, 1), 0);
        // x1 = +2 is 2 units farther: 4 / 6
        assertArrayEquals(new double[] {200 + 100 * 4.0 / 6, 150, -2}, at(FRONT, 1, 2, 0), 1e-12);
    }

    @Test
    void theCentreAndThePanMoveThePicture() {
        Camera3D c = new Camera3D(0.7, -0.3, 55, 9, 1, 2, 3, 10, -5, 400, 300);
        assertArrayEquals(new double[] {210, 145, 0}, at(c, 1, 2, 3), 1e-12, "the centre sits at the middle plus the pan");
        Camera3D moved = c.panned(7, 11);
        double[] a = at(c, 1.5, 2.5, 2);
        double[] b = at(moved, 1.5, 2.5, 2);
        assertEquals(a[0] + 7, b[0], 1e-9);
        assertEquals(a[1] + 11, b[1], 1e-9);
    }

    @Test
    void thePerspectiveDivideIsScaleTimesDistanceOverEyeDepth() {
        Camera3D c = new Camera3D(0.4, 0.9, 80, 6, 0.5, -0.5, 1, 3, 4, 640, 480);
        double[] m = c.rotation();
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            double x = rng.nextDouble(-3, 3);
            double y = rng.nextDouble(-3, 3);
            double z = rng.nextDouble(-3, 3);
            double[] p = at(c, x, y, z);
            double u = m[0] * (x - 0.5) + m[1] * (y + 0.5) + m[2] * (z - 1);
            double v = m[3] * (x - 0.5) + m[4] * (y + 0.5) + m[5] * (z - 1);
            double w = m[6] * (x - 0.5) + m[7] * (y + 0.5) + m[8] * (z - 1);
            assertEquals(w, p[2], 1e-12);
            double k = 80 * 6 / (6 - w);
            assertEquals(320 + 3 + k * u, p[0], 1e-9);
            assertEquals(240 + 4 - k * v, p[1], 1e-9);
        }
    }

    @Test
    void pointsBehindOrAtTheEyeAreNotDrawn() {
        double[] out = new double[3];
        assertFalse(FRONT.project(0, -4, 0, out), "at the eye");
        assertTrue(Double.isNaN(out[0]) && Double.isNaN(out[1]));
        assertEquals(4, out[2]);
        assertFalse(FRONT.project(0, -10, 0, out), "behind the eye");
        assertFalse(FRONT.project(0, -3.81, 0, out), "nearer than the near limit (0.05 D = 0.2)");
        assertTrue(FRONT.project(0, -3.7, 0, out), "just in front of it");
        assertFalse(FRONT.project(Double.NaN, 0, 0, out), "not finite");
    }

    /** M = P(pitch) B Rz(yaw), multiplied here from its factors. */
    private static double[] byFactors(double yaw, double pitch) {
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        double[] rz = {c, -s, 0, s, c, 0, 0, 0, 1};
        double[] b = {1, 0, 0, 0, 0, 1, 0, -1, 0};
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double[] p = {1, 0, 0, 0, cp, -sp, 0, sp, cp};
        return mul(p, mul(b, rz));
    }

    private static double[] mul(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j];
                }
            }
        }
        return c;
    }

    @Test
    void theRotationIsThePitchTimesTheAxisSwapTimesTheYaw() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 50; i++) {
            double yaw = rng.nextDouble(-Math.PI, Math.PI);
            double pitch = rng.nextDouble(-Camera3D.MAX_PITCH, Camera3D.MAX_PITCH);
            double[] m = new Camera3D(yaw, pitch, 1, 1, 0, 0, 0, 0, 0, 10, 10).rotation();
            assertArrayEquals(byFactors(yaw, pitch), m, 1e-15);
            // orthonormal with determinant +1: a rotation
            double[] mmt = mul(m, transpose(m));
            assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, mmt, 1e-15);
            double det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                    + m[2] * (m[3] * m[7] - m[4] * m[6]);
            assertEquals(1, det, 1e-15);
        }
    }

    private static double[] transpose(double[] m) {
        return new double[] {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]};
    }

    @Test
    void turnsComposeAboutTheVerticalAxis() {
        Camera3D c = new Camera3D(0.3, 0.5, 100, 4, 0, 0, 0, 0, 0, 400, 300);
        Camera3D twice = c.orbited(0.4, 0).orbited(0.9, 0);
        assertArrayEquals(c.orbited(1.3, 0).rotation(), twice.rotation(), 1e-15);
        // M(yaw + b) = M(yaw) Rz(b): turning the camera turns the world the other way about x2
        double b = 1.1;
        double[] rz = {Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b), 0, 0, 0, 1};
        assertArrayEquals(mul(c.rotation(), rz), c.orbited(b, 0).rotation(), 1e-15);
        // a full turn is no turn
        assertArrayEquals(c.rotation(), c.orbited(2 * Math.PI, 0).rotation(), 1e-15);
        // a quarter turn sends x0 away from the eye, and x1 to the left
        Camera3D quarter = FRONT.orbited(Math.PI / 2, 0);
        assertArrayEquals(new double[] {200, 150, -1}, at(quarter, 1, 0, 0), 1e-12);
        assertArrayEquals(new double[] {200 - 100, 150, 0}, at(quarter, 0, 1, 0), 1e-12);
    }

    @Test
    void tiltsComposeAndStopShortOfTheTop() {
        Camera3D c = FRONT.orbited(0, 0.2).orbited(0, 0.3);
        assertArrayEquals(FRONT.orbited(0, 0.5).rotation(), c.rotation(), 1e-15);
        assertEquals(Camera3D.MAX_PITCH, FRONT.orbited(0, 10).pitch());
        assertEquals(-Camera3D.MAX_PITCH, FRONT.orbited(0, -10).pitch());
        // looking down from pitch 90 - 1 degrees: x2 nearly towards the eye
        double[] top = at(FRONT.orbited(0, 10), 0, 0, 1);
        assertEquals(Math.sin(Camera3D.MAX_PITCH), top[2], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new Camera3D(0, 1.6, 1, 1, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void zoomScalesDistancesFromTheMiddle() {
        Camera3D c = new Camera3D(0.3, 0.2, 100, 4, 0, 0, 0, 20, -10, 400, 300);
        double[] a = at(c, 1, 0.5, -0.5);
        double[] b = at(c.zoomed(2), 1, 0.5, -0.5);
        assertEquals(2 * (a[0] - 200), b[0] - 200, 1e-9);
        assertEquals(2 * (a[1] - 150), b[1] - 150, 1e-9);
    }

    @Test
    void aFittedCameraShowsTheWholeBox() {
        double[] lo = {-2, -1, -3};
        double[] hi = {2, 3, 1};
        Camera3D c = Camera3D.fitting(lo, hi, 500, 400);
        for (double yaw = -Math.PI; yaw < Math.PI; yaw += 0.3) {
            for (double pitch = -1.5; pitch <= 1.5; pitch += 0.3) {
                Camera3D turned = new Camera3D(yaw, pitch, c.scale(), c.distance(), c.cx(), c.cy(), c.cz(), 0, 0,
                        500, 400);
                for (int i = 0; i < 8; i++) {
                    double[] p = at(turned, (i & 1) == 0 ? lo[0] : hi[0], (i & 2) == 0 ? lo[1] : hi[1],
                            (i & 4) == 0 ? lo[2] : hi[2]);
                    assertTrue(p[0] >= 0 && p[0] <= 500 && p[1] >= 0 && p[1] <= 400, "corner " + i + " inside");
                }
            }
        }
    }
}
