package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.junit.jupiter.api.Test;

/**
 * A Gaussian target p = N(0, C) scored against the affine image y = delta + a x of exact samples x, i.e. samples of
 * q = N(delta, a^2 C): every metric has a closed form to compare with.
 */
class KnownShiftTest {

    private static final int N = 20_000;
    private static final double[] C = {1.0, 0.3, 0.3, 0.5};
    private static final double DET_C = C[0] * C[3] - C[1] * C[2];
    private static final double TR_C = C[0] + C[3];

    private final DiffusedTarget dt = Fixtures.ou(Fixtures.gaussian(new double[] {0, 0}, C));
    private final Metrics metrics = new Metrics(dt);
    private final Particles x = dt.sample(0.0, N, 777);

    /** {@code delta' A^-1 delta} for a symmetric 2 x 2 A. */
    private static double quad(double[] a, double[] delta) {
        double det = a[0] * a[3] - a[1] * a[2];
        return (a[3] * delta[0] * delta[0] - 2 * a[1] * delta[0] * delta[1] + a[0] * delta[1] * delta[1]) / det;
    }

    /** {@code c1 C + c0 I}. */
    private static double[] combo(double c1, double c0) {
        return new double[] {c1 * C[0] + c0, c1 * C[1], c1 * C[2], c1 * C[3] + c0};
    }

    /** {@code E k(x, y)}, x - y ~ N(mu, S): {@code h^d det(S + h^2 I)^-1/2 exp(-mu'(S + h^2 I)^-1 mu / 2)}. */
    private static double kernelMean(double c1, double h, double[] mu) {
        double[] s = combo(c1, h * h);
        return h * h / Math.sqrt(s[0] * s[3] - s[1] * s[2]) * Math.exp(-0.5 * quad(s, mu));
    }

    @Test
    void shiftedAndScaledGaussianGivesTheClosedForms() {
        double[] delta = {0.5, -0.3};
        double a = 1.2;
        Particles y = Fixtures.affine(x, new double[] {0, 0}, delta, a);
        MetricReport r = metrics.full(y, 0.0);
        MetricReport r0 = metrics.full(x, 0.0);

        // mean error: exactly |delta + a mean(x)| / sqrt(tr C)
        double mx = 0;
        double my = 0;
        for (int i = 0; i < N; i++) {
            mx += x.get(i, 0);
            my += x.get(i, 1);
        }
        double ex = delta[0] + a * mx / N;
        double ey = delta[1] + a * my / N;
        assertEquals(Math.hypot(ex, ey) / Math.sqrt(TR_C), r.get(MetricReport.MEAN_ERROR), 1e-12);

        // KL(N(delta, a^2 C) || N(0, C)) = 1/2 (d a^2 - d + delta'C^-1 delta - 2 d log a)
        int d = 2;
        double mahalanobis = quad(C, delta);
        double kl = 0.5 * (d * a * a - d + mahalanobis - 2 * d * Math.log(a));
        assertEquals(kl, r.get(MetricReport.KNN_KL), 0.02 + 0.05 * kl, r.toJson());
        // cross-entropy -E_q log p = 1/2 (d log 2 pi + log det C + d a^2 + delta'C^-1 delta)
        double ce = 0.5 * (d * Math.log(2 * Math.PI) + Math.log(DET_C) + d * a * a + mahalanobis);
        assertEquals(ce, r.get(MetricReport.CROSS_ENTROPY), 4 * r.get(MetricReport.CROSS_ENTROPY_STDERR));

        // Bures: W2 = sqrt(|delta|^2 + (a - 1)^2 tr C) (the covariances commute)
        double w2 = Math.sqrt(delta[0] * delta[0] + delta[1] * delta[1] + (a - 1) * (a - 1) * TR_C);
        assertEquals(w2, r.get(MetricReport.BURES_W2), 0.02, r.toJson());

        // sliced: per direction W2^2 = (delta.u)^2 + (a - 1)^2 u'Cu; the sample's distance to that exact value is
        // at most the sliced distance of the unscaled sample x, times a (Minkowski over directions)
        double[][] u = SlicedWasserstein.directions(2, 50, metrics.options().seed());
        double acc = 0;
        for (double[] v : u) {
            double du = delta[0] * v[0] + delta[1] * v[1];
            double uCu = C[0] * v[0] * v[0] + 2 * C[1] * v[0] * v[1] + C[3] * v[1] * v[1];
            acc += du * du + (a - 1) * (a - 1) * uCu;
        }
        double sw2 = Math.sqrt(acc / u.length);
        assertEquals(sw2, r.get(MetricReport.SLICED_W2), a * r0.get(MetricReport.SLICED_W2) + 1e-9, r.toJson());
        assertTrue(r.get(MetricReport.SLICED_W2) > 10 * r.get(MetricReport.SLICED_W2_FLOOR), r.toJson());

        // MMD^2 = E_qq k + E_pp k - 2 E_qp k in closed form for Gaussians
        double h = r.get(MetricReport.MMD_BANDWIDTH);
        double qq = kernelMean(2 * a * a, h, new double[] {0, 0});
        double pp = kernelMean(2, h, new double[] {0, 0});
        double qp = kernelMean(1 + a * a, h, delta);
        double mmd2 = qq + pp - 2 * qp;
        assertEquals(mmd2, r.get(MetricReport.MMD2), 0.1 * mmd2, r.toJson());
        assertTrue(r.get(MetricReport.MMD) > 5 * r.get(MetricReport.MMD_FLOOR), r.toJson());

        assertTrue(r.get(MetricReport.HISTOGRAM_TV) > 5 * r.get(MetricReport.HISTOGRAM_TV_FLOOR), r.toJson());
        assertTrue(r.get(MetricReport.COV_ERROR) > 20 * r.get(MetricReport.COV_ERROR_FLOOR), r.toJson());
    }

    @Test
    void slicedW2OfAPureShiftIsTheShiftTimesTheRmsDirectionCosine() {
        double[] delta = {0.6, 0.0};
        Particles y = Fixtures.affine(x, new double[] {0, 0}, delta, 1.0);
        MetricReport r = metrics.full(y, 0.0);
        MetricReport r0 = metrics.full(x, 0.0);
        double[][] u = SlicedWasserstein.directions(2, 50, metrics.options().seed());
        double mean = 0;
        for (double[] v : u) {
            mean += v[0] * v[0];
        }
        double exact = 0.6 * Math.sqrt(mean / u.length);
        assertEquals(exact, r.get(MetricReport.SLICED_W2), r0.get(MetricReport.SLICED_W2) + 1e-9);
        // E[(u.e)^2] = 1/2 for directions uniform on the circle; 50 directions get within ~15%
        assertEquals(0.6 / Math.sqrt(2), r.get(MetricReport.SLICED_W2), 0.15 * 0.6 / Math.sqrt(2));
        // Bures of a pure shift: |delta|
        assertEquals(0.6, r.get(MetricReport.BURES_W2), 0.02);
        // KL of a pure shift: delta'C^-1 delta / 2
        assertEquals(0.5 * quad(C, delta), r.get(MetricReport.KNN_KL), 0.02 + 0.05 * 0.5 * quad(C, delta));
    }
}
