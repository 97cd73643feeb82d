package org.diffuscope.core.corrector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The frozen-score underdamped step's coefficients and noise covariance (science.md §5) by independent routes. */
class UlmcCoefficientsTest {

    /** Simpson's rule on [0, h] with n (even) intervals. */
    static double simpson(java.util.function.DoubleUnaryOperator f, double h, int n) {
        double dx = h / n;
        double sum = f.applyAsDouble(0) + f.applyAsDouble(h);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(i * dx);
        }
        return sum * dx / 3;
    }

    @Test
    void covarianceIsTheIntegralOfTheOuKernel() {
        // (zx, zv) = int_0^h e^{A r} (0, sqrt(2 gamma)) dB, A = [[0, 1], [0, -gamma]]:
        // e^{A r} = [[1, b(r)], [0, e^{-gamma r}]], b(r) = (1 - e^{-gamma r})/gamma
        for (double gamma : new double[] {0.3, 2, 15}) {
            for (double h : new double[] {0.01, 0.05, 0.5, 2}) {
                UlmcCoefficients k = UlmcCoefficients.of(gamma, h);
                double varX = simpson(r -> 2 * gamma * Math.pow(-Math.expm1(-gamma * r) / gamma, 2), h, 4000);
                double cov = simpson(r -> 2 * gamma * (-Math.expm1(-gamma * r) / gamma) * Math.exp(-gamma * r), h, 4000);
                double varV = simpson(r -> 2 * gamma * Math.exp(-2 * gamma * r), h, 4000);
                String at = "gamma " + gamma + ", h " + h;
                assertEquals(varX, k.varX(), 1e-9 * varX + 1e-15, at);
                assertEquals(cov, k.cov(), 1e-9 * cov, at);
                assertEquals(varV, k.varV(), 1e-9 * varV, at);
                // drift: c1 = int_0^h e^{-gamma r} dr, c2 = int_0^h b(r) dr
                assertEquals(simpson(r -> Math.exp(-gamma * r), h, 4000), k.c1(), 1e-10 * k.c1(), at);
                assertEquals(simpson(r -> -Math.expm1(-gamma * r) / gamma, h, 4000), k.c2(), 1e-9 * k.c2(), at);
            }
        }
    }

    @Test
    void choleskyFactorReproducesTheCovariance() {
        for (double u : new double[] {1e-7, 1e-4, 1e-3, 0.1, 3}) {
            UlmcCoefficients k = UlmcCoefficients.of(2, u / 2);
            assertEquals(k.varX(), k.l11() * k.l11(), 1e-12 * k.varX());
            assertEquals(k.cov(), k.l11() * k.l21(), 1e-12 * k.cov());
            assertEquals(k.varV(), k.l21() * k.l21() + k.l22() * k.l22(), 1e-10 * k.varV());
            assertTrue(k.l22() > 0, "the covariance is positive definite at gamma h = " + u);
        }
    }

    @Test
    void seriesAgreeWithClosedFormsWhereBothAreAccurate() {
        for (double u : new double[] {1e-3, 2e-3, 5e-3, 1e-2, 3e-2}) {
            double b = UlmcCoefficients.bClosed(u);
            assertEquals(b, UlmcCoefficients.bSeries(u), 1e-8 * b, "B at u = " + u);
            double c2 = u + Math.expm1(-u);
            assertEquals(c2, UlmcCoefficients.c2Series(u), 1e-10 * c2, "c2 at u = " + u);
        }
    }

    @Test
    void seriesStayAccurateWhereTheClosedFormCancels() {
        for (double u : new double[] {1e-9, 1e-6, 1e-4}) {
            // leading terms: B = u^3/3 - u^4/4 + 7 u^5/60 - u^6/24, u + expm1(-u) = u^2/2 - u^3/6 + u^4/24 - ...
            double b = u * u * u / 3 - Math.pow(u, 4) / 4 + 7 * Math.pow(u, 5) / 60 - Math.pow(u, 6) / 24;
            assertEquals(b, UlmcCoefficients.bSeries(u), 1e-14 * b);
            assertEquals(u * u / 2 - u * u * u / 6 + Math.pow(u, 4) / 24 - Math.pow(u, 5) / 120, UlmcCoefficients.c2Series(u),
                    1e-14 * u * u);
            UlmcCoefficients k = UlmcCoefficients.of(1, u);
            assertEquals(2 * b, k.varX(), 1e-13 * b, "Var zx at gamma h = " + u);
        }
        // the closed form really does cancel there: it loses most digits at u = 1e-6
        double u = 1e-6;
        double rel = Math.abs(UlmcCoefficients.bClosed(u) / UlmcCoefficients.bSeries(u) - 1);
        assertTrue(rel > 1e-6, "closed form B(1e-6) unexpectedly accurate: " + rel);
    }
}
