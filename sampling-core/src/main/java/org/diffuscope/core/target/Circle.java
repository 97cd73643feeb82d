package org.diffuscope.core.target;

import java.util.random.RandomGenerator;

import org.diffuscope.core.special.Bessel;

/**
 * The uniform law on a circle of radius r, in the plane (d = 2) or in a plane of 3D with unit normal n. With
 * {@code y = x - alpha c}, w its in-plane part, {@code rho = |w|}, {@code z = y.n} and
 * {@code kappa = alpha r rho / sigma^2}:
 * {@code p_t = exp(-(rho - alpha r)^2/(2 sigma^2)) i0e(kappa) / (2 pi sigma^2)}, times {@code N(z; 0, sigma^2)} in 3D
 * (science.md §2; the average of {@code e^(kappa cos theta)} over the circle is {@code I0(kappa)}).
 */
public final class Circle implements Target {

    private final int d;
    private final double[] center;
    private final double radius;
    /** Unit normal of the plane, null in 2D. */
    private final double[] normal;
    /** Orthonormal in-plane basis. */
    private final double[] e1;
    private final double[] e2;

    /**
     * @param center 2 or 3 numbers
     * @param radius > 0
     * @param normal null in 2D; in 3D the plane's normal (non-zero, normalised here)
     */
    public Circle(double[] center, double radius, double[] normal) {
        this.center = Checks.vector("center", center, -1);
        this.d = center.length;
        if (d != 2 && d != 3) {
            throw new IllegalArgumentException("center must have 2 or 3 entries, got " + d);
        }
        this.radius = Checks.positive("radius", radius);
        if (d == 2) {
            if (normal != null) {
                throw new IllegalArgumentException("normal must be left out for a circle in 2D");
            }
            this.normal = null;
            this.e1 = new double[] {1, 0};
            this.e2 = new double[] {0, 1};
            return;
        }
        if (normal == null) {
            throw new IllegalArgumentException("normal is required for a circle in 3D");
        }
        double[] n = Checks.vector("normal", normal, 3);
        double norm = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw new IllegalArgumentException("normal must be non-zero, got [" + n[0] + ", " + n[1] + ", " + n[2] + "]");
        }
        this.normal = new double[] {n[0] / norm, n[1] / norm, n[2] / norm};
        // e1 = the unit vector of n x (the axis least aligned with n), e2 = n x e1
        int axis = Math.abs(this.normal[0]) <= Math.abs(this.normal[1])
                ? (Math.abs(this.normal[0]) <= Math.abs(this.normal[2]) ? 0 : 2)
                : (Math.abs(this.normal[1]) <= Math.abs(this.normal[2]) ? 1 : 2);
        double[] a = new double[3];
        a[axis] = 1;
        this.e1 = unit(cross(this.normal, a));
        this.e2 = cross(this.normal, e1);
    }

    static double[] cross(double[] p, double[] q) {
        return new double[] {p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]};
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public String kind() {
        return "circle";
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
        return new FixedMarginal(d, alpha, sigma, () -> new CircleEvaluator(alpha, sigma));
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        double theta = 2 * Math.PI * rng.nextDouble();
        double c = radius * Math.cos(theta);
        double s = radius * Math.sin(theta);
        for (int j = 0; j < d; j++) {
            out[off + j] = center[j] + c * e1[j] + s * e2[j];
        }
    }

    @Override
    public double[] mean() {
        return center.clone();
    }

    @Override
    public double[] covariance() {
        // r^2/2 (e1 e1' + e2 e2')
        double[] cov = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i * d + j] = 0.5 * radius * radius * (e1[i] * e1[j] + e2[i] * e2[j]);
            }
        }
        return cov;
    }

    /** Per-thread evaluation at one (alpha, sigma); scratch y, w. */
    private final class CircleEvaluator implements Evaluator {

        private final double alpha;
        private final double s2;
        private final double ar;
        private final double c1;
        private final double logNorm;
        private final double[] y = new double[3];
        private final double[] w = new double[3];
        /** kappa = c1 rho and i0e(kappa) of the last {@link #project}, for the score's pull. */
        private double kappa;
        private double i0e;

        CircleEvaluator(double alpha, double sigma) {
            this.alpha = alpha;
            this.s2 = sigma * sigma;
            this.ar = alpha * radius;
            this.c1 = ar / s2;
            this.logNorm = -0.5 * d * Math.log(2 * Math.PI * s2);
        }

        @Override
        public int dim() {
            return d;
        }

        /** Fills y = x - alpha c and its in-plane part w; returns the log density. */
        private double project(double[] x, int off) {
            double z = 0;
            for (int j = 0; j < d; j++) {
                y[j] = x[off + j] - alpha * center[j];
                z += d == 3 ? y[j] * normal[j] : 0;
            }
            double rho2 = 0;
            for (int j = 0; j < d; j++) {
                w[j] = d == 3 ? y[j] - z * normal[j] : y[j];
                rho2 += w[j] * w[j];
            }
            double rho = Math.sqrt(rho2);
            double gap = rho - ar;
            kappa = c1 * rho;
            i0e = Bessel.i0e(kappa);
            return logNorm - (gap * gap + z * z) / (2 * s2) + Math.log(i0e);
        }

        private double rho() {
            double rho2 = 0;
            for (int j = 0; j < d; j++) {
                rho2 += w[j] * w[j];
            }
            return Math.sqrt(rho2);
        }

        @Override
        public double logDensity(double[] x, int off) {
            return project(x, off);
        }

        @Override
        public double score(double[] x, int off, double[] s, int sOff) {
            double logp = project(x, off);
            // s = -y/sigma^2 + c1^2 (R(kappa)/kappa) w, R(kappa)/kappa = i1e(kappa)/kappa / i0e(kappa)
            double pull = c1 * c1 * (Bessel.i1eOverX(kappa) / i0e);
            for (int j = 0; j < d; j++) {
                s[sOff + j] = -y[j] / s2 + pull * w[j];
            }
            return logp;
        }

        @Override
        public void hessian(double[] x, int off, double[] h) {
            project(x, off);
            double rho = rho();
            double kappa = c1 * rho;
            // H = -I/sigma^2 + c1^2 [R'(kappa) ww' + (R/kappa)(P - ww')], w unit in-plane, P the in-plane projector
            double radial = c1 * c1 * Bessel.i1OverI0Derivative(kappa);
            double tangential = c1 * c1 * Bessel.i1OverI0OverX(kappa);
            for (int i = 0; i < d; i++) {
                double wi = rho > 0 ? w[i] / rho : e1[i];
                for (int j = 0; j < d; j++) {
                    double wj = rho > 0 ? w[j] / rho : e1[j];
                    double p = (i == j ? 1.0 : 0.0) - (d == 3 ? normal[i] * normal[j] : 0.0);
                    h[i * d + j] = (i == j ? -1.0 / s2 : 0.0) + radial * wi * wj + tangential * (p - wi * wj);
                }
            }
        }
    }
}
