package org.diffuscope.core.target;

import java.util.random.RandomGenerator;

/**
 * The product of 1D Laplace laws {@code Laplace(location_j, scale_j)}, density {@code e^(-|x - m|/b) / (2b)} per
 * coordinate. Noised, with {@code c = alpha b} and x centred at {@code alpha m}:
 * {@code p_t(x) = e^(-x^2/(2 sigma^2)) / (4c) [erfcx(u1) + erfcx(u2)]},
 * {@code u1,2 = (sigma^2/c -+ x)/(sqrt 2 sigma)} (science.md §2); see {@link LaplaceCoordinate} for the stable
 * forms. It has a density at sigma = 0 (with a kink at the location, where the score jumps by 2/b).
 */
public final class Laplace implements ProductTarget {

    private final int d;
    private final double[] location;
    private final double[] scale;

    /**
     * @param location the medians m_j
     * @param scale    the scales b_j > 0 (variance 2 b_j^2)
     */
    public Laplace(double[] location, double[] scale) {
        this.location = Checks.vector("location", location, -1);
        this.d = location.length;
        this.scale = Checks.vector("scale", scale, d);
        for (int j = 0; j < d; j++) {
            Checks.positive("scale[" + j + "]", this.scale[j]);
        }
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public String kind() {
        return "laplace";
    }

    @Override
    public boolean hasDensity() {
        return true;
    }

    @Override
    public Marginal marginal(double alpha, double sigma) {
        checkScales(alpha, sigma);
        return new FixedMarginal(d, alpha, sigma, () -> new LaplaceEvaluator(alpha, sigma));
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        for (int j = 0; j < d; j++) {
            // an exponential with a random sign
            double e = -Math.log1p(-rng.nextDouble());
            out[off + j] = location[j] + (rng.nextBoolean() ? e : -e) * scale[j];
        }
    }

    @Override
    public double[] mean() {
        return location.clone();
    }

    @Override
    public double[] covariance() {
        double[] cov = new double[d * d];
        for (int j = 0; j < d; j++) {
            cov[j * d + j] = 2 * scale[j] * scale[j];
        }
        return cov;
    }

    /** Per-thread evaluation at one (alpha, sigma): the coordinates are independent. */
    private final class LaplaceEvaluator implements Evaluator {

        private final double alpha;
        private final LaplaceCoordinate[] coordinates;

        LaplaceEvaluator(double alpha, double sigma) {
            this.alpha = alpha;
            this.coordinates = new LaplaceCoordinate[d];
            for (int j = 0; j < d; j++) {
                coordinates[j] = new LaplaceCoordinate(alpha * scale[j], sigma);
            }
        }

        @Override
        public int dim() {
            return d;
        }

        @Override
        public double logDensity(double[] x, int off) {
            double logp = 0;
            for (int j = 0; j < d; j++) {
                logp += coordinates[j].set(x[off + j] - alpha * location[j]).logDensity();
            }
            return logp;
        }

        @Override
        public double score(double[] x, int off, double[] s, int sOff) {
            double logp = 0;
            for (int j = 0; j < d; j++) {
                LaplaceCoordinate c = coordinates[j].set(x[off + j] - alpha * location[j]);
                logp += c.logDensity();
                s[sOff + j] = c.score();
            }
            return logp;
        }

        @Override
        public void hessian(double[] x, int off, double[] h) {
            java.util.Arrays.fill(h, 0, d * d, 0.0);
            for (int j = 0; j < d; j++) {
                h[j * d + j] = coordinates[j].set(x[off + j] - alpha * location[j]).curvature();
            }
        }
    }

    /** Coordinate j's own one-dimensional law. */
    @Override
    public Target factor(int j) {
        return new Laplace(new double[] {location[j]}, new double[] {scale[j]});
    }
}
