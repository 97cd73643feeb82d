package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Depth order and the depth cues of the splats, pixel by pixel. */
class DepthSplatterTest {

    private static final int WHITE = 0xFFFFFFFF;
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;
    private static final Camera3D FRONT = new Camera3D(0, 0, 10, 4, 0, 0, 0, 0, 0, 40, 30);

    private static Raster paint(float[] pts, int[] colours, int size, double fog) {
        Projector3D p = new Projector3D();
        p.project(FRONT, pts, pts.length / 3, 3);
        Raster r = new Raster(40, 30);
        r.fill(WHITE);
        new DepthSplatter().draw(p, RED, colours, size, WHITE, fog, -1, 1, r);
        return r;
    }

    @Test
    void theNearerPointCoversTheFartherWhateverTheInputOrder() {
        // both on the middle pixel (20, 15): (0, -1, 0) is nearer the eye than (0, 1, 0)
        float[] nearFirst = {0, -1, 0, 0, 1, 0};
        float[] farFirst = {0, 1, 0, 0, -1, 0};
        assertEquals(BLUE, paint(nearFirst, new int[] {BLUE, RED}, 1, 0).get(20, 15));
        assertEquals(BLUE, paint(farFirst, new int[] {RED, BLUE}, 1, 0).get(20, 15));
    }

    @Test
    void nearerPointsAreLargerAndFartherOnesFade() {
        // the far point (w = -1) left of the middle, the near one (w = 1) right of it, size 5
        float[] pts = {-0.8f, 1, 0, 0.8f, -1, 0};
        Raster r = paint(pts, null, 5, 0.5);
        int far = DepthSplatter.fade(RED, WHITE, 128);
        Projector3D p = new Projector3D();
        p.project(FRONT, pts, 2, 3);
        // far: side round(5 * 0.6) = 3; near: side round(5 * 1.4) = 7, unfaded
        assertEquals(3, run(r, (int) Math.floor(p.x(0)), 15, far));
        assertEquals(7, run(r, (int) Math.floor(p.x(1)), 15, RED));
        assertEquals(0xFFFF7F7F, far, "half way to white: (0 * 128 + 255 * 128) >> 8 = 127");
    }

    /** The length of the horizontal run of colour c through (x, y). */
    private static int run(Raster r, int x, int y, int c) {
        assertEquals(c, r.get(x, y));
        int a = x;
        int b = x;
        while (a > 0 && r.get(a - 1, y) == c) {
            a--;
        }
        while (b < r.width() - 1 && r.get(b + 1, y) == c) {
            b++;
        }
        return b - a + 1;
    }

    @Test
    void depthsOutsideTheRangeCountAsItsEnds() {
        // w = -3 and w = +3 with the range [-1, 1]: drawn as far (faded, side 3) and near (side 7)
        Camera3D wide = new Camera3D(0, 0, 10, 8, 0, 0, 0, 0, 0, 40, 30);
        float[] pts = {-0.8f, 3, 0, 0.8f, -3, 0};
        Projector3D p = new Projector3D();
        p.project(wide, pts, 2, 3);
        Raster r = new Raster(40, 30);
        r.fill(WHITE);
        new DepthSplatter().draw(p, RED, null, 5, WHITE, 0.5, -1, 1, r);
        assertEquals(3, run(r, (int) Math.floor(p.x(0)), 15, DepthSplatter.fade(RED, WHITE, 128)));
        assertEquals(7, run(r, (int) Math.floor(p.x(1)), 15, RED));
    }

    @Test
    void translucentSplatsBlendOverWhatIsBehind() {
        float[] pts = {0, 1, 0, 0, -1, 0};
        int halfBlue = Colors.withAlpha(BLUE, 128);
        Raster r = paint(pts, new int[] {RED, halfBlue}, 1, 0);
        assertEquals(Colors.over(halfBlue, RED), r.get(20, 15));
    }

    @Test
    void theTwoChannelBlendEqualsSourceOver() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            int src = rng.nextInt();
            int dst = rng.nextInt() | 0xFF000000;
            assertEquals(Colors.over(src, dst), DepthSplatter.over(src, dst), Integer.toHexString(src));
        }
        for (int a = 0; a < 256; a++) {
            for (int v = 0; v < 256; v += 5) {
                int src = (a << 24) | (v << 16) | (255 - v) << 8 | v;
                int dst = 0xFF000000 | ((255 - v) << 16) | (v << 8) | (255 - v);
                assertEquals(Colors.over(src, dst), DepthSplatter.over(src, dst));
            }
        }
    }

    @Test
    void badSizesAndFogsAreRejected() {
        Projector3D p = new Projector3D();
        Raster r = new Raster(4, 4);
        DepthSplatter s = new DepthSplatter();
        assertThrows(IllegalArgumentException.class, () -> s.draw(p, RED, null, 0, WHITE, 0, -1, 1, r));
        assertThrows(IllegalArgumentException.class, () -> s.draw(p, RED, null, 2, WHITE, 1.5, -1, 1, r));
        assertThrows(IllegalArgumentException.class, () -> s.draw(p, RED, null, 2, WHITE, 0.5, 1, 1, r));
    }
}
