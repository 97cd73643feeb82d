package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

    @Test
    void normalCdfIsSymmetricAndMatchesErfc() {
        for (double x = -8; x <= 8; x += 0.25) {
            assertEquals(1.0, SpecialFunctions.normalCdf(x) + SpecialFunctions.normalCdf(-x), 2e-15);
        }
        assertEquals(0.8413447460685429, SpecialFunctions.normalCdf(1.0), 1e-15);
        assertEquals(1.0717590258310887e-08, SpecialFunctions.normalCdf(-5.6), 5e-15 * 1.07e-8);
        // deep in the tail the rounding of x/sqrt(2) alone costs ~2|x|^2 ulp: 1e-13 relative
        assertEquals(2.7536241186061556e-89, SpecialFunctions.normalCdf(-20.0), 1e-13 * 2.75e-89);
    }

    @Test
    void logGammaAndDigammaMatchReferences() {
        double[][] lg = {{0.5, 0.5723649429247}, {1.0, 0.0}, {2.5, 0.2846828704729192}, {7.3, 7.147892523022249},
            {14.9, 24.924132002217277}, {15.0, 25.191221182738683}, {100.5, 361.43554046777757},
            {1e6, 12815504.569147611}};
        for (double[] row : lg) {
            assertEquals(row[1], SpecialFunctions.logGamma(row[0]), 1e-13 * Math.max(1, Math.abs(row[1])));
        }
        double[][] dg = {{0.25, -4.2274535333762655}, {1.0, -0.5772156649015329}, {3.7, 1.1671535393615113},
            {9.99, 2.250700372831201}, {10.0, 2.251752589066721}, {50.0, 3.9019896734278925},
            {1e5, 11.512920464961896}};
        for (double[] row : dg) {
            assertEquals(row[1], SpecialFunctions.digamma(row[0]), 1e-13 * Math.max(1, Math.abs(row[1])));
        }
        assertEquals(Math.log(2), SpecialFunctions.logUnitBallVolume(1), 1e-14);
        assertEquals(Math.log(Math.PI), SpecialFunctions.logUnitBallVolume(2), 1e-14);
        assertEquals(Math.log(4 * Math.PI / 3), SpecialFunctions.logUnitBallVolume(3), 1e-14);
    }

    @Test
    void binomialMeanAbsoluteDeviationMatchesTheDirectSum() {
        for (int n : new int[] {1, 7, 40, 300}) {
            for (double p : new double[] {0.0, 1e-4, 0.013, 0.3, 0.5, 0.77, 1.0}) {
                double direct = 0;
                double logPmf = n * Math.log1p(-p);
                for (int c = 0; c <= n; c++) {
                    if (c > 0) {
                        logPmf += Math.log((double) (n - c + 1) / c) + Math.log(p) - Math.log1p(-p);
                    }
                    if (p > 0 && p < 1) {
                        direct += Math.exp(logPmf) * Math.abs(c - n * p);
                    }
                }
                assertEquals(direct, SpecialFunctions.binomialMeanAbsoluteDeviation(n, p), 1e-12 * Math.max(1, direct),
                        "n = " + n + ", p = " + p);
            }
        }
    }

    @Test
    void klNullExpectationMatchesTheBinomialSumAndItsAsymptote() {
        // at lambda = 30 the exact sum and (1 - p)/(2n) + 1/(12 n lambda) meet to ~1e-4 relative
        int n = 20_000;
        double below = Kl1d.nullExpectation(n, 29.999 / n);
        double above = Kl1d.nullExpectation(n, 30.0 / n);
        assertEquals(below, above, 2e-4 * above);
        // tiny cells: E[(c/n) log(c/lambda)] -> (lambda/n) (log(1/lambda)) e^-lambda + ... ; check lambda = 0.5 by hand
        double lambda = 0.5;
        double direct = 0;
        double pmf = Math.exp(-lambda);
        for (int c = 1; c < 60; c++) {
            pmf *= lambda / c;
            direct += pmf * c * Math.log(c / lambda);
        }
        assertEquals(direct / n, Kl1d.nullExpectation(n, lambda / n), 1e-4 * direct / n);
    }
}
