package org.diffuscope.core.linalg;

/**
 * A matrix with c columns held as column panels of at most {@link #WIDTH} columns ({@code [b][row]} is the part of
 * a row in panel b), and the product {@code U += Y B} with such a B that the full-covariance kernels are made of.
 *
 * <p>Why panels: multiplying a row of Y into whole rows of a large B streams all of B from the level-2 cache for every
 * row of Y (8 bytes per fused multiply-add at d = 1000). A block of {@link #DEPTH} rows by {@link #WIDTH} columns of
 * B is 16 KB and stays in the level-1 cache while every row of Y passes it, and each row of U is touched only once per
 * {@link #DEPTH} rows of B: 16 instead of 11 fused multiply-adds per ns on one core here at d = 1000 (widths 128 to
 * 512 and depths 8 to 32 measured within 10 % of that; 8 rows per fused chain instead of 4 was not vectorised). Each panel row is its own array so that the inner loops ({@link FusedRows}) store into
 * one array and run to its length, which HotSpot vectorises in every run.
 */
public final class Panels {

    /** Columns per panel: a panel row is 2 KB. */
    public static final int WIDTH = 256;
    /** Rows of B per pass: DEPTH x WIDTH doubles = 16 KB, within the level-1 cache. */
    public static final int DEPTH = 8;

    private Panels() {
    }

    /** The number of panels of c columns. */
    public static int count(int c) {
        return (c + WIDTH - 1) / WIDTH;
    }

    /** The first column of panel b. */
    public static int start(int b) {
        return b * WIDTH;
    }

    /** One past the last column of panel b of a matrix with c columns. */
    public static int end(int b, int c) {
        return Math.min(c, (b + 1) * WIDTH);
    }

    /** Zeroed panels for r rows and c columns: {@code [b][row]}, each row WIDTH long except in the last panel. */
    public static double[][][] zeros(int r, int c) {
        double[][][] p = new double[count(c)][][];
        for (int b = 0; b < p.length; b++) {
            p[b] = new double[r][end(b, c) - start(b)];
        }
        return p;
    }

    /** The rows (all of length c) cut into panels; the rows are not modified. */
    public static double[][][] of(double[][] rows, int c) {
        double[][][] p = zeros(rows.length, c);
        for (int b = 0; b < p.length; b++) {
            for (int r = 0; r < rows.length; r++) {
                System.arraycopy(rows[r], start(b), p[b][r], 0, p[b][r].length);
            }
        }
        return p;
    }

    /**
     * {@code u[i] += sum_l y[i][l] B[l]} over one panel of B ({@code b[l]}, l < y[i].length rows) for rows
     * {@code from <= i < to}; the sum over l runs in order, four rows of B per fused chain, as {@link FusedRows}.
     *
     * @param y rows of Y, each as long as B has rows
     * @param b one panel of B
     * @param u the same panel of U, one row per row of Y
     */
    public static void multiply(double[][] y, int from, int to, double[][] b, double[][] u) {
        int r = b.length;
        for (int l0 = 0; l0 < r; l0 += DEPTH) {
            int l1 = Math.min(r, l0 + DEPTH);
            for (int i = from; i < to; i++) {
                double[] yi = y[i];
                double[] ui = u[i];
                int l = l0;
                for (; l + 3 < l1; l += 4) {
                    FusedRows.four(ui, 0, b[l], b[l + 1], b[l + 2], b[l + 3], yi[l], yi[l + 1], yi[l + 2], yi[l + 3]);
                }
                for (; l < l1; l++) {
                    FusedRows.one(ui, 0, b[l], yi[l]);
                }
            }
        }
    }
}
