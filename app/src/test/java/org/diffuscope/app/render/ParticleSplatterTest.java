package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParticleSplatterTest {

    private static final int BG = 0xFF000000;
    private static final int RED = 0xFFFF0000;

    @Test
    void knownPointsLandOnKnownPixels() {
        Raster r = new Raster(10, 10);
        r.fill(BG);
        Viewport v = new Viewport(0, 0, 1, 10, 10); // pixel = (5 + x, 5 - y)
        float[] x = {0.2f, 0.2f, 3.5f, -2.5f, 100, 100, Float.NaN, 0};
        ParticleSplatter.draw(x, 4, 2, 0, 1, v, RED, null, 1, r);
        assertEquals(RED, r.get(5, 4)); // (0.2, 0.2) -> (5.2, 4.8)
        assertEquals(RED, r.get(8, 7)); // (3.5, -2.5) -> (8.5, 7.5)
        int painted = 0;
        for (int p : r.pixels()) {
            painted += p == RED ? 1 : 0;
        }
        assertEquals(2, painted, "off-screen and NaN particles draw nothing");
    }

    @Test
    void sizeTwoPaintsATwoByTwoSquareAndAlphaBlends() {
        Raster r = new Raster(6, 6);
        r.fill(BG);
        Viewport v = new Viewport(0, 0, 1, 6, 6);
        ParticleSplatter.draw(new float[] {0.5f, -0.5f}, 1, 2, 0, 1, v, 0x80FF0000, null, 2, r);
        // (0.5, -0.5) -> pixel (3.5, 3.5); a 2x2 square starting at its floor
        int half = Colors.over(0x80FF0000, BG);
        assertEquals(half, r.get(3, 3));
        assertEquals(half, r.get(4, 4));
        assertEquals(BG, r.get(2, 3));
        assertEquals(0x80, Colors.red(half));
    }

    @Test
    void perParticleColoursAndOtherAxes() {
        Raster r = new Raster(4, 4);
        r.fill(BG);
        Viewport v = new Viewport(0, 0, 1, 4, 4);
        float[] x = {9, 0.1f, 0.1f, 9, -1.2f, 1.3f}; // 3D points; draw axes (1, 2)
        ParticleSplatter.draw(x, 2, 3, 1, 2, v, 0, new int[] {RED, 0xFF00FF00}, 1, r);
        assertEquals(RED, r.get(2, 1)); // (0.1, 0.1) -> (2.1, 1.9)
        assertEquals(0xFF00FF00, r.get(0, 0)); // (-1.2, 1.3) -> (0.8, 0.7)
    }
}
