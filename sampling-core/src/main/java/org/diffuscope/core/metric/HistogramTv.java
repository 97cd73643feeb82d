package org.diffuscope.core.metric;

import org.diffuscope.core.target.Evaluator;

/**
 * Total variation between the histogram of a 2D cloud and the exact cell masses of p_t on a B x B grid, plus one
 * cell for everything outside the grid: {@code TV = 1/2 sum_c |n_c/N - p_c|}. The grid spans the range of the exact
 * reference samples, widened to the cloud's range but by at most half the reference range on each side. Cell
 * masses are closed form for axis-aligned Gaussian components (products of normal cdf differences), else composite
 * two-point Gauss-Legendre quadrature of the exact density on a sub-grid finer than sigma(t)/3. The noise floor is
 * the exact expected TV of N exact samples, {@code 1/(2N) sum_c E|Bin(N, p_c) - N p_c|} (binomial mean absolute
 * deviation, de Moivre).
 */
final class HistogramTv {

    /** The grid: bins per axis and the lower corner and cell widths. */
    record Grid(int bins, double x0, double y0, double wx, double wy) {
    }

    /** TV, its floor and the grid they were measured on. */
    record Result(double tv, double floor, Grid grid) {
    }

    /** Sub-cells per cell (per axis) are capped so that a grid costs at most this many density evaluations. */
    private static final long MAX_EVALUATIONS = 4_000_000;

    private HistogramTv() {
    }

    static Result of(double[] x, int n, ExactReference ref, int bins) {
        if (ref.dim() != 2) {
            throw new IllegalArgumentException("histogram TV needs d = 2, got " + ref.dim());
        }
        Grid grid = grid(x, n, ref.samples().lo(), ref.samples().hi(), bins);
        return onGrid(x, n, grid, cellMasses(ref, grid));
    }

    /** TV and floor of the n points x against the exact cell masses p (outside cell last) of grid. */
    static Result onGrid(double[] x, int n, Grid grid, double[] p) {
        int bins = grid.bins();
        long[] counts = new long[bins * bins + 1];
        for (int i = 0; i < n; i++) {
            counts[cellOf(grid, x[2 * i], x[2 * i + 1])]++;
        }
        double tv = 0;
        double floor = 0;
        for (int c = 0; c < counts.length; c++) {
            tv += Math.abs((double) counts[c] / n - p[c]);
            floor += SpecialFunctions.binomialMeanAbsoluteDeviation(n, p[c]);
        }
        return new Result(0.5 * tv, 0.5 * floor / n, grid);
    }

    static Grid grid(double[] x, int n, double[] refLo, double[] refHi, int bins) {
        double[] lo = refLo.clone();
        double[] hi = refHi.clone();
        for (int j = 0; j < 2; j++) {
            double span = Math.max(hi[j] - lo[j], 1e-12);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, x[2 * i + j]);
                max = Math.max(max, x[2 * i + j]);
            }
            lo[j] = Math.min(lo[j], Math.max(min, lo[j] - 0.5 * span));
            hi[j] = Math.max(hi[j], Math.min(max, hi[j] + 0.5 * span));
            // a hair wider, so that the extreme reference samples fall inside
            double pad = 1e-9 * (hi[j] - lo[j]);
            lo[j] -= pad;
            hi[j] += pad;
        }
        return new Grid(bins, lo[0], lo[1], (hi[0] - lo[0]) / bins, (hi[1] - lo[1]) / bins);
    }

    /** The cell of (x, y): {@code row * bins + column}, or {@code bins^2} outside the grid. */
    static int cellOf(Grid g, double x, double y) {
        double u = (x - g.x0()) / g.wx();
        double v = (y - g.y0()) / g.wy();
        if (!(u >= 0 && u < g.bins() && v >= 0 && v < g.bins())) {
            return g.bins() * g.bins();
        }
        return (int) v * g.bins() + (int) u;
    }

    /** Exact masses of the B^2 cells of p_t, then the mass outside the grid (1 - their sum, clipped at 0). */
    static double[] cellMasses(ExactReference ref, Grid g) {
        GaussianComponents c = ref.components();
        double[] p = c != null && c.axisAligned() ? axisAlignedMasses(c, ref.alpha(), ref.sigma(), g)
                : quadratureMasses(ref, g);
        int cells = g.bins() * g.bins();
        double inside = 0;
        for (int i = 0; i < cells; i++) {
            inside += p[i];
        }
        p[cells] = Math.max(0.0, 1.0 - inside);
        return p;
    }

    /** {@code sum_k w_k (Phi(b_x) - Phi(a_x)) (Phi(b_y) - Phi(a_y))} in standardised edge coordinates. */
    static double[] axisAlignedMasses(GaussianComponents c, double alpha, double sigma, Grid g) {
        int b = g.bins();
        double[] p = new double[b * b + 1];
        double[] fx = new double[b];
        double[] fy = new double[b];
        for (int k = 0; k < c.size(); k++) {
            intervalMasses(c.mean(k, 0, alpha), c.sd(k, 0, alpha, sigma), g.x0(), g.wx(), fx);
            intervalMasses(c.mean(k, 1, alpha), c.sd(k, 1, alpha, sigma), g.y0(), g.wy(), fy);
            double w = c.weights()[k];
            for (int row = 0; row < b; row++) {
                double wy = w * fy[row];
                if (wy == 0) {
                    continue;
                }
                for (int col = 0; col < b; col++) {
                    p[row * b + col] += wy * fx[col];
                }
            }
        }
        return p;
    }

    /** Masses of N(m, s^2) in the intervals [x0 + i w, x0 + (i+1) w), differences taken on the closer tail. */
    private static void intervalMasses(double m, double s, double x0, double w, double[] out) {
        double previousLower = SpecialFunctions.normalCdf((x0 - m) / s);
        double previousUpper = SpecialFunctions.normalCdf(-(x0 - m) / s);
        for (int i = 0; i < out.length; i++) {
            double z = (x0 + (i + 1) * w - m) / s;
            double lower = SpecialFunctions.normalCdf(z);
            double upper = SpecialFunctions.normalCdf(-z);
            out[i] = z <= 0 ? lower - previousLower : previousUpper - upper;
            previousLower = lower;
            previousUpper = upper;
        }
    }

    /** Composite two-point Gauss-Legendre on m x m sub-cells per cell, m from sigma(t) (4 at t = 0). */
    static double[] quadratureMasses(ExactReference ref, Grid g) {
        int b = g.bins();
        double sigma = ref.sigma();
        double w = Math.max(g.wx(), g.wy());
        int m = sigma > 0 ? (int) Math.ceil(3.0 * w / sigma) : 4;
        m = Math.max(2, m);
        long budget = (long) Math.sqrt(MAX_EVALUATIONS / (4.0 * b * b));
        m = (int) Math.max(1, Math.min(m, budget));
        int mm = m;
        double[] p = new double[b * b + 1];
        double gl = 0.5 / Math.sqrt(3.0);
        Blocks.run(b, ref.options().parallel(), row -> {
            Evaluator ev = ref.marginal().evaluator();
            double[] pt = new double[2];
            double hx = g.wx() / mm;
            double hy = g.wy() / mm;
            for (int col = 0; col < b; col++) {
                double acc = 0;
                for (int sy = 0; sy < mm; sy++) {
                    double cy = g.y0() + row * g.wy() + (sy + 0.5) * hy;
                    for (int sx = 0; sx < mm; sx++) {
                        double cx = g.x0() + col * g.wx() + (sx + 0.5) * hx;
                        // two-point Gauss-Legendre nodes at the sub-cell centre +- h/(2 sqrt 3), weights h/2
                        for (int a = -1; a <= 1; a += 2) {
                            for (int c = -1; c <= 1; c += 2) {
                                pt[0] = cx + a * gl * hx;
                                pt[1] = cy + c * gl * hy;
                                acc += Math.exp(ev.logDensity(pt, 0));
                            }
                        }
                    }
                }
                p[row * b + col] = acc * 0.25 * hx * hy;
            }
        });
        return p;
    }
}
