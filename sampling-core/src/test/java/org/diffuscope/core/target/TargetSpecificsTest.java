package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.special.NormalInterval;
import org.junit.jupiter.api.Test;

/** Closed forms of particular kinds checked through other routes: sub-cases, limits and known values. */
class TargetSpecificsTest {

    private static final double[][] PROBES = {{0.1, 0.2}, {1.3, -0.7}, {-2.2, 1.9}, {0.0, 0.0}, {40, -25}};

    /** Asserts two evaluators agree on log p, score and Hessian at the probe points. */
    private static void assertSame(Evaluator a, Evaluator b, double[][] points, double tol, String name) {
        int d = a.dim();
        for (double[] x : points) {
            double[] sa = new double[d];
            double[] sb = new double[d];
            double la = a.score(x, 0, sa, 0);
            double lb = b.score(x, 0, sb, 0);
            assertEquals(la, lb, tol * Math.max(1, Math.abs(la)), name + " log p");
            double[] ha = new double[d * d];
            double[] hb = new double[d * d];
            a.hessian(x, 0, ha);
            b.hessian(x, 0, hb);
            for (int j = 0; j < d; j++) {
                assertEquals(sa[j], sb[j], tol * Math.max(1, Math.abs(sa[j])), name + " score");
            }
            for (int j = 0; j < d * d; j++) {
                assertEquals(ha[j], hb[j], tol * Math.max(1, Math.abs(ha[j])), name + " hessian");
            }
        }
    }

    @Test
    void polylineIsTheLengthWeightedMixtureOfItsSegments() {
        double[][] p = {{-1.5, -1}, {-0.5, 1}, {0.5, -1}, {1.5, 0.8}};
        Polyline line = new Polyline(p, false);
        double[] w = new double[3];
        List<Target> segments = new java.util.ArrayList<>();
        for (int s = 0; s < 3; s++) {
            w[s] = Math.hypot(p[s + 1][0] - p[s][0], p[s + 1][1] - p[s][1]);
            segments.add(new Polyline(new double[][] {p[s], p[s + 1]}, false));
        }
        Mixture mix = new Mixture(w, segments);
        for (double[] as : new double[][] {{0.99, 0.05}, {0.6, 0.8}, {1.0, 3.0}}) {
            assertSame(line.marginal(as[0], as[1]).evaluator(), mix.marginal(as[0], as[1]).evaluator(), PROBES, 1e-10,
                    "polyline vs mixture of segments");
        }
        assertEquals(1, line.modeCount());
        assertEquals(3, mix.modeCount());
    }

    @Test
    void tiltedCircleInTheHorizontalPlaneIsThePlanarCircleTimesAGaussian() {
        Circle flat = new Circle(new double[] {0.3, -0.2}, 1.5, null);
        Circle tilted = new Circle(new double[] {0.3, -0.2, 0.4}, 1.5, new double[] {0, 0, -2});
        double alpha = 0.8;
        double sigma = 0.4;
        Evaluator e2 = flat.marginal(alpha, sigma).evaluator();
        Evaluator e3 = tilted.marginal(alpha, sigma).evaluator();
        for (double[] x : PROBES) {
            double z = 0.7 - alpha * 0.4;
            double[] x3 = {x[0], x[1], 0.7};
            double gauss = -z * z / (2 * sigma * sigma) - 0.5 * Math.log(2 * Math.PI * sigma * sigma);
            assertEquals(e2.logDensity(x, 0) + gauss, e3.logDensity(x3, 0), 1e-10 * Math.max(1, Math.abs(gauss)));
            double[] s3 = e3.score(x3);
            double[] s2 = e2.score(x);
            assertEquals(s2[0], s3[0], 1e-10 * Math.max(1, Math.abs(s2[0])));
            assertEquals(s2[1], s3[1], 1e-10 * Math.max(1, Math.abs(s2[1])));
            assertEquals(-z / (sigma * sigma), s3[2], 1e-12);
        }
    }

    @Test
    void pointMassScoreIsTheDenoisedMeanPull() {
        GaussianMixture masses = (GaussianMixture) TargetCatalog.pointMasses();
        assertEquals("point-masses", masses.kind());
        assertFalse(masses.hasDensity());
        double alpha = 0.7;
        double sigma = 0.5;
        Evaluator ev = masses.marginal(alpha, sigma).evaluator();
        double[] r = new double[masses.size()];
        for (double[] x : PROBES) {
            // s = (alpha sum_i r_i y_i - x) / sigma^2
            ev.responsibilities(x, 0, r);
            double[] s = ev.score(x);
            for (int j = 0; j < 2; j++) {
                double pull = 0;
                for (int k = 0; k < masses.size(); k++) {
                    pull += r[k] * masses.componentMean(k)[j];
                }
                assertEquals((alpha * pull - x[j]) / (sigma * sigma), s[j], 1e-10 * Math.max(1, Math.abs(s[j])));
            }
        }
        GaussianMixture equal = GaussianMixture.pointMasses(new double[][] {{0}, {1}, {5}}, null);
        assertEquals(1.0 / 3, equal.weight(2), 1e-15);
    }

    @Test
    void sigmaZeroDensitiesOfBoxAndLaplace() {
        Evaluator box = new Box(new double[] {-1, 0}, new double[] {2, 0.5}).marginal(1.0, 0.0).evaluator();
        double[] s = new double[2];
        assertEquals(-Math.log(1.5), box.score(new double[] {0.3, 0.2}, 0, s, 0), 1e-15);
        assertEquals(0.0, s[0], 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, box.logDensity(new double[] {0.3, 0.6}));
        Evaluator laplace = new Laplace(new double[] {1}, new double[] {0.5}).marginal(1.0, 0.0).evaluator();
        // log p = -|x - m|/b - log(2b)
        assertEquals(-0.4 / 0.5 - Math.log(1.0), laplace.logDensity(new double[] {0.6}), 1e-15);
        assertEquals(2.0, laplace.score(new double[] {0.6})[0], 1e-15);
        assertEquals(-2.0, laplace.score(new double[] {1.6})[0], 1e-15);
    }

    @Test
    void boxDensityAndScoreAreProductsOfNormalIntervalsAtEveryScale() {
        // the weights path against NormalInterval's logarithmic one, coordinate by coordinate: inside, at the faces,
        // far outside, from sigma 1e-4 (sharp faces) to 1e3 (alpha 1e-6: a narrow interval far from everything)
        double[] lo = {-2, -1, 0.5};
        double[] hi = {2, 1, 0.75};
        Box box = new Box(lo, hi);
        NormalInterval interval = new NormalInterval();
        SplittableRandom rng = new SplittableRandom(3);
        double[][] scales = {{1, 1e-4}, {1, 0.02}, {0.9, 0.4}, {0.3, 1}, {1e-6, 1}, {1, 1e3}};
        for (double[] as : scales) {
            double alpha = as[0];
            double sigma = as[1];
            Evaluator ev = box.marginal(alpha, sigma).evaluator();
            double[] x = new double[3];
            double[] s = new double[3];
            for (int i = 0; i < 3000; i++) {
                double spread = i % 4 == 0 ? 50 : 2.5;
                for (int j = 0; j < 3; j++) {
                    x[j] = spread * (2 * rng.nextDouble() - 1);
                }
                double want = 0;
                double[] wantScore = new double[3];
                for (int j = 0; j < 3; j++) {
                    double h = 0.5 * alpha * (hi[j] - lo[j]) / sigma;
                    interval.setCentered((x[j] - 0.5 * alpha * (lo[j] + hi[j])) / sigma, h);
                    want += interval.logMass() - Math.log(alpha * (hi[j] - lo[j]));
                    wantScore[j] = interval.dLog() / sigma;
                }
                String at = "alpha " + alpha + " sigma " + sigma + " at " + java.util.Arrays.toString(x);
                assertEquals(want, ev.logDensity(x, 0), 1e-13 * Math.max(1, Math.abs(want)), "log p, " + at);
                assertEquals(want, ev.score(x, 0, s, 0), 1e-13 * Math.max(1, Math.abs(want)), "score's log p, " + at);
                for (int j = 0; j < 3; j++) {
                    double scale = (Math.abs(x[j]) + alpha * 2) / (sigma * sigma) + 1 / sigma;
                    assertEquals(wantScore[j], s[j], 1e-13 * scale, "score[" + j + "], " + at);
                }
            }
        }
    }

    @Test
    void laplaceWithScaleFarBelowTheNoiseIsGaussian() {
        // c = alpha b << sigma: p_t = N(0, sigma^2 + 2 c^2) up to the fourth cumulant 12 c^4, relatively 1e-16 here
        Laplace laplace = new Laplace(new double[] {0.3}, new double[] {1.0});
        double alpha = 1e-5;
        double sigma = 0.9;
        Evaluator ev = laplace.marginal(alpha, sigma).evaluator();
        double v = sigma * sigma + 2 * alpha * alpha;
        for (double x : new double[] {-3, -0.2, 0.0, 1e-3, 2.5}) {
            double y = x - alpha * 0.3;
            assertEquals(-y * y / (2 * v) - 0.5 * Math.log(2 * Math.PI * v), ev.logDensity(new double[] {x}), 1e-13);
            assertEquals(-y / v, ev.score(new double[] {x})[0], 1e-12);
            double[] h = new double[1];
            ev.hessian(new double[] {x}, 0, h);
            assertEquals(-1 / v, h[0], 1e-11);
        }
    }

    @Test
    void everyTargetIsStandardNormalAtTheEndOfALongOuRun() {
        // at t = 50, alpha = e^-50: p_t = N(0, I) to double precision
        ForwardProcess ou = ForwardProcess.named("ou");
        SplittableRandom rng = new SplittableRandom(2);
        for (Map.Entry<String, Target> e : TargetCatalog.all().entrySet()) {
            DiffusedTarget dt = new DiffusedTarget(e.getValue(), ou);
            Evaluator ev = dt.marginal(ou.tLimit()).evaluator();
            int d = dt.dim();
            for (int i = 0; i < 20; i++) {
                double[] x = TargetCatalog.gaussian(rng, d);
                double scale = i < 10 ? 1 : 300;
                double q = 0;
                for (int j = 0; j < d; j++) {
                    x[j] *= scale;
                    q += x[j] * x[j];
                }
                double[] s = new double[d];
                double logp = ev.score(x, 0, s, 0);
                assertEquals(-q / 2 - d * 0.5 * Math.log(2 * Math.PI), logp, 1e-9 * Math.max(1, q), e.getKey());
                for (int j = 0; j < d; j++) {
                    assertEquals(-x[j], s[j], 1e-9 * Math.max(1, Math.abs(x[j])), e.getKey() + " score");
                }
                double[] h = new double[d * d];
                ev.hessian(x, 0, h);
                for (int j = 0; j < d; j++) {
                    assertEquals(-1.0, h[j * d + j], 1e-8, e.getKey() + " hessian");
                }
            }
        }
    }

    @Test
    void centresOfCircleAndSphereHaveTheSymmetricCurvature() {
        // at rho = 0: s = 0 and H = -I/sigma^2 + c1^2/2 P (circle), -I/sigma^2 + c1^2/3 I (sphere), c1 = alpha r/sigma^2
        double alpha = 0.9;
        double sigma = 0.6;
        double c1 = alpha * 1.5 / (sigma * sigma);
        Evaluator circle = TargetCatalog.circle2d().marginal(alpha, sigma).evaluator();
        double[] centre = {0.9 * 0.3, 0.9 * -0.2};
        double[] h = new double[4];
        circle.hessian(centre, 0, h);
        assertEquals(-1 / (sigma * sigma) + c1 * c1 / 2, h[0], 1e-12);
        assertEquals(0.0, h[1], 1e-12);
        assertEquals(0.0, circle.score(centre)[0], 1e-12);
        Evaluator sphere = TargetCatalog.sphere().marginal(alpha, sigma).evaluator();
        double c3 = alpha * 1.3 / (sigma * sigma);
        double[] h3 = new double[9];
        sphere.hessian(new double[] {0.9 * 0.2, 0, 0.9 * -0.1}, 0, h3);
        assertEquals(-1 / (sigma * sigma) + c3 * c3 / 3, h3[4], 1e-12);
        assertTrue(Double.isFinite(sphere.logDensity(new double[] {0.18, 0, -0.09})));
    }
}
