package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;
import org.junit.jupiter.api.Test;

/**
 * The heat map's grid widens with the noise, and its upsampled log p stays within a fiftieth of a nat of the truth
 * there (the finest cells err more at small t: 0.1-0.3 nat where the noise spans 9 pixels).
 */
class DensityGridTest {

    @Test
    void cellsAreAQuarterOfTheNoiseOnScreenBetweenTheFinestAndFourTimesIt() {
        assertEquals(4, DensityGrid.cellFor(0.0, 4));
        assertEquals(4, DensityGrid.cellFor(29.9, 4));
        assertEquals(10, DensityGrid.cellFor(60.0, 4));
        assertEquals(16, DensityGrid.cellFor(96.0, 4));
        assertEquals(16, DensityGrid.cellFor(1e9, 4));
    }

    @Test
    void theUpsampledLogDensityMatchesTheExactOneWhereverItIsVisible() {
        Viewport view = Viewport.fitting(-3.5, 3.5, -3.5, 3.5, 700, 640);
        SplittableRandom rng = new SplittableRandom(9);
        int coarse = 0;
        for (String name : new String[] {"two-moons", "checkerboard", "ring8"}) {
            DiffusedTarget dt = new DiffusedTarget(Presets.byName(name).orElseThrow().build(2), ForwardProcess.named("ou"));
            for (double t : new double[] {0.005, 0.05, 0.2, 1.0}) {
                double sigmaPixels = dt.process().sigma(t) * view.scale();
                int cell = DensityGrid.cellFor(sigmaPixels, 4);
                Marginal m = dt.marginal(t);
                DensityGrid grid = DensityGrid.compute(m, view, cell);
                Evaluator ev = m.evaluator();
                double worst = 0;
                for (int i = 0; i < 4000; i++) {
                    double px = rng.nextDouble() * view.width();
                    double py = rng.nextDouble() * view.height();
                    double exact = ev.logDensity(new double[] {view.toWorldX(px), view.toWorldY(py)});
                    // the heat map's colours span ~10 nats below the peak; deeper valleys are background
                    if (exact > grid.max() - 10) {
                        worst = Math.max(worst, Math.abs(grid.interpolate(px, py) - exact));
                    }
                }
                String at = name + " at t = " + t + " (cell " + cell + " px, sigma " + sigmaPixels + " px)";
                if (cell > 4) {
                    coarse++;
                    assertTrue(worst <= 0.02, at + ": worst error " + worst + " nats");
                }
            }
        }
        assertEquals(6, coarse, "wider cells at t = 0.2 and 1 (52 and 85 pixels of noise) for each target");
    }
}
