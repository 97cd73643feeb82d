package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finite-difference oracles: the score against central differences of log p, the Hessian against central differences
 * of the score. The step is {@code h = 1e-4 min(1, sigma) max(1, |x|_inf)}; the tolerance is a 1e-6 relative floor
 * plus the observed change of the difference quotient between h and h/2 (its truncation error) plus its rounding:
 * log p is a sum of terms of size |log p|, a score of terms of size {@code |x|/sigma^2} (pulls that cancel along
 * a curve), each exact to a few ulps.
 */
public final class ScoreChecks {

    private static final double EPS = Math.ulp(1.0);

    private ScoreChecks() {
    }

    static double step(double[] x, double sigma) {
        double norm = 0;
        for (double v : x) {
            norm = Math.max(norm, Math.abs(v));
        }
        return 1e-4 * Math.min(1.0, sigma) * Math.max(1.0, norm);
    }

    private static double logp(Evaluator ev, double[] x, int j, double delta) {
        double[] y = x.clone();
        y[j] += delta;
        return ev.logDensity(y, 0);
    }

    /** Asserts finiteness of log p and score at x and the score against finite differences. Returns log p. */
    public static double checkScore(Evaluator ev, double[] x, double sigma, String where) {
        int d = x.length;
        double[] s = new double[d];
        double logp = ev.score(x, 0, s, 0);
        assertTrue(Double.isFinite(logp), "log p not finite " + where);
        assertEquals(logp, ev.logDensity(x, 0), 1e-12 * Math.max(1, Math.abs(logp)), "score() and logDensity() differ " + where);
        double sMax = 0;
        for (double v : s) {
            assertTrue(Double.isFinite(v), "score not finite " + where);
            sMax = Math.max(sMax, Math.abs(v));
        }
        double h = step(x, sigma);
        for (int j = 0; j < d; j++) {
            double fd = (logp(ev, x, j, h) - logp(ev, x, j, -h)) / (2 * h);
            double fd2 = (logp(ev, x, j, h / 2) - logp(ev, x, j, -h / 2)) / h;
            double rounding = 8 * EPS * Math.max(1, Math.abs(logp)) / h;
            double tol = 1e-6 * Math.max(1, sMax) + Math.abs(fd - fd2) + rounding;
            assertEquals(fd2, s[j], tol, "score[" + j + "] " + where);
        }
        return logp;
    }

    /** Asserts a finite, symmetric Hessian equal to finite differences of the score. */
    public static void checkHessian(Evaluator ev, double[] x, double sigma, String where) {
        int d = x.length;
        double[] hess = new double[d * d];
        ev.hessian(x, 0, hess);
        double hMax = 0;
        for (double v : hess) {
            assertTrue(Double.isFinite(v), "Hessian not finite " + where);
            hMax = Math.max(hMax, Math.abs(v));
        }
        double[] s0 = new double[d];
        ev.score(x, 0, s0, 0);
        double sMax = 0;
        for (double v : s0) {
            sMax = Math.max(sMax, Math.abs(v));
        }
        double h = step(x, sigma);
        double xMax = 1;
        for (double v : x) {
            xMax = Math.max(xMax, Math.abs(v));
        }
        double scoreUlps = EPS * (1 + sMax + xMax / (sigma * sigma));
        double[] sp = new double[d];
        double[] sm = new double[d];
        double[] sp2 = new double[d];
        double[] sm2 = new double[d];
        for (int j = 0; j < d; j++) {
            double[] y = x.clone();
            y[j] = x[j] + h;
            ev.score(y, 0, sp, 0);
            y[j] = x[j] - h;
            ev.score(y, 0, sm, 0);
            y[j] = x[j] + h / 2;
            ev.score(y, 0, sp2, 0);
            y[j] = x[j] - h / 2;
            ev.score(y, 0, sm2, 0);
            for (int i = 0; i < d; i++) {
                double fd = (sp[i] - sm[i]) / (2 * h);
                double fd2 = (sp2[i] - sm2[i]) / h;
                double rounding = 8 * scoreUlps / h;
                double tol = 1e-6 * Math.max(1, hMax) + Math.abs(fd - fd2) + rounding;
                assertEquals(fd2, hess[i * d + j], tol, "hessian[" + i + "][" + j + "] " + where);
                assertEquals(hess[i * d + j], hess[j * d + i], 1e-9 * Math.max(1, hMax), "Hessian not symmetric " + where);
            }
        }
    }
}
