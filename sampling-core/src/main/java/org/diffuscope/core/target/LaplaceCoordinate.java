package org.diffuscope.core.target;

import org.diffuscope.core.special.ErrorFunction;

/**
 * One noised Laplace coordinate {@code Laplace(0, c) * N(0, sigma^2)} at a point x, in log space. With
 * {@code q = sigma^2/c} and {@code u1,2 = (q -+ x)/(sqrt 2 sigma)} the density is {@code (e^T1 + e^T2)/(4c)}:
 * {@code T = -x^2/(2 sigma^2) + log erfcx(u)} when {@code u >= 0}, else the same as
 * {@code q/(2c) -+ x/c + log erfc(u)} (no overflow). With {@code Delta = T2 - T1}: score {@code tanh(Delta/2)/c};
 * {@code dDelta/dx = -(sqrt 2/sigma)(K(u1) + K(u2))}, {@code K(u) = 1/(sqrt(pi) erfcx(u)) - u}, so the curvature
 * {@code 2 w1 w2 Delta'/c} (w the softmax of T1, T2) has no cancellation even when c is tiny (t large). Mutable.
 */
final class LaplaceCoordinate {

    private static final double SQRT2 = Math.sqrt(2.0);

    private final double c;
    private final double sigma;
    private final double q;
    private final double logFourC;
    private double x;
    private double u1;
    private double u2;
    private double t1;
    private double t2;
    private double delta;

    LaplaceCoordinate(double c, double sigma) {
        this.c = c;
        this.sigma = sigma;
        this.q = sigma * sigma / c;
        this.logFourC = Math.log(4 * c);
    }

    /** Evaluates at x (centred at alpha times the location). Returns this. */
    LaplaceCoordinate set(double x) {
        this.x = x;
        if (sigma == 0) {
            return this;
        }
        double scale = SQRT2 * sigma;
        u1 = (q - x) / scale;
        u2 = (q + x) / scale;
        double gauss = -x * x / (2 * sigma * sigma);
        t1 = u1 >= 0 ? gauss + ErrorFunction.logErfcx(u1) : q / (2 * c) - x / c + Math.log(ErrorFunction.erfc(u1));
        t2 = u2 >= 0 ? gauss + ErrorFunction.logErfcx(u2) : q / (2 * c) + x / c + Math.log(ErrorFunction.erfc(u2));
        // both u >= 0: log erfcx(u2) - log erfcx(u1) with u2 - u1 = 2x/(sqrt 2 sigma) taken exactly, accurate when
        // u1 ~ u2 are huge (c << sigma)
        delta = u1 >= 0 && u2 >= 0 ? ErrorFunction.logErfcxIncrement(u1, 2 * x / scale) : t2 - t1;
        return this;
    }

    double logDensity() {
        if (sigma == 0) {
            return -Math.abs(x) / c - Math.log(2 * c);
        }
        return Math.max(t1, t2) + Math.log1p(Math.exp(-Math.abs(t1 - t2))) - logFourC;
    }

    double score() {
        if (sigma == 0) {
            return -Math.signum(x) / c;
        }
        return Math.tanh(0.5 * delta) / c;
    }

    double curvature() {
        if (sigma == 0) {
            return 0.0;
        }
        // w1 w2 = e^-|Delta| / (1 + e^-|Delta|)^2
        double e = Math.exp(-Math.abs(delta));
        double w12 = e / ((1 + e) * (1 + e));
        double slope = -(SQRT2 / sigma)
                * (ErrorFunction.reciprocalErfcxExcess(u1) + ErrorFunction.reciprocalErfcxExcess(u2));
        return 2 * w12 * slope / c;
    }
}
