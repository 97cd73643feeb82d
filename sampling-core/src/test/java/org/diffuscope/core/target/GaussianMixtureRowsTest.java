package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocked fast paths of {@link GaussianMixtureEvaluator#scoreRows} (d = 2 closed form, diagonal columns, full
 * precision rows) give the per-point scores to ~1e-12 relative, and match finite differences of log p_t.
 */
class GaussianMixtureRowsTest {

    private static final double[] TIMES = {1e-3, 0.05, 0.7, 4.0};

    static List<GaussianMixture> mixtures(int d) {
        SplittableRandom rng = new SplittableRandom(31 + d);
        int k = 5;
        double[][] means = new double[k][d];
        double[][] variances = new double[k][d];
        double[] iso = new double[k];
        double[] w = new double[k];
        for (int c = 0; c < k; c++) {
            w[c] = 0.5 + rng.nextDouble();
            iso[c] = 0.02 + 0.3 * rng.nextDouble();
            for (int j = 0; j < d; j++) {
                means[c][j] = 2 * rng.nextGaussian();
                variances[c][j] = 0.02 + 0.5 * rng.nextDouble();
            }
        }
        double[][] points = new double[6][];
        for (int i = 0; i < points.length; i++) {
            points[i] = means[i % k].clone();
        }
        List<GaussianMixture> out = new ArrayList<>();
        out.add(GaussianMixture.isotropic(w, means, iso));
        out.add(GaussianMixture.diagonal(w, means, variances));
        out.add(GaussianMixtureTest.mixed(d));
        out.add(GaussianMixture.pointMasses(points, null));
        return out;
    }

    /** Points around the means, far out in the tails, and a row count that is not a multiple of any chunk. */
    static double[] points(int d, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            double scale = i % 10 == 9 ? 40 : i % 10 == 8 ? 1e4 : 2.5;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = scale * rng.nextGaussian();
            }
        }
        return x;
    }

    @ParameterizedTest
    // 301: two panels of the full kernel (256 + 45 columns) and rows of P left over after groups of four
    @ValueSource(ints = {1, 2, 3, 5, 40, 301})
    void blockedScoresEqualPerPointScores(int d) {
        int n = 301;
        double[] x = points(d, n, 5 + d);
        for (GaussianMixture g : mixtures(d)) {
            for (double t : TIMES) {
                double alpha = Math.exp(-t);
                double sigma = Math.sqrt(-Math.expm1(-2 * t));
                Evaluator ev = g.marginal(alpha, sigma).evaluator();
                double[] fast = new double[n * d];
                // uneven row ranges, as blocks of a pool would hand them out
                ev.scoreRows(x, 0, 7, fast);
                ev.scoreRows(x, 7, 200, fast);
                ev.scoreRows(x, 200, n, fast);
                double[] plain = new double[d];
                for (int i = 0; i < n; i++) {
                    ev.score(x, i * d, plain, 0);
                    double norm = 0;
                    for (int j = 0; j < d; j++) {
                        norm = Math.max(norm, Math.abs(plain[j]));
                    }
                    for (int j = 0; j < d; j++) {
                        // the logits sum d squares in another order on each path: their rounding grows with d
                        assertEquals(plain[j], fast[i * d + j], 1e-12 * Math.max(1, d / 40.0) * Math.max(1, norm),
                                g + " t=" + t + " row " + i + " j=" + j);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    // d = 2: the closed-form block (chunks of 128 rows); other d: the per-point default
    @ValueSource(ints = {1, 2, 3})
    void blockedLogDensitiesAndResponsibilitiesEqualPerPointOnes(int d) {
        int n = 301;
        double[] x = points(d, n, 17 + d);
        for (GaussianMixture g : mixtures(d)) {
            for (double t : TIMES) {
                Evaluator ev = g.marginal(Math.exp(-t), Math.sqrt(-Math.expm1(-2 * t))).evaluator();
                int k = g.modeCount();
                double[] logp = new double[n];
                double[] sums = new double[k];
                double[] part = new double[n];
                // uneven row ranges, one longer than a chunk, written from index 0 of the output each time
                int[] cuts = {0, 7, 300, n};
                for (int c = 0; c + 1 < cuts.length; c++) {
                    ev.logDensityRows(x, cuts[c], cuts[c + 1], part, sums);
                    System.arraycopy(part, 0, logp, cuts[c], cuts[c + 1] - cuts[c]);
                }
                double[] r = new double[k];
                double[] plainSums = new double[k];
                for (int i = 0; i < n; i++) {
                    double plain = ev.logDensityAndResponsibilities(x, i * d, r);
                    assertEquals(plain, logp[i], 1e-12 * Math.max(1, Math.abs(plain)), g + " t=" + t + " row " + i);
                    for (int c = 0; c < k; c++) {
                        plainSums[c] += r[c];
                    }
                }
                for (int c = 0; c < k; c++) {
                    assertEquals(plainSums[c], sums[c], 1e-12 * n, g + " t=" + t + " mode " + c);
                }
                double[] alone = new double[n];
                ev.logDensityRows(x, 0, n, alone, null);
                assertTrue(java.util.Arrays.equals(logp, alone), "the same log-densities without responsibilities");
            }
        }
    }

    @Test
    void blockedScoresMatchFiniteDifferences() {
        for (int d : new int[] {2, 3, 6}) {
            int n = 40;
            double[] x = points(d, n, 99);
            for (GaussianMixture g : mixtures(d)) {
                Evaluator ev = g.marginal(0.8, 0.6).evaluator();
                double[] s = new double[n * d];
                ev.scoreRows(x, 0, n, s);
                for (int i = 0; i < n; i++) {
                    if (i % 10 >= 8) {
                        continue; // far tails: log p is too large for a central difference
                    }
                    for (int j = 0; j < d; j++) {
                        double[] xp = java.util.Arrays.copyOfRange(x, i * d, i * d + d);
                        double[] xm = xp.clone();
                        double h = 1e-5;
                        xp[j] += h;
                        xm[j] -= h;
                        double fd = (ev.logDensity(xp) - ev.logDensity(xm)) / (2 * h);
                        assertEquals(fd, s[i * d + j], 1e-6 * Math.max(1, Math.abs(fd)), g + " row " + i);
                    }
                }
            }
        }
    }

    @Test
    void diagonalStorageMatchesDenseCovariances() {
        int d = 4;
        SplittableRandom rng = new SplittableRandom(3);
        double[][] means = new double[2][d];
        double[][] v = new double[2][d];
        double[][] dense = new double[2][d * d];
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < d; j++) {
                means[c][j] = rng.nextGaussian();
                v[c][j] = 0.1 + rng.nextDouble();
                dense[c][j * d + j] = v[c][j];
            }
        }
        GaussianMixture a = GaussianMixture.diagonal(new double[] {1, 3}, means, v);
        GaussianMixture b = new GaussianMixture(new double[] {1, 3}, means, dense);
        assertEquals(GaussianMixture.Shape.DIAGONAL, a.shape());
        assertEquals(b.shape(), a.shape());
        assertTrue(java.util.Arrays.equals(b.componentCovariance(1), a.componentCovariance(1)));
        assertTrue(java.util.Arrays.equals(b.covariance(), a.covariance()));
        double[] x = points(d, 1, 4);
        assertEquals(b.marginal(0.7, 0.5).evaluator().logDensity(x), a.marginal(0.7, 0.5).evaluator().logDensity(x), 0);
    }
}
