package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Box;
import org.diffuscope.core.target.Circle;
import org.diffuscope.core.target.Laplace;
import org.junit.jupiter.api.Test;

/** Laplace products and boxes are recognised as products, so their joint KL is the sum of exact 1D KLs. */
class ProductTargetTest {

    @Test
    void laplaceAndBoxAreProductsACircleIsNot() {
        assertTrue(TargetStructure.isProduct(new Laplace(new double[] {0, 1, 2}, new double[] {1, 1, 0.5})));
        assertTrue(TargetStructure.isProduct(new Box(new double[] {0, 0}, new double[] {1, 2})));
        assertFalse(TargetStructure.isProduct(new Circle(new double[] {0, 0}, 1, null)));
    }

    @Test
    void exactSamplesOfALaplaceProductHaveProductKlWithinTheirFloor() {
        int d = 6;
        double[] loc = new double[d];
        double[] scale = new double[d];
        java.util.Arrays.fill(scale, 1 / Math.sqrt(2));
        DiffusedTarget dt = new DiffusedTarget(new Laplace(loc, scale), ForwardProcess.named("ou"));
        Particles x = dt.sample(0.05, 20_000, 3L);
        MetricReport r = new Metrics(dt).full(x, 0.05);
        assertTrue(r.has(MetricReport.PRODUCT_KL), r.values().toString());
        double kl = r.get(MetricReport.PRODUCT_KL);
        double se = r.get(MetricReport.PRODUCT_KL_STDERR);
        assertEquals(0.0, kl, 5 * se + 1e-3, "exact samples: no KL beyond the noise");
    }
}
