package org.diffuscope.core.metric;

import java.util.random.RandomGenerator;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Marginal;
import org.diffuscope.core.target.Target;

/** Targets and clouds shared by the metric tests. */
final class Fixtures {

    private Fixtures() {
    }

    static DiffusedTarget ou(Target target) {
        return new DiffusedTarget(target, ForwardProcess.named("ou"));
    }

    /** ring8 of cli.md: 8 isotropic Gaussians (variance 0.02) on a circle of radius 2, weights w. */
    static GaussianMixture ring8(double[] w) {
        double[][] mu = new double[8][];
        double[] v = new double[8];
        for (int k = 0; k < 8; k++) {
            mu[k] = new double[] {2 * Math.cos(2 * Math.PI * k / 8), 2 * Math.sin(2 * Math.PI * k / 8)};
            v[k] = 0.02;
        }
        return GaussianMixture.isotropic(w, mu, v);
    }

    static GaussianMixture ring8() {
        return ring8(new double[] {1, 1, 1, 1, 1, 1, 1, 1});
    }

    /** Two full-covariance components and one diagonal one in 2D (a density at t = 0). */
    static GaussianMixture fullMixture2d() {
        return new GaussianMixture(new double[] {0.5, 0.3, 0.2},
                new double[][] {{-1.5, 0.0}, {1.5, 0.5}, {0.0, -1.5}},
                new double[][] {{0.30, 0.15, 0.15, 0.20}, {0.10, -0.06, -0.06, 0.25}, {0.05, 0.0, 0.0, 0.4}});
    }

    /** Four point masses in 2D (zero covariances: no density at t = 0). */
    static GaussianMixture pointMasses() {
        return GaussianMixture.isotropic(new double[] {1, 2, 3, 4},
                new double[][] {{0, 0}, {1, 0}, {0, 1}, {1.5, 1.5}}, new double[] {0, 0, 0, 0});
    }

    /** One Gaussian N(mean, cov) in R^d. */
    static GaussianMixture gaussian(double[] mean, double[] cov) {
        return new GaussianMixture(new double[] {1}, new double[][] {mean}, new double[][] {cov});
    }

    static double[] diagonal(double... v) {
        int d = v.length;
        double[] c = new double[d * d];
        for (int j = 0; j < d; j++) {
            c[j * d + j] = v[j];
        }
        return c;
    }

    /** {@code y = shift + scale (x - center) + center}, row by row, into a new cloud. x: Not modified. */
    static Particles affine(Particles x, double[] center, double[] shift, double scale) {
        Particles y = x.copy();
        int d = x.dim();
        double[] a = y.data();
        for (int i = 0; i < x.count(); i++) {
            for (int j = 0; j < d; j++) {
                a[i * d + j] = center[j] + shift[j] + scale * (a[i * d + j] - center[j]);
            }
        }
        return y;
    }

    /** The same law, hidden behind the bare {@link Target} interface: every metric takes its sample-based path. */
    record Opaque(Target inner) implements Target {

        @Override
        public int dim() {
            return inner.dim();
        }

        @Override
        public String kind() {
            return "opaque";
        }

        @Override
        public Marginal marginal(double alpha, double sigma) {
            return inner.marginal(alpha, sigma);
        }

        @Override
        public boolean hasDensity() {
            return inner.hasDensity();
        }

        @Override
        public void sample(RandomGenerator rng, double[] out, int off) {
            inner.sample(rng, out, off);
        }

        @Override
        public double[] mean() {
            return inner.mean();
        }

        @Override
        public double[] covariance() {
            return inner.covariance();
        }

        @Override
        public int modeCount() {
            return inner.modeCount();
        }

        @Override
        public double[] modeWeights() {
            return inner.modeWeights();
        }
    }
}
