package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.diffuscope.core.target.GaussianMixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fast paths of the particle splatter (hoisted blend, counted coverage of large clouds) and of the heat map
 * (split interpolation, colours read from bins of the log-density) paint exactly the pixels of the plain per-pixel
 * formulas.
 */
class RenderFastPathsTest {

    @ParameterizedTest
    @CsvSource({"1, 110", "2, 110", "2, 255", "3, 200", "4, 150", "2, 1"})
    void oneColourCloudsPaintTheSamePixelsAsPerPixelSourceOver(int size, int alpha) {
        int n = ParticleSplatter.COUNTED_FROM + 1234;
        Raster fast = new Raster(301, 203);
        Raster plain = new Raster(301, 203);
        SplittableRandom rng = new SplittableRandom(size * 1000L + alpha);
        for (int q = 0; q < fast.pixels().length; q++) {
            fast.pixels()[q] = plain.pixels()[q] = 0xFF000000 | rng.nextInt(1 << 24);
        }
        Viewport view = Viewport.fitting(-3, 3, -2, 2, fast.width(), fast.height());
        float[] x = new float[3 * n];
        for (int i = 0; i < n; i++) {
            x[3 * i] = (float) (1.8 * rng.nextGaussian());
            x[3 * i + 1] = i % 1000 == 7 ? Float.NaN : 99;
            x[3 * i + 2] = (float) (1.2 * rng.nextGaussian());
        }
        int color = (alpha << 24) | 0x3366CC;
        // a painter's memory keeps the count buffer: a second picture must not see the first one's counts
        PaintMemory memory = new PaintMemory();
        int[] background = fast.pixels().clone();
        ParticleSplatter.draw(x, n, 3, 0, 2, view, color, null, size, fast, memory);
        int[] first = fast.pixels().clone();
        System.arraycopy(background, 0, fast.pixels(), 0, background.length);
        ParticleSplatter.draw(x, n, 3, 0, 2, view, color, null, size, fast, memory);
        assertArrayEquals(first, fast.pixels(), "the second picture with the same memory");
        // the plain formula: every particle's clipped square, pixel by pixel, in order
        int half = (size - 1) / 2;
        int painted = 0;
        for (int i = 0; i < n; i++) {
            float wx = x[3 * i];
            float wy = x[3 * i + 2];
            int cx = (int) Math.floor(view.toPixelX(wx)) - half;
            int cy = (int) Math.floor(view.toPixelY(wy)) - half;
            for (int yy = Math.max(0, cy); yy < Math.min(plain.height(), cy + size); yy++) {
                for (int xx = Math.max(0, cx); xx < Math.min(plain.width(), cx + size); xx++) {
                    plain.set(xx, yy, Colors.over(color, plain.get(xx, yy)));
                    painted++;
                }
            }
        }
        assertTrue(painted > n / 2, "most particles are on screen");
        assertArrayEquals(plain.pixels(), fast.pixels());
    }

    @ParameterizedTest
    @EnumSource(HeatmapRenderer.Scale.class)
    void theHeatMapIsTheInterpolatedDensityPixelByPixel(HeatmapRenderer.Scale scale) {
        GaussianMixture g = GaussianMixture.isotropic(new double[] {1, 2}, new double[][] {{1.0, -0.5}, {-1, 1}},
                new double[] {0.3, 0.05});
        Viewport v = new Viewport(0.2, 0, 37, 203, 151);
        DensityGrid grid = DensityGrid.compute(g.marginal(1.0, 0.1), v, 4);
        ColorMap map = ColorMap.viridis();
        Raster fast = new Raster(v.width(), v.height());
        HeatmapRenderer.paint(grid, map, scale, fast);
        Raster plain = new Raster(v.width(), v.height());
        for (int y = 0; y < v.height(); y++) {
            for (int x = 0; x < v.width(); x++) {
                plain.set(x, y, map.color(scale.unit(grid.interpolate(x + 0.5, y + 0.5), grid.max())));
            }
        }
        assertArrayEquals(plain.pixels(), fast.pixels());
    }

    @ParameterizedTest
    @EnumSource(HeatmapRenderer.Scale.class)
    void theHeatMapsColourBinsAgreeWithTheFormulaOrDeferToIt(HeatmapRenderer.Scale scale) {
        ColorMap map = ColorMap.viridis();
        HeatmapRenderer.Bins bins = new HeatmapRenderer.Bins(map, scale);
        SplittableRandom rng = new SplittableRandom(5);
        int deferred = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            // a dense sweep of [-16, 0.5] nats, plus values just either side of every change of colour
            double rel = i % 2 == 0 ? -16 + 16.5 * rng.nextDouble() : edge(map, scale, rng);
            int e = bins.entry(rel);
            if (e < 0) {
                deferred++;
            } else {
                assertEquals(map.index(scale.unit(rel, 0)), e, "rel " + rel);
            }
        }
        assertTrue(deferred < n / 2 * 0.2 + n / 2, "the bins answer most pixels: deferred " + deferred);
        assertEquals(-1, bins.entry(Double.NaN));
        assertEquals(0, bins.entry(Double.NEGATIVE_INFINITY));
        assertEquals(-1, bins.entry(Double.POSITIVE_INFINITY));
    }

    /** A rel within a few ulps of where the colour entry changes from i - 1 to i (found by bisection). */
    private static double edge(ColorMap map, HeatmapRenderer.Scale scale, SplittableRandom rng) {
        int i = 1 + rng.nextInt(255);
        double lo = -40;
        double hi = 1;
        for (int k = 0; k < 200 && Math.nextUp(lo) < hi; k++) {
            double mid = 0.5 * (lo + hi);
            if (map.index(scale.unit(mid, 0)) >= i) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double x = rng.nextBoolean() ? hi : lo;
        for (int k = rng.nextInt(4); k > 0; k--) {
            x = rng.nextBoolean() ? Math.nextUp(x) : Math.nextDown(x);
        }
        return x;
    }
}
