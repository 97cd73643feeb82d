package org.diffuscope.core.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** Every special function against 80-digit mpmath values ({@link SpecialReference}), plus identities between them. */
class SpecialFunctionsTest {

    /** Asserts |f(x) - ref| <= tol |ref| (plus a floor for subnormal references) on every row. */
    private static void check(String name, double[][] table, DoubleUnaryOperator f, double tol) {
        for (double[] row : table) {
            double got = f.applyAsDouble(row[0]);
            double want = row[1];
            assertTrue(Double.isFinite(got), name + "(" + row[0] + ") = " + got);
            assertEquals(want, got, tol * Math.abs(want) + 1e-300, name + "(" + row[0] + ")");
        }
    }

    @Test
    void errorFunctionsMatchMpmath() {
        check("erfcx", SpecialReference.ERFCX, ErrorFunction::erfcx, 2e-15);
        check("erfc", SpecialReference.ERFC, ErrorFunction::erfc, 2e-15);
        check("erf", SpecialReference.ERF, ErrorFunction::erf, 2e-15);
        for (double[] row : SpecialReference.ERFCX) {
            double want = Math.log(row[1]);
            assertEquals(want, ErrorFunction.logErfcx(row[0]), 2e-15 * Math.max(1, Math.abs(want)), "log erfcx(" + row[0] + ")");
        }
        check("1/(sqrt(pi) erfcx(u)) - u", SpecialReference.ERFCX_EXCESS, ErrorFunction::reciprocalErfcxExcess, 2e-13);
        check("d/du (1/(sqrt(pi) erfcx(u)) - u)", SpecialReference.ERFCX_EXCESS_DERIVATIVE,
                ErrorFunction::reciprocalErfcxExcessDerivative, 2e-12);
        for (double[] row : SpecialReference.LOG_ERFCX_RATIO) {
            assertEquals(row[2], ErrorFunction.logErfcxIncrement(row[1], row[0] - row[1]), 1e-13 * Math.abs(row[2]),
                    "log erfcx(" + row[0] + ") - log erfcx(" + row[1] + ")");
        }
    }

    @Test
    void normalLawMatchesMpmath() {
        check("log Phi", SpecialReference.LOG_CDF, Normal::logCdf, 2e-15);
        NormalInterval interval = new NormalInterval();
        for (double[] row : SpecialReference.CDF_DIFFERENCE) {
            double a = row[0];
            double b = row[1];
            String at = "[" + b + ", " + a + "]";
            assertEquals(row[2], Normal.logCdfDifference(a, b), 4e-15 * Math.max(1, Math.abs(row[2])), "log mass " + at);
            interval.set(a, b);
            assertEquals(row[2], interval.logMass(), 4e-15 * Math.max(1, Math.abs(row[2])), "interval log mass " + at);
            // the first derivative to 1e-13 of its scale, the curvature (in [-1, 0]) to 2e-12 even in the far tail
            double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
            assertEquals(row[3], interval.dLog(), 1e-13 * scale, "dLog " + at);
            assertEquals(row[4], interval.d2Log(), 2e-12, "d2Log " + at);
        }
    }

    @Test
    void millsRatioMatchesMpmath() {
        check("Mills ratio", SpecialReference.MILLS, MillsRatio::of, 4e-16);
        // below 0 by reflection, against sqrt(pi/2) erfcx(z/sqrt 2) (whose own error grows as z^2 ulp(z/sqrt 2))
        for (double z = -8; z <= 8; z += 0.0625) {
            double want = Math.sqrt(Math.PI / 2) * ErrorFunction.erfcx(z * Normal.SQRT_HALF);
            assertEquals(want, MillsRatio.of(z), 1e-14 * want, "Mills ratio(" + z + ")");
        }
        assertEquals(0.0, MillsRatio.of(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(MillsRatio.of(Double.NaN)));
    }

    @Test
    void scaledIntervalWeightsMatchMpmath() {
        NormalInterval interval = new NormalInterval();
        for (double[] row : SpecialReference.CDF_DIFFERENCE) {
            double a = row[0];
            double b = row[1];
            String at = "[" + b + ", " + a + "]";
            double m = 0.5 * (a + b);
            double h = 0.5 * (a - b);
            interval.weigh(m, h);
            // scaledMass = sqrt(2 pi) e^(lo^2/2) D, lo the distance from 0 to the interval
            double lo = Math.max(0, Math.abs(m) - h);
            double logMass = Math.log(interval.scaledMass()) - 0.5 * lo * lo - 0.5 * Math.log(2 * Math.PI);
            assertEquals(row[2], logMass, 4e-15 * Math.max(1, Math.abs(row[2])), "log mass " + at);
            double scale = Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
            assertEquals(row[3], interval.scaledSlope() / interval.scaledMass(), 1e-13 * scale, "dLog " + at);
        }
        // a width far below the ulp of the position: D = 2h phi(m), dLog = -m
        for (double m : new double[] {-40, -0.7, 0, 3}) {
            interval.weigh(m, 1e-25);
            assertEquals(2e-25, interval.scaledMass(), 1e-15 * 2e-25, "scaled mass at " + m);
            assertEquals(-m, interval.scaledSlope() / interval.scaledMass(), 1e-15, "dLog at " + m);
        }
    }

    @Test
    void scaledWeightsAgreeWithTheLogarithmicIntervalEverywhere() {
        // every regime of both: narrow, one tail near and far, holding 0, wide; widths 1e-6 to 20, positions to 40
        NormalInterval weights = new NormalInterval();
        NormalInterval logs = new NormalInterval();
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            double m = (rng.nextDouble() - 0.5) * (rng.nextBoolean() ? 4 : 80);
            double h = Math.exp(rng.nextDouble(Math.log(1e-6), Math.log(20)));
            weights.weigh(m, h);
            logs.setCentered(m, h);
            double lo = Math.max(0, Math.abs(m) - h);
            double logMass = Math.log(weights.scaledMass()) - 0.5 * lo * lo - 0.5 * Math.log(2 * Math.PI);
            String at = "m = " + m + ", h = " + h;
            assertEquals(logs.logMass(), logMass, 2e-14 * Math.max(1, Math.abs(logs.logMass())), "log mass " + at);
            double scale = Math.max(1, Math.abs(m) + h);
            assertEquals(logs.dLog(), weights.scaledSlope() / weights.scaledMass(), 2e-14 * scale, "dLog " + at);
        }
    }

    @Test
    void widthsBelowTheUlpOfThePositionSurvive() {
        // [m - h, m + h] with h = 1e-25: D = 2h phi(m) (1 + O(h^2)), E[u] = m (1 + O(h^2)), Var[u] = h^2/3
        NormalInterval interval = new NormalInterval();
        for (double m : new double[] {-40, -0.7, 0, 3}) {
            interval.setCentered(m, 1e-25);
            assertEquals(Math.log(2e-25) + Normal.logPdf(m), interval.logMass(), 1e-14 * Math.abs(interval.logMass()));
            assertEquals(-m, interval.dLog(), 1e-15);
            assertEquals(-1.0, interval.d2Log(), 1e-15);
        }
    }

    @Test
    void logCdfDifferenceIsContinuousAcrossItsRegimes() {
        // the narrow-interval series and the tail formulas must agree where they hand over (h max(1,|m|) = 0.1)
        for (double m : new double[] {-30, -3, -0.7, 0, 0.4, 2, 9, 50}) {
            double h = 0.1 / Math.max(1, Math.abs(m));
            for (double f : new double[] {0.999999, 1.000001}) {
                double hh = h * f;
                double lo = Normal.logCdfDifference(m + hh, m - hh);
                // d/dh log D = (phi(m + h) + phi(m - h))/D: compare the two sides to first order
                double hi = Normal.logCdfDifference(m + h, m - h);
                double slope = (Math.exp(Normal.logPdf(m + h) - hi) + Math.exp(Normal.logPdf(m - h) - hi));
                assertEquals(hi + slope * (hh - h), lo, 1e-11 * Math.max(1, Math.abs(hi)), "m=" + m + " f=" + f);
            }
        }
    }

    @Test
    void besselFunctionsMatchMpmath() {
        check("i0e", SpecialReference.I0E, Bessel::i0e, 2e-15);
        check("i1e", SpecialReference.I1E, Bessel::i1e, 2e-15);
        check("log I0", SpecialReference.LOG_I0, Bessel::logI0, 2e-15);
        check("I1/I0", SpecialReference.BESSEL_RATIO, Bessel::i1OverI0, 2e-15);
        // R' = 1 - R/x - R^2 cancels for large x: absolute accuracy of a few ulps of 1 is what the circle's Hessian needs
        for (double[] row : SpecialReference.BESSEL_RATIO_DERIVATIVE) {
            assertEquals(row[1], Bessel.i1OverI0Derivative(row[0]), 2e-15 * Math.abs(row[1]) + 4e-15, "R'(" + row[0] + ")");
        }
        assertEquals(0.5, Bessel.i1OverI0OverX(0.0), 0.0);
        assertEquals(-Bessel.i1e(2.5), Bessel.i1e(-2.5), 0.0);
    }

    @Test
    void langevinFunctionsMatchMpmath() {
        check("L", SpecialReference.LANGEVIN, Langevin::of, 3e-15);
        check("L'", SpecialReference.LANGEVIN_DERIVATIVE, Langevin::derivative, 3e-15);
        check("log sinhc", SpecialReference.LOG_SINHC, Langevin::logSinhc, 3e-15);
        assertEquals(1.0 / 3.0, Langevin.overX(0.0), 1e-16);
    }

    @Test
    void identitiesHoldAtRandomPoints() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            double x = 12 * rng.nextDouble() - 6;
            // erf + erfc = 1, erfc(-x) = 2 - erfc(x)
            assertEquals(1.0, ErrorFunction.erf(x) + ErrorFunction.erfc(x), 3e-16 * 4);
            assertEquals(2.0 - ErrorFunction.erfc(x), ErrorFunction.erfc(-x), 1e-15 * 2);
            // Phi(a) - Phi(b) against the plain difference where that is accurate
            double a = x + rng.nextDouble() * 3;
            double want = Normal.cdf(a) - Normal.cdf(x);
            if (want > 1e-3) {
                assertEquals(Math.log(want), Normal.logCdfDifference(a, x), 1e-12);
            }
            // i1e by the Wronskian-free recurrence check: I0' = I1, so d/dx log I0 = I1/I0
            double k = Math.abs(x) * 10 + 0.1;
            double fd = (Bessel.logI0(k * (1 + 1e-6)) - Bessel.logI0(k * (1 - 1e-6))) / (2e-6 * k);
            assertEquals(fd, Bessel.i1OverI0(k), 1e-8);
            double fl = (Langevin.logSinhc(k * (1 + 1e-6)) - Langevin.logSinhc(k * (1 - 1e-6))) / (2e-6 * k);
            assertEquals(fl, Langevin.of(k), 1e-8, "d/dx log(sinh x / x) = L(x)");
        }
    }
}
