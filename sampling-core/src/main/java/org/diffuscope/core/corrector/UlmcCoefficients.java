package org.diffuscope.core.corrector;

/**
 * One step h of underdamped Langevin with friction gamma and the score s frozen, solved exactly (science.md §5);
 * with {@code eta = e^(-gamma h)}: {@code x' = x + c1 v + c2 s + zx}, {@code v' = eta v + c1 s + zv},
 * {@code c1 = (1 - eta)/gamma}, {@code c2 = (h - c1)/gamma}, and per coordinate (zx, zv) jointly Gaussian with
 * {@code Var zx = (2/gamma)(h - 2(1 - eta)/gamma + (1 - eta^2)/(2 gamma))}, {@code Cov = (1 - eta)^2/gamma},
 * {@code Var zv = 1 - eta^2}, drawn as {@code zx = l11 n1}, {@code zv = l21 n1 + l22 n2} (the 2 x 2 Cholesky
 * factor). c2 and Var zx cancel badly for small {@code u = gamma h}: below {@value #SERIES_BELOW} they use their
 * Taylor series.
 */
public record UlmcCoefficients(double eta, double c1, double c2, double varX, double cov, double varV,
        double l11, double l21, double l22) {

    /** Below this gamma h the series replace the closed forms. */
    public static final double SERIES_BELOW = 1e-3;
    private static final int TERMS = 12;

    public static UlmcCoefficients of(double gamma, double h) {
        if (!(gamma > 0) || !(h > 0) || !Double.isFinite(gamma * h)) {
            throw new IllegalArgumentException("need gamma > 0 and h > 0, got gamma = " + gamma + ", h = " + h);
        }
        double u = gamma * h;
        double em1 = Math.expm1(-u);
        double eta = Math.exp(-u);
        double c1 = -em1 / gamma;
        boolean series = u < SERIES_BELOW;
        // c2 = (u + expm1(-u)) / gamma^2
        double c2 = (series ? c2Series(u) : u + em1) / (gamma * gamma);
        // Var zx = (2/gamma^2) B(u), B(u) = u + 2 expm1(-u) - 1/2 expm1(-2u)
        double varX = 2 * (series ? bSeries(u) : bClosed(u)) / (gamma * gamma);
        double cov = em1 * em1 / gamma;
        double varV = -Math.expm1(-2 * u);
        double l11 = Math.sqrt(varX);
        double l21 = cov / l11;
        double l22 = Math.sqrt(Math.max(0, varV - l21 * l21));
        return new UlmcCoefficients(eta, c1, c2, varX, cov, varV, l11, l21, l22);
    }

    /** {@code B(u) = u + 2 expm1(-u) - 1/2 expm1(-2u)} by its closed form. */
    public static double bClosed(double u) {
        return u + 2 * Math.expm1(-u) - 0.5 * Math.expm1(-2 * u);
    }

    /** {@code B(u) = sum_{n >= 3} (-1)^n (2 - 2^(n-1)) u^n / n! = u^3/3 - u^4/4 + 7 u^5/60 - ...}. */
    public static double bSeries(double u) {
        double sum = 0;
        double term = u * u / 2; // u^n/n! at n = 2
        for (int n = 3; n < 3 + TERMS; n++) {
            term *= u / n;
            double sign = (n % 2 == 0) ? 1 : -1;
            sum += sign * (2 - Math.pow(2, n - 1)) * term;
        }
        return sum;
    }

    /** {@code u + expm1(-u) = sum_{n >= 2} (-1)^n u^n / n! = u^2/2 - u^3/6 + ...}. */
    public static double c2Series(double u) {
        double sum = 0;
        double term = u; // u^n/n! at n = 1
        for (int n = 2; n < 2 + TERMS; n++) {
            term *= u / n;
            sum += ((n % 2 == 0) ? 1 : -1) * term;
        }
        return sum;
    }
}
