package org.diffuscope.core.target;

import java.util.random.RandomGenerator;

import org.diffuscope.core.special.Langevin;

/**
 * The uniform law on the sphere of radius r in 3D. With {@code y = x - alpha c}, {@code rho = |y|} and
 * {@code kappa = alpha r rho / sigma^2}: {@code p_t = exp(-(rho^2 + alpha^2 r^2)/(2 sigma^2)) sinh(kappa)/kappa
 * / (2 pi sigma^2)^(3/2)}; score {@code -y/sigma^2 + (alpha r/sigma^2) L(kappa) y/rho}, L the Langevin function
 * {@code coth - 1/x} (science.md §2).
 */
public final class Sphere implements Target {

    private final double[] center;
    private final double radius;

    /**
     * @param center 3 numbers
     * @param radius > 0
     */
    public Sphere(double[] center, double radius) {
        this.center = Checks.vector("center", center, 3);
        this.radius = Checks.positive("radius", radius);
    }

    @Override
    public int dim() {
        return 3;
    }

    @Override
    public String kind() {
        return "sphere";
    }

    @Override
    public boolean hasDensity() {
        return false;
    }

    public double radius() {
        return radius;
    }

    @Override
    public Marginal marginal(double alpha, double sigma) {
        checkScales(alpha, sigma);
        return new FixedMarginal(3, alpha, sigma, () -> new SphereEvaluator(alpha, sigma));
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        double g0;
        double g1;
        double g2;
        double n;
        do {
            g0 = rng.nextGaussian();
            g1 = rng.nextGaussian();
            g2 = rng.nextGaussian();
            n = Math.sqrt(g0 * g0 + g1 * g1 + g2 * g2);
        } while (n < 1e-12);
        out[off] = center[0] + radius * g0 / n;
        out[off + 1] = center[1] + radius * g1 / n;
        out[off + 2] = center[2] + radius * g2 / n;
    }

    @Override
    public double[] mean() {
        return center.clone();
    }

    @Override
    public double[] covariance() {
        double v = radius * radius / 3.0;
        return new double[] {v, 0, 0, 0, v, 0, 0, 0, v};
    }

    /** Per-thread evaluation at one (alpha, sigma); scratch y. */
    private final class SphereEvaluator implements Evaluator {

        private final double alpha;
        private final double s2;
        private final double ar;
        private final double c1;
        private final double logNorm;
        private final double[] y = new double[3];

        SphereEvaluator(double alpha, double sigma) {
            this.alpha = alpha;
            this.s2 = sigma * sigma;
            this.ar = alpha * radius;
            this.c1 = ar / s2;
            this.logNorm = -1.5 * Math.log(2 * Math.PI * s2);
        }

        @Override
        public int dim() {
            return 3;
        }

        /** Fills y = x - alpha c; returns rho = |y|. */
        private double project(double[] x, int off) {
            double rho2 = 0;
            for (int j = 0; j < 3; j++) {
                y[j] = x[off + j] - alpha * center[j];
                rho2 += y[j] * y[j];
            }
            return Math.sqrt(rho2);
        }

        private double logDensityAt(double rho) {
            // -(rho^2 + a^2 r^2)/(2 s^2) + log(sinh k / k) = -(rho - a r)^2/(2 s^2) + (log(sinh k / k) - k)
            double kappa = c1 * rho;
            double gap = rho - ar;
            return logNorm - gap * gap / (2 * s2) + (Langevin.logSinhc(kappa) - kappa);
        }

        @Override
        public double logDensity(double[] x, int off) {
            return logDensityAt(project(x, off));
        }

        @Override
        public double score(double[] x, int off, double[] s, int sOff) {
            double rho = project(x, off);
            // s = -y/sigma^2 + c1^2 (L(kappa)/kappa) y
            double pull = c1 * c1 * Langevin.overX(c1 * rho);
            for (int j = 0; j < 3; j++) {
                s[sOff + j] = (pull - 1.0 / s2) * y[j];
            }
            return logDensityAt(rho);
        }

        @Override
        public void hessian(double[] x, int off, double[] h) {
            double rho = project(x, off);
            double kappa = c1 * rho;
            // H = -I/sigma^2 + c1^2 [L'(kappa) yy'/rho^2 + (L/kappa)(I - yy'/rho^2)]
            double radial = c1 * c1 * Langevin.derivative(kappa);
            double tangential = c1 * c1 * Langevin.overX(kappa);
            for (int i = 0; i < 3; i++) {
                double yi = rho > 0 ? y[i] / rho : (i == 0 ? 1 : 0);
                for (int j = 0; j < 3; j++) {
                    double yj = rho > 0 ? y[j] / rho : (j == 0 ? 1 : 0);
                    double id = i == j ? 1.0 : 0.0;
                    h[i * 3 + j] = -id / s2 + radial * yi * yj + tangential * (id - yi * yj);
                }
            }
        }
    }
}
