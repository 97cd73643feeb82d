package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;

/**
 * Trails counted across paintings give exactly the pixels of drawing every segment of every frame's trail one by one
 * over the same background, whatever the painter is handed next: the next frame, a frame further on or back, a
 * shorter or longer trail, another view, size or colour, or a trail switched off and on.
 */
class TrailCoverageTest {

    private static final int FRAMES = 30;
    /** More particles than a trail follows, so the cut at {@link Overlays#TRAIL_PARTICLES} is exercised. */
    private static final int PARTICLES = Overlays.TRAIL_PARTICLES + 200;

    private final List<float[]> history = new ArrayList<>();

    TrailCoverageTest() {
        SplittableRandom rng = new SplittableRandom(11);
        float[] p = new float[3 * PARTICLES];
        for (int q = 0; q < p.length; q++) {
            p[q] = (float) (1.5 * rng.nextGaussian());
        }
        for (int j = 0; j < FRAMES; j++) {
            float[] next = p.clone();
            for (int q = 0; q < next.length; q++) {
                next[q] += (float) (0.08 * rng.nextGaussian());
            }
            next[3 * 5] = j % 7 == 3 ? Float.NaN : next[3 * 5]; // a particle that is not finite in some frames
            next[3 * 9 + 1] = j % 5 == 1 ? 1e9f : next[3 * 9 + 1]; // one far off the picture
            history.add(next);
            p = next;
        }
    }

    @Test
    void countedTrailsPaintTheSegmentsOfEveryFrameExactly() {
        TrailCoverage trails = new TrailCoverage();
        Viewport view = Viewport.fitting(-3, 3, -2.5, 2.5, 241, 187);
        int translucent = 0x60336699;
        int[][] script = {
            // frame, trail length, colour (0 = translucent, 1 = opaque), view (0 = fitted, 1 = panned), size (0, 1)
            {0, 16, 0, 0, 0}, {1, 16, 0, 0, 0}, {2, 16, 0, 0, 0}, {3, 16, 0, 0, 0}, {17, 16, 0, 0, 0},
            {18, 16, 0, 0, 0}, {19, 4, 0, 0, 0}, {20, 64, 0, 0, 0}, {21, 16, 1, 0, 0}, {22, 16, 0, 1, 0},
            {23, 16, 0, 1, 0}, {10, 16, 0, 1, 0}, {11, 0, 0, 1, 0}, {12, 16, 0, 1, 0}, {13, 16, 0, 1, 1},
            {14, 16, 0, 0, 0}, {29, 8, 0, 0, 0},
        };
        for (int[] s : script) {
            Viewport v = s[3] == 0 ? view : view.panned(17, -9);
            Raster fast = background(s[4] == 0 ? 241 : 300, s[4] == 0 ? 187 : 200, s[0]);
            Raster plain = background(fast.width(), fast.height(), s[0]);
            v = v.resized(fast.width(), fast.height());
            Frame f = frame(s[0]);
            int colour = s[2] == 0 ? translucent : 0xFF112233;
            if (s[1] > 0) {
                trails.draw(fast, f, v, s[1], colour);
            } else {
                trails.clear();
            }
            int drawn = drawOneByOne(plain, f, v, s[1], colour);
            assertArrayEquals(plain.pixels(), fast.pixels(), "frame " + s[0] + ", trail " + s[1]);
            assertTrue(s[0] < 2 || s[1] == 0 || drawn > 3_000, "the trail crosses many pixels: " + drawn);
        }
    }

    private Frame frame(int j) {
        List<float[]> trail = history.subList(Math.max(0, j - 64), j);
        return new Frame(1, j, j, 1 - j / 30.0, Phase.PREDICTOR, j, history.get(j), PARTICLES, 3, null, null, Map.of(),
                0, List.copyOf(trail), List.of(), Map.of(), j + 1);
    }

    /** The plain formula: each leg of the trail, each followed particle's segment, blended pixel by pixel. */
    private static int drawOneByOne(Raster out, Frame f, Viewport v, int length, int colour) {
        List<float[]> trail = f.trail();
        int n = Math.min(f.count(), Overlays.TRAIL_PARTICLES);
        int[] before = out.pixels().clone();
        for (int j = Math.max(0, trail.size() - length); j < trail.size() && length > 0; j++) {
            float[] a = trail.get(j);
            float[] b = j + 1 < trail.size() ? trail.get(j + 1) : f.points();
            for (int i = 0; i < n; i++) {
                Lines.draw(out, v.toPixelX(a[3 * i]), v.toPixelY(a[3 * i + 1]), v.toPixelX(b[3 * i]),
                        v.toPixelY(b[3 * i + 1]), colour);
            }
        }
        int changed = 0;
        for (int q = 0; q < before.length; q++) {
            changed += before[q] != out.pixels()[q] ? 1 : 0;
        }
        return changed;
    }

    private static Raster background(int w, int h, long seed) {
        Raster r = new Raster(w, h);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int q = 0; q < r.pixels().length; q++) {
            r.pixels()[q] = 0xFF000000 | rng.nextInt(1 << 24);
        }
        return r;
    }
}
