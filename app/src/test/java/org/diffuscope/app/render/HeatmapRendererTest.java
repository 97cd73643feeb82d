package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Marginal;
import org.junit.jupiter.api.Test;

class HeatmapRendererTest {

    @Test
    void theDensityPeakIsTheBrightestPixelAndTheGridIsExactAtNodes() {
        GaussianMixture g = GaussianMixture.isotropic(new double[] {1}, new double[][] {{1.0, -0.5}}, new double[] {0.3});
        Marginal m = g.marginal(1.0, 0.1);
        Viewport v = new Viewport(0, 0, 20, 121, 81);
        DensityGrid grid = DensityGrid.compute(m, v, 4);
        // node (c, r) sits at pixel (c * w/(cols-1), r * h/(rows-1)); check one node against the exact density
        int c = 7;
        int r = 5;
        double px = c * (v.width() / (double) (grid.cols() - 1));
        double py = r * (v.height() / (double) (grid.rows() - 1));
        double exact = m.evaluator().logDensity(new double[] {v.toWorldX(px), v.toWorldY(py)});
        assertEquals(exact, grid.logDensityAt(c, r), 1e-12);
        assertEquals(exact, grid.interpolate(px, py), 1e-9);

        ColorMap map = ColorMap.viridis();
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 255; i >= 0; i--) {
            index.put(map.entry(i), i);
        }
        Raster out = new Raster(121, 81);
        HeatmapRenderer.paint(grid, map, HeatmapRenderer.Scale.LINEAR, out);
        int best = -1;
        int bestX = -1;
        int bestY = -1;
        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                int i = index.get(out.get(x, y));
                if (i > best) {
                    best = i;
                    bestX = x;
                    bestY = y;
                }
            }
        }
        // the brightest pixel is where the exact density peaks, (1, -0.5), to within the grid spacing
        assertTrue(Math.abs(v.toWorldX(bestX + 0.5) - 1.0) <= 0.2, "peak x at " + v.toWorldX(bestX + 0.5));
        assertTrue(Math.abs(v.toWorldY(bestY + 0.5) + 0.5) <= 0.2, "peak y at " + v.toWorldY(bestY + 0.5));
        assertTrue(best >= 245, "the peak is near the top colour, got entry " + best);
        assertEquals(0, index.get(out.get(0, 0)), "far corners get the bottom colour");
        assertTrue(HeatmapRenderer.Scale.LOG.unit(grid.max() - HeatmapRenderer.LOG_SPAN, grid.max()) == 0.0);
    }
}
