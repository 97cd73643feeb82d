package org.diffuscope.app.view.lab;

import java.math.BigDecimal;

/** Tick labels of an axis drawn in log10 coordinates. */
final class LogTicks {

    private LogTicks() {
    }

    /**
     * The label of a tick at log10 position v: 1, 2 or 5 times a power of ten when 10^v is within 1.2% of one (the
     * axis puts ticks at round log positions: 10^0.3 = 1.995, 10^0.7 = 5.01), else none, so a log axis reads
     * 1, 2, 5, 10, 20, 50, ... instead of 3.98, 5.01, 6.31.
     */
    static String label(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        int k = (int) Math.floor(v + 1e-9);
        double m = Math.pow(10, v - k);
        for (int nice : new int[] {1, 2, 5, 10}) {
            if (Math.abs(m / nice - 1) < 0.012) {
                return BigDecimal.valueOf(nice).scaleByPowerOfTen(k).stripTrailingZeros().toPlainString();
            }
        }
        return "";
    }
}
