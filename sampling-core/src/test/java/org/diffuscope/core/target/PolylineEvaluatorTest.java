package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.diffuscope.core.preset.Presets;
import org.junit.jupiter.api.Test;

/**
 * The weights path of a noised polyline (Mills ratios, no logarithms) against its logarithmic path (log-erfcx, kept for
 * the Hessian and as the fallback), which {@link QuadratureOracleTest} holds to quadrature: at every scale from
 * 1e-4 to 1e3, signal from 1 to 1e-6, on the curve, near it and far from it.
 */
class PolylineEvaluatorTest {

    @Test
    void weightsAgreeWithLogarithmsAtEveryScale() {
        for (String name : new String[] {"helix", "spiral"}) {
            Polyline line = (Polyline) Presets.byName(name).orElseThrow().build(name.equals("helix") ? 3 : 2);
            double radius = 0;
            for (double v : line.starts) {
                radius = Math.max(radius, Math.abs(v));
            }
            int d = line.dim();
            SplittableRandom rng = new SplittableRandom(5);
            double[][] scales = {{1, 1e-4}, {1, 3e-3}, {0.999, 0.05}, {0.95, 0.3}, {0.6, 0.8}, {0.05, 1.0},
                    {1e-6, 1.0}, {1, 30}, {1, 1e3}};
            for (double[] as : scales) {
                double alpha = as[0];
                double sigma = as[1];
                PolylineEvaluator ev = new PolylineEvaluator(line, alpha, sigma);
                double[] x = new double[d];
                double[] fast = new double[d];
                double[] slow = new double[d];
                for (int i = 0; i < 2000; i++) {
                    line.sample(rng, x, 0);
                    // on the curve, near it, and (one in five) far from everything
                    double spread = i % 5 == 0 ? 20 * (radius + sigma) : sigma * (1 + 3 * rng.nextDouble());
                    double norm = 0;
                    for (int j = 0; j < d; j++) {
                        x[j] = alpha * x[j] + spread * rng.nextGaussian();
                        norm = Math.max(norm, Math.abs(x[j]));
                    }
                    String at = name + " alpha " + alpha + " sigma " + sigma + " point " + i;
                    double logp = ev.logDensity(x, 0);
                    double want = ev.logarithmicLogDensity(x, 0);
                    assertEquals(want, logp, 1e-13 * Math.max(1, Math.abs(want)), "log p, " + at);
                    double fromScore = ev.score(x, 0, fast, 0);
                    ev.logarithmicScore(x, 0, slow, 0);
                    assertEquals(logp, fromScore, 0.0, "score's log p, " + at);
                    // the score's scale: its two terms, -(x - alpha mean)/sigma^2 and the pull ~ 1/sigma
                    double scale = (norm + alpha * radius) / (sigma * sigma) + 1 / sigma;
                    for (int j = 0; j < d; j++) {
                        assertTrue(Double.isFinite(fast[j]), at);
                        assertEquals(slow[j], fast[j], 1e-12 * scale, "score[" + j + "], " + at);
                    }
                }
            }
        }
    }
}
