package org.diffuscope.core.target;

import org.diffuscope.core.linalg.Panels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** The precision panels of a full-covariance marginal against {@code V diag(1/c) V'} entry by entry. */
class PrecisionPanelsTest {

    // two panels (256 + 45 columns), a ragged last build task, and rows of P left after groups of four
    private static final int D = 301;

    @Test
    void panelsHoldTheSymmetricInverseOfTheNoisedCovariance() {
        GaussianMixture g = GaussianMixtureTest.mixed(D);
        GaussianMixtureMarginal m = (GaussianMixtureMarginal) g.marginal(0.8, 0.6);
        for (int c = 0; c < m.k; c++) {
            double[][][] p = m.precisionPanels(c);
            double[] v = g.eigenvectorsOf(c);
            double[] lam = g.eigenvaluesOf(c);
            double scale = 0;
            for (double l : lam) {
                scale = Math.max(scale, 1 / (0.64 * l + 0.36));
            }
            for (int l = 0; l < D; l++) {
                for (int j = 0; j < D; j++) {
                    double exact = 0;
                    for (int e = 0; e < D; e++) {
                        exact += v[l * D + e] * v[j * D + e] / (0.64 * lam[e] + 0.36);
                    }
                    double got = entry(p, l, j);
                    assertEquals(exact, got, 1e-12 * scale, "P_" + c + "[" + l + "][" + j + "]");
                    assertEquals(entry(p, j, l), got, 0.0, "P_" + c + " symmetric at " + l + ", " + j);
                }
            }
        }
    }

    @Test
    void buildingOnSeveralThreadsGivesTheSameBits() throws Exception {
        GaussianMixture g = GaussianMixtureTest.mixed(D);
        GaussianMixtureMarginal alone = (GaussianMixtureMarginal) g.marginal(0.5, 0.9);
        GaussianMixtureMarginal shared = (GaussianMixtureMarginal) g.marginal(0.5, 0.9);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<double[][][]>> built = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int c = w;
                built.add(pool.submit(() -> shared.precisionPanels(c)));
            }
            for (int c = 0; c < 3; c++) {
                double[][][] a = alone.precisionPanels(c);
                double[][][] b = built.get(c).get();
                for (int panel = 0; panel < a.length; panel++) {
                    for (int l = 0; l < D; l++) {
                        assertArrayEquals(a[panel][l], b[panel][l], 0.0, "component " + c + " row " + l);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double entry(double[][][] p, int l, int j) {
        return p[j / Panels.WIDTH][l][j % Panels.WIDTH];
    }
}
