package org.diffuscope.core.target;

import java.util.random.RandomGenerator;

import org.diffuscope.core.special.NormalInterval;

/**
 * The uniform law on an axis-aligned box {@code prod_j [lo_j, hi_j]}. Per coordinate
 * {@code p_t(x) = (Phi((x - alpha lo)/sigma) - Phi((x - alpha hi)/sigma)) / (alpha (hi - lo))}, in log space
 * (science.md §2); densities and scores take the interval's mass by {@link NormalInterval#weigh} (a logarithm and two
 * Mills ratios a coordinate), the Hessian by its logarithmic path. It has a density at sigma = 0: {@code 1/vol}
 * inside {@code alpha [lo, hi]}, 0 outside, with score 0 (the Dirac layers of the true gradient at the faces are left
 * out).
 */
public final class Box implements ProductTarget {

    private final int d;
    private final double[] lo;
    private final double[] hi;
    private final double logVolume;

    /**
     * @param lo lower corner
     * @param hi upper corner, {@code hi[j] > lo[j]}
     */
    public Box(double[] lo, double[] hi) {
        this.lo = Checks.vector("lo", lo, -1);
        this.d = lo.length;
        this.hi = Checks.vector("hi", hi, d);
        double logVol = 0;
        for (int j = 0; j < d; j++) {
            if (!(this.hi[j] > this.lo[j])) {
                throw new IllegalArgumentException("hi[" + j + "] must be > lo[" + j + "], got hi[" + j + "] = "
                        + this.hi[j] + ", lo[" + j + "] = " + this.lo[j]);
            }
            logVol += Math.log(this.hi[j] - this.lo[j]);
        }
        this.logVolume = logVol;
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public String kind() {
        return "box";
    }

    @Override
    public boolean hasDensity() {
        return true;
    }

    @Override
    public Marginal marginal(double alpha, double sigma) {
        checkScales(alpha, sigma);
        return new FixedMarginal(d, alpha, sigma, () -> new BoxEvaluator(alpha, sigma));
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        for (int j = 0; j < d; j++) {
            out[off + j] = lo[j] + (hi[j] - lo[j]) * rng.nextDouble();
        }
    }

    @Override
    public double[] mean() {
        double[] m = new double[d];
        for (int j = 0; j < d; j++) {
            m[j] = 0.5 * (lo[j] + hi[j]);
        }
        return m;
    }

    @Override
    public double[] covariance() {
        double[] cov = new double[d * d];
        for (int j = 0; j < d; j++) {
            double w = hi[j] - lo[j];
            cov[j * d + j] = w * w / 12.0;
        }
        return cov;
    }

    /** Per-thread evaluation at one (alpha, sigma). */
    private final class BoxEvaluator implements Evaluator {

        private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

        private final double alpha;
        private final double sigma;
        private final double logNorm;
        /** Per coordinate: the interval's centre alpha (lo + hi)/2 and half-width alpha (hi - lo)/(2 sigma). */
        private final double[] centre;
        private final double[] halfWidth;
        private final NormalInterval interval = new NormalInterval();

        BoxEvaluator(double alpha, double sigma) {
            this.alpha = alpha;
            this.sigma = sigma;
            // -sum_j log(alpha (hi_j - lo_j))
            this.logNorm = -logVolume - d * Math.log(alpha);
            this.centre = new double[d];
            this.halfWidth = new double[d];
            for (int j = 0; j < d; j++) {
                centre[j] = 0.5 * alpha * (lo[j] + hi[j]);
                halfWidth[j] = 0.5 * alpha * (hi[j] - lo[j]) / sigma;
            }
        }

        /** Phi((x - alpha lo)/sigma) - Phi((x - alpha hi)/sigma) as the interval centred at (x - centre)/sigma. */
        private NormalInterval at(double[] x, int off, int j) {
            return interval.setCentered((x[off + j] - centre[j]) / sigma, halfWidth[j]);
        }

        /**
         * Coordinate j's log-mass by the weights path, {@code log(scaledMass) - lo^2/2 - log sqrt(2 pi)} with lo the
         * distance from 0 to the interval; leaves the interval's scaled slope for the score.
         */
        private double logMass(double[] x, int off, int j) {
            double m = (x[off + j] - centre[j]) / sigma;
            double h = halfWidth[j];
            interval.weigh(m, h);
            double distance = Math.max(0.0, Math.abs(m) - h);
            return Math.log(interval.scaledMass()) - 0.5 * distance * distance - LOG_SQRT_2PI;
        }

        @Override
        public int dim() {
            return d;
        }

        /** At sigma = 0: log p is logNorm inside alpha [lo, hi], -infinity outside. */
        private double sharp(double[] x, int off) {
            for (int j = 0; j < d; j++) {
                double v = x[off + j];
                if (v < alpha * lo[j] || v > alpha * hi[j]) {
                    return Double.NEGATIVE_INFINITY;
                }
            }
            return logNorm;
        }

        @Override
        public double logDensity(double[] x, int off) {
            if (sigma == 0) {
                return sharp(x, off);
            }
            double logp = logNorm;
            for (int j = 0; j < d; j++) {
                logp += logMass(x, off, j);
            }
            return logp;
        }

        @Override
        public double score(double[] x, int off, double[] s, int sOff) {
            if (sigma == 0) {
                java.util.Arrays.fill(s, sOff, sOff + d, 0.0);
                return sharp(x, off);
            }
            double logp = logNorm;
            for (int j = 0; j < d; j++) {
                logp += logMass(x, off, j);
                s[sOff + j] = interval.scaledSlope() / (interval.scaledMass() * sigma);
            }
            return logp;
        }

        @Override
        public void hessian(double[] x, int off, double[] h) {
            java.util.Arrays.fill(h, 0, d * d, 0.0);
            if (sigma == 0) {
                return;
            }
            for (int j = 0; j < d; j++) {
                h[j * d + j] = at(x, off, j).d2Log() / (sigma * sigma);
            }
        }
    }

    /** Coordinate j's own one-dimensional law. */
    @Override
    public Target factor(int j) {
        return new Box(new double[] {lo[j]}, new double[] {hi[j]});
    }
}
