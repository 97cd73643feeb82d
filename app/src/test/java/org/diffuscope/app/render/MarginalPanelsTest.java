package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Monte Carlo marginal: a histogram of exact samples smoothed by the 3 x 3 binomial kernel. */
class MarginalPanelsTest {

    private static final AxesBox3D BOX = AxesBox3D.around(new double[] {0, 0, 0},
            new double[] {MarginalPanels.BINS, MarginalPanels.BINS, MarginalPanels.BINS}, new String[] {"a", "b", "c"});

    @Test
    void onePointSpreadsAsTheBinomialKernel() {
        // one sample at (x, y, z) = (10.5, 20.5, 5.5): cell column 10, row from the top BINS - 1 - 20
        float[] pts = {10.5f, 20.5f, 5.5f};
        double[] h = MarginalPanels.histogram(pts, 1, 0, 1, BOX);
        int b = MarginalPanels.BINS;
        int row = b - 1 - 20;
        assertEquals(1.0, h[row * b + 10], 0);
        assertEquals(0.5, h[row * b + 11], 0);
        assertEquals(0.5, h[(row - 1) * b + 10], 0);
        assertEquals(0.25, h[(row + 1) * b + 9], 0);
        assertEquals(0.0, h[row * b + 12], 0);
        double total = 0;
        for (double v : h) {
            total += v;
        }
        assertEquals(4.0, total, 1e-12, "the kernel's mass 16/16 over the peak 4/16");
        // the pair (x, z) puts it in column 10, row BINS - 1 - 5
        assertEquals(1.0, MarginalPanels.histogram(pts, 1, 0, 2, BOX)[(b - 1 - 5) * b + 10], 0);
    }

    @Test
    void narrowPanelsKeepOnlyTheAxisNamesInTheirTitles() {
        assertEquals("x0 – x2  (p_t marginal)", MarginalPanels.title("x0", "x2", MarginalPanels.WIDE_TITLE));
        assertEquals("x0 – x2", MarginalPanels.title("x0", "x2", MarginalPanels.WIDE_TITLE - 1));
        // a race pane a third of a 1500 px window: panels of ~95 px, too narrow for the long title
        int side = MarginalPanels.side(460, 470);
        assertEquals("PC1 – PC2", MarginalPanels.title("PC1", "PC2", side), "side " + side);
    }

    @Test
    void samplesOutsideTheBoxAreLeftOut() {
        float[] pts = {-1, 5, 5, 5, 5, 5, 5, 5, 5};
        double[] h = MarginalPanels.histogram(pts, 3, 0, 1, BOX);
        int b = MarginalPanels.BINS;
        assertEquals(1.0, h[(b - 1 - 5) * b + 5], 0, "two samples in one cell, the peak");
        double total = 0;
        for (double v : h) {
            total += v;
        }
        assertEquals(4.0, total, 1e-12, "the one outside adds nothing");
    }
}
