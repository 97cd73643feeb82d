package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GaussianMixtureTest {

    /** A 3-component mixture with one full, one diagonal, one isotropic covariance in dimension d. */
    static GaussianMixture mixed(int d) {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] means = new double[3][d];
        double[][] covs = new double[3][d * d];
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < d; j++) {
                means[c][j] = 2 * rng.nextGaussian();
            }
        }
        double[] a = new double[d * d];
        for (int i = 0; i < d * d; i++) {
            a[i] = rng.nextGaussian();
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double acc = i == j ? 0.05 : 0;
                for (int l = 0; l < d; l++) {
                    acc += a[i * d + l] * a[j * d + l] / d;
                }
                covs[0][i * d + j] = acc;
            }
            covs[1][i * d + i] = 0.1 + 0.05 * i;
            covs[2][i * d + i] = 0.3;
        }
        return new GaussianMixture(new double[] {1, 2, 3}, means, covs);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void scoreIsTheGradientOfLogDensity(int d) {
        DiffusedTarget dt = new DiffusedTarget(mixed(d), ForwardProcess.named("ou"));
        SplittableRandom rng = new SplittableRandom(11);
        for (double t : new double[] {1e-3, 0.05, 0.7, 4.0}) {
            Evaluator ev = dt.marginal(t).evaluator();
            for (int n = 0; n < 20; n++) {
                double[] x = new double[d];
                double scale = n < 15 ? 2.5 : 30; // far tails too
                for (int j = 0; j < d; j++) {
                    x[j] = scale * rng.nextGaussian();
                }
                double[] s = ev.score(x);
                for (int j = 0; j < d; j++) {
                    double h = 1e-5 * Math.max(1, Math.abs(x[j]));
                    double[] xp = x.clone();
                    double[] xm = x.clone();
                    xp[j] += h;
                    xm[j] -= h;
                    double fd = (ev.logDensity(xp) - ev.logDensity(xm)) / (2 * h);
                    assertEquals(fd, s[j], 1e-5 * Math.max(1, Math.abs(fd)), "t=" + t + " j=" + j);
                }
            }
        }
    }
}
