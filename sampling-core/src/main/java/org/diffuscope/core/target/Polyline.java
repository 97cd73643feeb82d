package org.diffuscope.core.target;

import java.util.random.RandomGenerator;

/**
 * The uniform law in arc length on a polyline (open or closed) in any dimension: the mixture of its segments with
 * weights proportional to their lengths. A segment p -> q (length l, unit direction u) noised is Gaussian in the
 * residual orthogonal to u times {@code (Phi(b/sigma) - Phi((b - alpha l)/sigma)) / (alpha l)} along u,
 * {@code b = (x - alpha p).u} (science.md §2). One mode: the segments are pieces of one curve, not clusters.
 */
public final class Polyline implements Target {

    final int d;
    final int k;
    /** Segment starts p_k, K x d row-major. */
    final double[] starts;
    /** Unit directions u_k, K x d row-major. */
    final double[] directions;
    final double[] lengths;
    final double totalLength;
    final double[] weights;
    private final double[] cumulative;

    /**
     * @param points at least 2 vectors of one length d; consecutive points must differ
     * @param closed whether a last segment joins the last point back to the first
     */
    public Polyline(double[][] points, boolean closed) {
        if (points == null || points.length < 2) {
            throw new IllegalArgumentException("points must have at least 2 entries, got " + (points == null ? 0 : points.length));
        }
        this.d = Checks.vector("points[0]", points[0], -1).length;
        double[][] pts = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            pts[i] = Checks.vector("points[" + i + "]", points[i], d);
        }
        this.k = closed ? pts.length : pts.length - 1;
        this.starts = new double[k * d];
        this.directions = new double[k * d];
        this.lengths = new double[k];
        double total = 0;
        for (int s = 0; s < k; s++) {
            int next = (s + 1) % pts.length;
            double l2 = 0;
            for (int j = 0; j < d; j++) {
                double delta = pts[next][j] - pts[s][j];
                l2 += delta * delta;
            }
            double l = Math.sqrt(l2);
            if (!(l > 0)) {
                throw new IllegalArgumentException("points[" + s + "] and points[" + next + "] coincide: a segment of"
                        + " length 0 is not allowed");
            }
            for (int j = 0; j < d; j++) {
                starts[s * d + j] = pts[s][j];
                directions[s * d + j] = (pts[next][j] - pts[s][j]) / l;
            }
            lengths[s] = l;
            total += l;
        }
        this.totalLength = total;
        this.weights = new double[k];
        for (int s = 0; s < k; s++) {
            weights[s] = lengths[s] / total;
        }
        this.cumulative = Checks.cumulative(weights);
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public String kind() {
        return "polyline";
    }

    @Override
    public boolean hasDensity() {
        return false;
    }

    /** The number of segments. */
    public int segments() {
        return k;
    }

    /** The total arc length. */
    public double length() {
        return totalLength;
    }

    @Override
    public Marginal marginal(double alpha, double sigma) {
        checkScales(alpha, sigma);
        return new FixedMarginal(d, alpha, sigma, () -> new PolylineEvaluator(this, alpha, sigma));
    }

    @Override
    public void sample(RandomGenerator rng, double[] out, int off) {
        int s = Checks.pick(cumulative, rng.nextDouble());
        double along = lengths[s] * rng.nextDouble();
        for (int j = 0; j < d; j++) {
            out[off + j] = starts[s * d + j] + along * directions[s * d + j];
        }
    }

    @Override
    public double[] mean() {
        // sum_k w_k (p_k + q_k)/2
        double[] m = new double[d];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d; j++) {
                m[j] += weights[s] * (starts[s * d + j] + 0.5 * lengths[s] * directions[s * d + j]);
            }
        }
        return m;
    }

    @Override
    public double[] covariance() {
        // sum_k w_k (c_k c_k' + l_k^2/12 u_k u_k') - m m', c_k the segment's midpoint
        double[] m = mean();
        double[] cov = new double[d * d];
        for (int s = 0; s < k; s++) {
            for (int i = 0; i < d; i++) {
                double ci = starts[s * d + i] + 0.5 * lengths[s] * directions[s * d + i];
                for (int j = 0; j < d; j++) {
                    double cj = starts[s * d + j] + 0.5 * lengths[s] * directions[s * d + j];
                    double uu = directions[s * d + i] * directions[s * d + j];
                    cov[i * d + j] += weights[s] * (ci * cj + lengths[s] * lengths[s] / 12.0 * uu);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i * d + j] -= m[i] * m[j];
            }
        }
        return cov;
    }
}
