package org.diffuscope.app.render;

import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/**
 * log p_t sampled at the centres of a coarse cols x rows grid of cells covering a viewport; the heat map upsamples
 * it. Computing it costs cols x rows density evaluations, so it is built once per time and view and cached.
 */
public final class DensityGrid {

    private final int cols;
    private final int rows;
    private final double[] logp;
    private final Viewport view;
    private final double max;

    private DensityGrid(int cols, int rows, double[] logp, Viewport view) {
        this.cols = cols;
        this.rows = rows;
        this.logp = logp;
        this.view = view;
        double m = Double.NEGATIVE_INFINITY;
        for (double v : logp) {
            if (v > m) {
                m = v;
            }
        }
        this.max = m;
    }

    /**
     * The grid of p_t over the view with cells that follow the noise ({@link #cellFor}): finest pixels a cell where
     * the noise is narrow on screen, up to 4 x as wide where it is wide.
     */
    public static DensityGrid ofTime(DiffusedTarget target, double t, Viewport view, int finest) {
        double sigmaPixels = target.process().sigma(t) * view.scale();
        return compute(target.marginal(t), view, cellFor(sigmaPixels, finest));
    }

    /**
     * Evaluates a 2D marginal on a grid of about {@code cell} pixels per cell over the view.
     *
     * @param marginal a marginal of dimension 2
     */
    public static DensityGrid compute(Marginal marginal, Viewport view, int cell) {
        if (marginal.dim() != 2) {
            throw new IllegalArgumentException("the density heat map needs a 2D marginal, got dimension " + marginal.dim());
        }
        int cols = Math.max(2, (int) Math.ceil(view.width() / (double) cell) + 1);
        int rows = Math.max(2, (int) Math.ceil(view.height() / (double) cell) + 1);
        double[] logp = new double[cols * rows];
        Evaluator ev = marginal.evaluator();
        // a row of grid points at a time (a mixture evaluates a block of points at once)
        double[] x = new double[2 * cols];
        double[] row = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                x[2 * c] = view.toWorldX(c * (view.width() / (double) (cols - 1)));
                x[2 * c + 1] = view.toWorldY(r * (view.height() / (double) (rows - 1)));
            }
            ev.logDensityRows(x, 0, cols, row, null);
            System.arraycopy(row, 0, logp, r * cols, cols);
        }
        return new DensityGrid(cols, rows, logp, view);
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public Viewport view() {
        return view;
    }

    /** The largest log-density on the grid. */
    public double max() {
        return max;
    }

    /** log p at grid node (c, r). */
    public double logDensityAt(int c, int r) {
        return logp[r * cols + c];
    }

    /**
     * Pixels per cell for p_t whose noise spreads sigmaPixels on screen: a sixth of that, between finest and 4 x
     * finest. p_t is p_0 smoothed by the noise, so log p varies on that scale, and the bilinear upsampling errs by
     * about (cell/sigma)^2 nats: at most 0.02 nat where the heat map shows anything (DensityGridTest), less than the
     * finest cells err at small t. At large t a sixteenth of the evaluations, which matters where one costs
     * microseconds (curves, boxes).
     */
    public static int cellFor(double sigmaPixels, int finest) {
        double sixth = Math.floor(sigmaPixels / 6);
        return (int) Math.max(finest, Math.min(4.0 * finest, sixth));
    }

    /** Bilinear interpolation of log p at pixel (px, py) of the grid's view. */
    public double interpolate(double px, double py) {
        double gx = px / view.width() * (cols - 1);
        double gy = py / view.height() * (rows - 1);
        int c = Math.max(0, Math.min(cols - 2, (int) gx));
        int r = Math.max(0, Math.min(rows - 2, (int) gy));
        double u = Math.max(0, Math.min(1, gx - c));
        double v = Math.max(0, Math.min(1, gy - r));
        double a = logp[r * cols + c];
        double b = logp[r * cols + c + 1];
        double e = logp[(r + 1) * cols + c];
        double f = logp[(r + 1) * cols + c + 1];
        return (1 - v) * ((1 - u) * a + u * b) + v * ((1 - u) * e + u * f);
    }
}
