package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code int p_t = 1} by the midpoint rule on a grid of spacing sigma/2.5 reaching 9 sigma beyond the support: the
 * rule's error for integrands smooth on the scale sigma is ~ e^(-2 pi^2 6.25), so the sum must be 1 to 1e-9.
 */
class NormalisationTest {

    /** Midpoint-rule integral of p over the cube [-w, w]^d with spacing about h. */
    static double integrate(Marginal m, double w, double h) {
        int d = m.dim();
        int n = (int) Math.ceil(2 * w / h);
        double step = 2 * w / n;
        Evaluator ev = m.evaluator();
        double[] x = new double[d];
        int[] idx = new int[d];
        double sum = 0;
        long total = (long) Math.pow(n, d);
        for (long c = 0; c < total; c++) {
            long rest = c;
            for (int j = 0; j < d; j++) {
                idx[j] = (int) (rest % n);
                rest /= n;
                x[j] = -w + (idx[j] + 0.5) * step;
            }
            sum += Math.exp(ev.logDensity(x, 0));
        }
        return sum * Math.pow(step, d);
    }

    private static void check(String name, Target t, double radius, double alpha, double sigma) {
        double integral = integrate(t.marginal(alpha, sigma), alpha * radius + 9 * sigma, sigma / 2.5);
        assertEquals(1.0, integral, 1e-9, name + " alpha=" + alpha + " sigma=" + sigma);
    }

    @Test
    void planarTargetsIntegrateToOne() {
        Target laplace2d = new Laplace(new double[] {0.5, -1}, new double[] {0.3, 0.5});
        List<Object[]> cases = List.of(
                new Object[] {"circle", TargetCatalog.circle2d(), 2.0},
                new Object[] {"polyline", TargetCatalog.polyline2d(), 2.0},
                new Object[] {"box", TargetCatalog.box2d(), 2.3},
                new Object[] {"checkerboard", TargetCatalog.checkerboard(), 2.9},
                new Object[] {"point-masses", TargetCatalog.pointMasses(), 1.9},
                new Object[] {"laplace", laplace2d, 1.2 + 40 * 0.5},
                new Object[] {"mixture", TargetCatalog.mixture(), 2.3},
                new Object[] {"gaussian-mixture", TargetCatalog.gaussianMixture(), 6.0});
        for (Object[] c : cases) {
            for (double[] as : new double[][] {{0.9, 0.3}, {0.5, 0.8}, {1.0, 0.25}}) {
                check((String) c[0], (Target) c[1], (Double) c[2], as[0], as[1]);
            }
        }
    }

    @Test
    void spatialTargetsIntegrateToOne() {
        for (double[] as : new double[][] {{0.6, 0.5}, {1.0, 0.8}}) {
            check("sphere", TargetCatalog.sphere(), 1.6, as[0], as[1]);
            check("circle-3d", TargetCatalog.circle3d(), 1.7, as[0], as[1]);
            check("polyline-3d", TargetCatalog.polyline3d(), 1.8, as[0], as[1]);
        }
    }

    @Test
    void boxAndLaplaceIntegrateToOneAtSigmaZero() {
        // at sigma = 0: the box's faces fall on cell boundaries of this grid, so the midpoint sum is exact
        Target box = new Box(new double[] {-1, -0.5}, new double[] {2, 0.5});
        assertEquals(1.0, integrate(box.marginal(1.0, 0.0), 2.5, 0.005), 1e-9);
        Target laplace = new Laplace(new double[] {0.25}, new double[] {0.5});
        assertEquals(1.0, integrate(laplace.marginal(0.8, 0.0), 20, 1e-3), 1e-6);
    }
}
