package org.diffuscope.core.process;

import java.util.SplittableRandom;

import org.diffuscope.core.linalg.SymmetricEigen;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;
import org.diffuscope.core.target.Target;

/**
 * A target pushed through a forward process: the exact marginals {@code p_t = law(alpha(t) x_0 + sigma(t) z)},
 * their moments, exact samples, the Tweedie denoiser and the smoothness {@code L(t)} of the score (science.md §2).
 */
public record DiffusedTarget(Target target, ForwardProcess process) {

    /** Number of exact samples of p_t over which L(t) is the largest local smoothness (science.md §2). */
    public static final int SMOOTHNESS_SAMPLES = 1024;

    public DiffusedTarget {
        if (target == null || process == null) {
            throw new IllegalArgumentException("target and process are required");
        }
    }

    public int dim() {
        return target.dim();
    }

    /** The exact marginal p_t; t = 0 only for targets with a density. */
    public Marginal marginal(double t) {
        checkTime(t);
        return t == 0 ? target.marginal(1.0, 0.0) : target.marginal(process.alpha(t), process.sigma(t));
    }

    private void checkTime(double t) {
        if (!(t >= 0) || !(t <= process.tLimit())) {
            throw new IllegalArgumentException("t must be in [0, " + process.tLimit() + "] for " + process.name() + ", got " + t);
        }
        if (t == 0 && !target.hasDensity()) {
            throw new IllegalArgumentException("t must be > 0: a " + target.kind() + " target has no density at t = 0");
        }
    }

    /** Exact mean of p_t: {@code alpha m_0}. */
    public double[] mean(double t) {
        double a = t == 0 ? 1.0 : process.alpha(t);
        double[] m = target.mean();
        for (int j = 0; j < m.length; j++) {
            m[j] *= a;
        }
        return m;
    }

    /** Exact covariance of p_t, row-major: {@code alpha^2 C_0 + sigma^2 I}. */
    public double[] covariance(double t) {
        int d = dim();
        double a2 = t == 0 ? 1.0 : Math.exp(2 * process.logAlpha(t));
        double s2 = t == 0 ? 0.0 : process.sigma2(t);
        double[] c = target.covariance();
        for (int i = 0; i < d * d; i++) {
            c[i] *= a2;
        }
        for (int j = 0; j < d; j++) {
            c[j * d + j] += s2;
        }
        return c;
    }

    /**
     * Exact draws of p_t at one time, {@code alpha x_0 + sigma z}, with alpha(t) and sigma(t) computed once (an exp
     * and an expm1 each, as much as drawing a mixture's sample) for the thousands of draws the metrics take at each
     * new time.
     */
    public Draws draws(double t) {
        return new Draws(this, t == 0 ? 1.0 : process.alpha(t), t == 0 ? 0.0 : process.sigma(t));
    }

    /** Draws of p_t at one time: {@code alpha x_0 + sigma z}. */
    public record Draws(DiffusedTarget diffused, double alpha, double sigma) {

        /**
         * Writes one draw at out[off ..]: x_0 from the target, then the d numbers of z, in this order (the metrics'
         * kept reference draws reproduce it, and a test holds them to the same bits).
         */
        public void sample(java.util.random.RandomGenerator rng, double[] out, int off) {
            int d = diffused.dim();
            diffused.target().sample(rng, out, off);
            for (int j = 0; j < d; j++) {
                out[off + j] = alpha * out[off + j] + sigma * rng.nextGaussian();
            }
        }
    }

    /** n exact samples of p_t from the stream (seed, EXACT_SAMPLES, block), the same for any thread count. */
    public Particles sample(double t, int n, long seed) {
        Particles p = new Particles(n, dim());
        double[] x = p.data();
        int d = dim();
        Draws draws = draws(t);
        for (int b = 0; b * RandomStreams.BLOCK < n; b++) {
            SplittableRandom rng = RandomStreams.stream(seed, RandomStreams.EXACT_SAMPLES, b);
            int end = Math.min(n, (b + 1) * RandomStreams.BLOCK);
            for (int i = b * RandomStreams.BLOCK; i < end; i++) {
                draws.sample(rng, x, i * d);
            }
        }
        return p;
    }

    /** Tweedie's denoiser {@code E[x_0 | x_t = x] = (x + sigma^2 s(x)) / alpha} at one point; out: Modified. */
    public void denoise(double t, Evaluator ev, double[] x, int off, double[] out, int outOff) {
        int d = dim();
        double a = process.alpha(t);
        double s2 = process.sigma2(t);
        ev.score(x, off, out, outOff);
        for (int j = 0; j < d; j++) {
            out[outOff + j] = (x[off + j] + s2 * out[outOff + j]) / a;
        }
    }

    /** The local smoothness {@code L(t, x)}: the spectral norm of the Hessian of log p_t at x. */
    public static double localSmoothness(Evaluator ev, double[] x, int off) {
        return localSmoothness(ev, x, off, new double[ev.dim() * ev.dim()]);
    }

    /** {@link #localSmoothness(Evaluator, double[], int)} with room for the d x d Hessian (overwritten). */
    private static double localSmoothness(Evaluator ev, double[] x, int off, double[] h) {
        ev.hessian(x, off, h);
        return SymmetricEigen.spectralNorm(h, ev.dim());
    }

    /**
     * {@code L(t)}: the largest local smoothness over {@link #SMOOTHNESS_SAMPLES} exact samples of p_t drawn from
     * a fixed seed.
     */
    public double smoothness(double t) {
        return smoothness(t, SMOOTHNESS_SAMPLES);
    }

    /** {@code L(t)} over n exact samples of p_t (fixed seed). */
    public double smoothness(double t, int n) {
        Particles xs = sample(t, n, 0x5EEDL);
        Evaluator ev = marginal(t).evaluator();
        double[] h = new double[dim() * dim()];
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, localSmoothness(ev, xs.data(), i * dim(), h));
        }
        return max;
    }
}
