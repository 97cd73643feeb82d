package org.diffuscope.core.sampler;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.schedule.TimeGrid;
import org.diffuscope.core.target.GaussianMixture;

/**
 * A single Gaussian {@code N(mu, V diag(lambda) V')} (or a point mass, lambda = 0): its probability-flow ODE is
 * affine, {@code x_t = m_t + V diag(sqrt(v_t / v_s)) V' (x_s - m_s)}, {@code m_t = alpha_t mu},
 * {@code v_t = alpha_t^2 lambda + sigma_t^2} (science.md §2).
 */
final class GaussianOracle {

    final double[] mu;
    final double[] lambda;
    /** Row-major 2 x 2 rotation; column j is eigenvector j. */
    final double[] v;
    final GaussianMixture target;

    GaussianOracle(double[] mu, double lambda0, double lambda1, double angle) {
        this.mu = mu;
        this.lambda = new double[] {lambda0, lambda1};
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        this.v = new double[] {c, -s, s, c};
        double[] cov = new double[4];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                cov[i * 2 + j] = v[i * 2] * lambda0 * v[j * 2] + v[i * 2 + 1] * lambda1 * v[j * 2 + 1];
            }
        }
        this.target = new GaussianMixture(new double[] {1}, new double[][] {mu}, new double[][] {cov});
    }

    /** The anisotropic test Gaussian: variances 0.2 and 1.5, rotated by 30 degrees. */
    static GaussianOracle anisotropic() {
        return new GaussianOracle(new double[] {0.5, -1.0}, 0.2, 1.5, Math.PI / 6);
    }

    /** Maps x (at s) to the exact flow at t. */
    double[] flow(ForwardProcess p, double s, double t, double[] x) {
        double[] out = new double[x.length];
        double as = p.alpha(s);
        double at = p.alpha(t);
        for (int i = 0; i < x.length / 2; i++) {
            double[] y = new double[2];
            for (int j = 0; j < 2; j++) {
                // y_j = (V' (x - m_s))_j scaled by sqrt(v_t / v_s)
                double proj = 0;
                for (int k = 0; k < 2; k++) {
                    proj += v[k * 2 + j] * (x[i * 2 + k] - as * mu[k]);
                }
                double vs = as * as * lambda[j] + p.sigma2(s);
                double vt = at * at * lambda[j] + p.sigma2(t);
                y[j] = Math.sqrt(vt / vs) * proj;
            }
            for (int k = 0; k < 2; k++) {
                out[i * 2 + k] = at * mu[k] + v[k * 2] * y[0] + v[k * 2 + 1] * y[1];
            }
        }
        return out;
    }

    /** n starting points N(0, std^2 I) from a fixed stream. */
    static Particles start(int n, double std) {
        Particles p = new Particles(n, 2);
        var rng = RandomStreams.stream(99, RandomStreams.PRIOR);
        for (int q = 0; q < 2 * n; q++) {
            p.data()[q] = std * rng.nextGaussian();
        }
        return p;
    }

    /** The largest coordinate error of the predictor's flow from t-max to t-min against the exact flow. */
    double error(Predictor predictor, ForwardProcess process, TimeGrid grid, Particles x0) {
        DiffusedTarget dt = new DiffusedTarget(target, process);
        try (SamplingRun run = SamplingRun.builder(dt).predictor(predictor).grid(grid).initial(x0).threads(1)
                .build()) {
            run.solve();
            double[] got = run.particles().data();
            double[] want = flow(process, grid.tMax(), grid.tMin(), x0.data());
            double max = 0;
            for (int q = 0; q < got.length; q++) {
                max = Math.max(max, Math.abs(got[q] - want[q]));
            }
            return max;
        }
    }
}
