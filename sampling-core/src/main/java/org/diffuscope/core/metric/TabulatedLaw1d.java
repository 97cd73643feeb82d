package org.diffuscope.core.metric;

import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Target;

/**
 * The marginal of a one-dimensional {@link Target} at (alpha, sigma) tabulated from its exact density on a uniform
 * grid over {@code m +- 20 sd} ({@code m, sd} the exact mean and standard deviation of p_t), with the density linear
 * between nodes, so the cdf is the cumulative trapezoid rule (piecewise quadratic) and the partial mean its
 * analogue. The fallback when a target offers no closed-form {@link ProjectableTarget#projection}.
 */
final class TabulatedLaw1d implements Law1d {

    private static final int NODES = 1 << 14;
    private static final double HALF_WIDTH = 20.0;

    private final double x0;
    private final double h;
    private final double[] density;
    private final double[] cdf;
    private final double[] partial;

    TabulatedLaw1d(Target target, double alpha, double sigma) {
        if (target.dim() != 1) {
            throw new IllegalArgumentException("target must be one-dimensional, got dim " + target.dim());
        }
        double m = alpha * target.mean()[0];
        double sd = Math.sqrt(alpha * alpha * target.covariance()[0] + sigma * sigma);
        if (!(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("the marginal must have a finite sd > 0, got " + sd);
        }
        Evaluator ev = target.marginal(alpha, sigma).evaluator();
        this.x0 = m - HALF_WIDTH * sd;
        this.h = 2.0 * HALF_WIDTH * sd / (NODES - 1);
        this.density = new double[NODES];
        this.cdf = new double[NODES];
        this.partial = new double[NODES];
        double[] x = new double[1];
        for (int j = 0; j < NODES; j++) {
            x[0] = x0 + j * h;
            double logp = ev.logDensity(x, 0);
            density[j] = Double.isFinite(logp) ? Math.exp(logp) : 0.0;
        }
        for (int j = 1; j < NODES; j++) {
            double xa = x0 + (j - 1) * h;
            double xb = xa + h;
            cdf[j] = cdf[j - 1] + 0.5 * h * (density[j - 1] + density[j]);
            // int_xa^xb y f(y) dy with f linear: h/6 (f_a (2 xa + xb) + f_b (xa + 2 xb))
            partial[j] = partial[j - 1] + h / 6.0 * (density[j - 1] * (2 * xa + xb) + density[j] * (xa + 2 * xb));
        }
        double total = cdf[NODES - 1];
        if (!(total > 0)) {
            throw new IllegalArgumentException("the density of " + target.kind() + " integrates to " + total);
        }
        for (int j = 0; j < NODES; j++) {
            density[j] /= total;
            cdf[j] /= total;
            partial[j] /= total;
        }
    }

    private int cell(double x) {
        return (int) Math.max(0, Math.min(NODES - 2, Math.floor((x - x0) / h)));
    }

    @Override
    public double cdf(double x) {
        if (x <= x0) {
            return 0.0;
        }
        if (x >= upper()) {
            return 1.0;
        }
        int j = cell(x);
        double r = x - (x0 + j * h);
        return cdf[j] + density[j] * r + (density[j + 1] - density[j]) * r * r / (2.0 * h);
    }

    @Override
    public double density(double x) {
        if (x < x0 || x > upper()) {
            return 0.0;
        }
        int j = cell(x);
        double r = (x - (x0 + j * h)) / h;
        return density[j] + (density[j + 1] - density[j]) * r;
    }

    @Override
    public double partialMean(double x) {
        if (x <= x0) {
            return 0.0;
        }
        if (x >= upper()) {
            return partial[NODES - 1];
        }
        int j = cell(x);
        double xa = x0 + j * h;
        double r = x - xa;
        double fa = density[j];
        double slope = (density[j + 1] - fa) / h;
        // int_xa^x y (fa + slope (y - xa)) dy
        return partial[j] + fa * (xa * r + 0.5 * r * r) + slope * (0.5 * xa * r * r + r * r * r / 3.0);
    }

    @Override
    public double mean() {
        return partial[NODES - 1];
    }

    @Override
    public double secondMoment() {
        double acc = 0;
        for (int j = 1; j < NODES; j++) {
            double xa = x0 + (j - 1) * h;
            double xb = xa + h;
            // int y^2 f over the cell, f linear (Simpson is exact for this cubic)
            double xm = 0.5 * (xa + xb);
            double fm = 0.5 * (density[j - 1] + density[j]);
            acc += h / 6.0 * (xa * xa * density[j - 1] + 4 * xm * xm * fm + xb * xb * density[j]);
        }
        return acc;
    }

    @Override
    public double lower() {
        return x0;
    }

    @Override
    public double upper() {
        return x0 + (NODES - 1) * h;
    }

    @Override
    public double resolution() {
        return 16.0 * h;
    }
}
