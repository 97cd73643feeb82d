package org.diffuscope.app.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogTicksTest {

    @Test
    void roundLogPositionsGetOneTwoFiveLabelsAndTheOthersNone() {
        assertEquals("1", LogTicks.label(0));
        assertEquals("2", LogTicks.label(0.3));
        assertEquals("5", LogTicks.label(0.7));
        assertEquals("10", LogTicks.label(1));
        assertEquals("200", LogTicks.label(2.3));
        assertEquals("0.01", LogTicks.label(-2));
        assertEquals("0.05", LogTicks.label(-1.3));
        assertEquals("", LogTicks.label(0.6), "10^0.6 = 3.98 is not labelled");
        assertEquals("", LogTicks.label(0.5), "10^0.5 = 3.16 is not labelled");
        assertEquals("", LogTicks.label(Double.NaN));
    }
}
