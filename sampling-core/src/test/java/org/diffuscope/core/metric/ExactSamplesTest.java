package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.diffuscope.core.linalg.SymmetricEigen;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact samples of p_t scored against p_t: every error metric sits within its noise floor of zero. */
class ExactSamplesTest {

    private static final int N = 20_000;

    static Stream<Arguments> cases() {
        double[] cov3 = {0.5, 0.1, 0.0, 0.1, 0.3, 0.05, 0.0, 0.05, 0.2};
        Target mixture3d = new org.diffuscope.core.target.GaussianMixture(new double[] {1, 2},
                new double[][] {{1, 0, 0}, {-1, 0.5, 0}}, new double[][] {cov3, Fixtures.diagonal(0.1, 0.2, 0.3)});
        return Stream.of(
                Arguments.of("ring8, t = 0.01", Fixtures.ring8(), 0.01),
                Arguments.of("full-covariance mixture, t = 0", Fixtures.fullMixture2d(), 0.0),
                Arguments.of("point masses, t = 0.05", Fixtures.pointMasses(), 0.05),
                Arguments.of("opaque mixture (sample-based references), t = 0.2",
                        new Fixtures.Opaque(Fixtures.fullMixture2d()), 0.2),
                Arguments.of("3D mixture, t = 0.1", mixture3d, 0.1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exactSamplesScoreWithinTheirFloors(String name, Target target, double t) {
        DiffusedTarget dt = Fixtures.ou(target);
        Particles x = dt.sample(t, N, 12345);
        MetricReport r = new Metrics(dt).full(x, t);
        int d = target.dim();
        for (double v : r.values().values()) {
            assertFalse(Double.isNaN(v), r.toJson());
        }
        assertEquals(N, r.get(MetricReport.PARTICLES));
        assertEquals(0, r.get(MetricReport.NON_FINITE));

        // N mean_error^2 has mean 1 for exact samples
        assertEquals(1.0 / Math.sqrt(N), r.get(MetricReport.MEAN_ERROR_FLOOR), 1e-15);
        assertTrue(r.get(MetricReport.MEAN_ERROR) < 4 * r.get(MetricReport.MEAN_ERROR_FLOOR), r.toJson());
        assertTrue(r.get(MetricReport.COV_ERROR) < 4 * r.get(MetricReport.COV_ERROR_FLOOR), r.toJson());

        if (target.modeCount() > 1) {
            // each mean_i r_k has variance <= w_k (1 - w_k) / N, r_k being in [0, 1] with mean w_k
            double bound = 0;
            for (double w : target.modeWeights()) {
                bound += 4 * Math.sqrt(w * (1 - w) / N);
            }
            assertTrue(r.get(MetricReport.MODE_WEIGHT_ERROR) < bound, r.toJson());
        }

        double se = Math.hypot(r.get(MetricReport.CROSS_ENTROPY_STDERR), r.get(MetricReport.ENTROPY_STDERR));
        assertEquals(r.get(MetricReport.ENTROPY), r.get(MetricReport.CROSS_ENTROPY), 4 * se, r.toJson());

        // Bures: W2 <= sqrt(|dm|^2 + ||dC||_F^2 / lambda_min(C)),
        // since ||A^1/2 - C^1/2||_F <= ||A - C||_F / sqrt(lambda_min C)
        double[] c = dt.covariance(t);
        double trC = 0;
        double normC = 0;
        for (int j = 0; j < d; j++) {
            trC += c[j * d + j];
        }
        for (double v : c) {
            normC += v * v;
        }
        normC = Math.sqrt(normC);
        double lambdaMin = SymmetricEigen.of(c, d).values()[0];
        double dm = r.get(MetricReport.MEAN_ERROR) * Math.sqrt(trC);
        double dc = r.get(MetricReport.COV_ERROR) * normC;
        assertTrue(r.get(MetricReport.BURES_W2) <= Math.sqrt(dm * dm + dc * dc / lambdaMin) + 1e-12, r.toJson());

        if (d == 2) {
            assertTrue(r.get(MetricReport.HISTOGRAM_TV) < 1.2 * r.get(MetricReport.HISTOGRAM_TV_FLOOR), r.toJson());
            assertTrue(r.get(MetricReport.HISTOGRAM_TV) > 0.8 * r.get(MetricReport.HISTOGRAM_TV_FLOOR), r.toJson());
        } else {
            assertFalse(r.has(MetricReport.HISTOGRAM_TV));
        }
        assertTrue(r.get(MetricReport.SLICED_W2) < 2 * r.get(MetricReport.SLICED_W2_FLOOR), r.toJson());
        // |MMD^2| < 4 sd under the null, i.e. mmd < 2 mmd_floor
        assertTrue(r.get(MetricReport.MMD) < 2 * r.get(MetricReport.MMD_FLOOR), r.toJson());
        assertEquals(0.0, r.get(MetricReport.KNN_KL), 0.03, r.toJson());
        assertEquals(0.0, r.get(MetricReport.KNN_KL_FLOOR), 0.03, r.toJson());
    }
}
