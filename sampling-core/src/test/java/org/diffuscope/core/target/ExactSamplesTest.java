package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.junit.jupiter.api.Test;

/**
 * Exact samples of p_0 (Target.sample) and of p_t (DiffusedTarget.sample) have the closed-form mean and covariance:
 * each entry within 5 standard errors, the standard errors estimated from the same N = 20000 samples.
 */
class ExactSamplesTest {

    private static final int N = 20000;

    /** Asserts the sample mean and covariance of the rows of x against m and c. */
    static void assertMoments(String name, double[] x, int n, int d, double[] m, double[] c) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j] / n;
            }
        }
        for (int j = 0; j < d; j++) {
            assertEquals(m[j], mean[j], 5 * Math.sqrt(c[j * d + j] / n) + 1e-12, name + " mean[" + j + "]");
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                // the sample covariance and the standard error of its products (x_a - m_a)(x_b - m_b)
                double sum = 0;
                double sum2 = 0;
                for (int i = 0; i < n; i++) {
                    double p = (x[i * d + a] - m[a]) * (x[i * d + b] - m[b]);
                    sum += p;
                    sum2 += p * p;
                }
                double cov = sum / n;
                double se = Math.sqrt(Math.max(0, sum2 / n - cov * cov) / n);
                assertEquals(c[a * d + b], cov, 5 * se + 1e-12, name + " cov[" + a + "][" + b + "]");
            }
        }
    }

    @Test
    void samplesOfTheDataLawHaveItsMoments() {
        for (Map.Entry<String, Target> e : TargetCatalog.all().entrySet()) {
            Target t = e.getValue();
            int d = t.dim();
            double[] x = new double[N * d];
            SplittableRandom rng = new SplittableRandom(99);
            for (int i = 0; i < N; i++) {
                t.sample(rng, x, i * d);
            }
            assertMoments(e.getKey(), x, N, d, t.mean(), t.covariance());
        }
    }

    @Test
    void samplesOfTheNoisedLawHaveItsMoments() {
        for (Map.Entry<String, Target> e : TargetCatalog.all().entrySet()) {
            for (String p : new String[] {"ou", "ve"}) {
                DiffusedTarget dt = new DiffusedTarget(e.getValue(), ForwardProcess.named(p));
                for (double t : new double[] {0.05, 0.5}) {
                    Particles xs = dt.sample(t, N, 7);
                    assertMoments(e.getKey() + " " + p + " t=" + t, xs.data(), N, dt.dim(), dt.mean(t), dt.covariance(t));
                }
            }
        }
    }

    @Test
    void samplesLieOnTheSupport() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] y = new double[3];
        Circle circle = (Circle) TargetCatalog.circle3d();
        Sphere sphere = (Sphere) TargetCatalog.sphere();
        for (int i = 0; i < 1000; i++) {
            circle.sample(rng, y, 0);
            double[] c = circle.mean();
            double[] r = {y[0] - c[0], y[1] - c[1], y[2] - c[2]};
            // on the sphere of radius r about the centre and in the plane normal to (1, 1, 0.5)
            assertEquals(1.2, Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]), 1e-12);
            assertEquals(0.0, r[0] + r[1] + 0.5 * r[2], 1e-12);
            sphere.sample(rng, y, 0);
            c = sphere.mean();
            assertEquals(1.3, Math.hypot(Math.hypot(y[0] - c[0], y[1] - c[1]), y[2] - c[2]), 1e-12);
        }
        GaussianMixture masses = (GaussianMixture) TargetCatalog.pointMasses();
        double[] z = new double[2];
        for (int i = 0; i < 200; i++) {
            masses.sample(rng, z, 0);
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < masses.size(); k++) {
                double[] m = masses.componentMean(k);
                best = Math.min(best, Math.hypot(z[0] - m[0], z[1] - m[1]));
            }
            assertEquals(0.0, best, 0.0, "a point-mass sample is one of the points");
        }
    }
}
