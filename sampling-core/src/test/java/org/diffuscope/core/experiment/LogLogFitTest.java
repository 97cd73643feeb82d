package org.diffuscope.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogLogFitTest {

    @Test
    void recoversAPowerLawExactlyAndSkipsUnusablePoints() {
        double[] x = {1, 2, 4, 8, 16, -1, 3};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3.0 * Math.pow(x[i], -1.5);
        }
        y[6] = Double.NaN;
        LogLogFit f = LogLogFit.of(x, y);
        assertEquals(5, f.n());
        assertEquals(-1.5, f.slope(), 1e-12);
        assertEquals(Math.log(3.0), f.intercept(), 1e-12);
        assertEquals(3.0 * Math.pow(10, -1.5), f.at(10), 1e-12);
    }

    @Test
    void fewerThanTwoPointsHaveNoSlope() {
        assertTrue(Double.isNaN(LogLogFit.of(new double[] {1, 0}, new double[] {1, 1}).slope()));
    }
}
