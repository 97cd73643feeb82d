package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * A second, independent route to every closed form: {@code p_t(x) = E_{y ~ p_0} N(x; alpha y, sigma^2 I)} by
 * quadrature over the support (trapezoid on circles, Simpson on segments, intervals and the sphere's cos(theta)),
 * compared with the target's log p_t at points on and near the support.
 */
class QuadratureOracleTest {

    private static final double[][] SCALES = {{0.9, 0.3}, {0.5, 0.7}, {1.0, 0.15}};

    /** Composite Simpson's rule of f on [a, b] with n (even) panels. */
    static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    /** The isotropic Gaussian density N(x; alpha y, sigma^2 I). */
    static double kernel(double[] x, double[] y, double alpha, double sigma) {
        double q = 0;
        for (int j = 0; j < x.length; j++) {
            double r = x[j] - alpha * y[j];
            q += r * r;
        }
        return Math.exp(-q / (2 * sigma * sigma)) / Math.pow(2 * Math.PI * sigma * sigma, x.length / 2.0);
    }

    private static void compare(String name, Target target, double[][] points, ToDoubleFunction<double[]> oracle,
            double alpha, double sigma) {
        Evaluator ev = target.marginal(alpha, sigma).evaluator();
        for (double[] x : points) {
            double want = Math.log(oracle.applyAsDouble(x));
            assertEquals(want, ev.logDensity(x, 0), 1e-9 * Math.max(1, Math.abs(want)),
                    name + " alpha=" + alpha + " sigma=" + sigma + " at " + java.util.Arrays.toString(x));
        }
    }

    @Test
    void circleMatchesQuadratureOverTheAngle() {
        double[] c = {0.3, -0.2};
        double r = 1.5;
        Target t = new Circle(c, r, null);
        double[][] pts = {{0.3, -0.2}, {1.8, -0.2}, {1.0, 1.0}, {-2.5, 0.4}};
        for (double[] as : SCALES) {
            int n = 4000;
            compare("circle", t, pts, x -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double th = 2 * Math.PI * i / n;
                    sum += kernel(x, new double[] {c[0] + r * Math.cos(th), c[1] + r * Math.sin(th)}, as[0], as[1]);
                }
                return sum / n;
            }, as[0], as[1]);
        }
    }

    @Test
    void tiltedCircleMatchesQuadratureOverTheAngle() {
        Circle t = (Circle) TargetCatalog.circle3d();
        double[][] pts = {{0.1, 0.2, -0.3}, {1.0, -0.5, 0.2}, {-0.4, 1.1, 0.9}};
        for (double[] as : SCALES) {
            int n = 4000;
            double[] y = new double[3];
            compare("circle-3d", t, pts, x -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    // the sampler maps a uniform angle to the circle; reuse it with a fixed "random" angle
                    double u = (double) i / n;
                    t.sample(new FixedUniform(u), y, 0);
                    sum += kernel(x, y, as[0], as[1]);
                }
                return sum / n;
            }, as[0], as[1]);
        }
    }

    @Test
    void sphereMatchesQuadratureOverTheSurface() {
        double[] c = {0.2, 0.0, -0.1};
        double r = 1.3;
        Target t = new Sphere(c, r);
        double[][] pts = {{0.2, 0.0, -0.1}, {1.5, 0.0, -0.1}, {0.9, 0.8, 0.4}};
        for (double[] as : SCALES) {
            if (as[1] < 0.2) {
                continue;
            }
            compare("sphere", t, pts, x -> simpson(u -> {
                double s = Math.sqrt(Math.max(0, 1 - u * u));
                int m = 256;
                double acc = 0;
                for (int i = 0; i < m; i++) {
                    double ph = 2 * Math.PI * i / m;
                    acc += kernel(x, new double[] {c[0] + r * s * Math.cos(ph), c[1] + r * s * Math.sin(ph), c[2] + r * u},
                            as[0], as[1]);
                }
                return acc / m;
            }, -1, 1, 800) / 2, as[0], as[1]);
        }
    }

    @Test
    void polylineMatchesQuadratureAlongItsSegments() {
        double[][] p = {{-1.5, -1}, {-0.5, 1}, {0.5, -1}, {1.5, 0.8}};
        Target t = new Polyline(p, false);
        double total = 0;
        for (int s = 0; s < 3; s++) {
            total += Math.hypot(p[s + 1][0] - p[s][0], p[s + 1][1] - p[s][1]);
        }
        double length = total;
        double[][] pts = {{-1.5, -1}, {0, 0}, {0.5, -1.2}, {2.5, 2}};
        for (double[] as : SCALES) {
            compare("polyline", t, pts, x -> {
                double sum = 0;
                for (int s = 0; s < 3; s++) {
                    double[] a = p[s];
                    double[] b = p[s + 1];
                    double l = Math.hypot(b[0] - a[0], b[1] - a[1]);
                    sum += l / length * simpson(v -> kernel(x, new double[] {a[0] + v * (b[0] - a[0]), a[1] + v * (b[1] - a[1])},
                            as[0], as[1]), 0, 1, 20000);
                }
                return sum;
            }, as[0], as[1]);
        }
    }

    @Test
    void boxAndLaplaceMatchQuadraturePerCoordinate() {
        Target box = new Box(new double[] {-1}, new double[] {2});
        Target laplace = new Laplace(new double[] {0.4}, new double[] {0.7});
        double[][] pts = {{-1.0}, {0.4}, {2.3}, {-3.0}};
        for (double[] as : SCALES) {
            compare("box", box, pts, x -> simpson(y -> kernel(x, new double[] {y}, as[0], as[1]), -1, 2, 40000) / 3,
                    as[0], as[1]);
            // the Laplace density has a kink at its location: integrate each side separately
            DoubleUnaryOperator lap = y -> Math.exp(-Math.abs(y - 0.4) / 0.7) / 1.4;
            compare("laplace", laplace, pts, x -> simpson(y -> lap.applyAsDouble(y) * kernel(x, new double[] {y}, as[0], as[1]),
                    0.4 - 40, 0.4, 40000) + simpson(y -> lap.applyAsDouble(y) * kernel(x, new double[] {y}, as[0], as[1]),
                    0.4, 0.4 + 40, 40000), as[0], as[1]);
        }
    }

    /** A generator whose nextDouble is a fixed number: turns a sampler into a deterministic parametrisation. */
    private static final class FixedUniform implements java.util.random.RandomGenerator {
        private final double u;

        FixedUniform(double u) {
            this.u = u;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }

        @Override
        public double nextDouble() {
            return u;
        }
    }
}
