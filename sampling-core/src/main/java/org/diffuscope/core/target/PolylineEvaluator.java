package org.diffuscope.core.target;

import java.util.Arrays;

import org.diffuscope.core.special.NormalInterval;

/**
 * Per-thread evaluation of a noised {@link Polyline}. Segment k (start p, direction u, length l), with
 * {@code y = x - alpha p}, {@code b = y.u}, residual {@code r = y - b u}, {@code A = b/sigma},
 * {@code B = (b - alpha l)/sigma}: logit {@code -|r|^2/(2 sigma^2) + log(Phi(A) - Phi(B))} (the weight l/L and
 * 1/(alpha l) leave {@code -log(alpha L)} for all), score {@code s_k = -y/sigma^2 + beta_k u},
 * {@code beta_k = b/sigma^2 + D1/sigma}, Hessian {@code -I/sigma^2 + Var_k/sigma^2 u u'} with D1 and
 * {@code Var_k - 1 = D2} the shift derivatives of {@link NormalInterval}; mixed with responsibilities r_k:
 * {@code H = sum_k r_k (H_k + (s_k - s)(s_k - s)')}.
 *
 * <p>Densities and scores weigh the segments without logarithms: with the Gaussian bound
 * {@code g_k = -(|r|^2 + dist_along^2)/(2 sigma^2)} (dist_along the distance from b to [0, alpha l]), the segment's
 * weight is {@code e^(g_k - G) scaledMass_k} ({@link NormalInterval#weigh}), G the largest bound: two exponentials
 * and two Mills ratios a segment instead of two log-erfcx, four exponentials and a logarithm. The Hessian, rare
 * (L(t)), keeps the logarithmic path, whose variances are exact far in the tails.
 */
final class PolylineEvaluator implements Evaluator {

    /** Segments whose logit bound is this far below the nearest segment's logit are skipped (e^-50 ~ 2e-22). */
    static final double SKIP = 50.0;
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final Polyline line;
    private final int d;
    private final int k;
    private final double alpha;
    private final double sigma;
    private final double s2;
    private final double logConstant;
    /** Per segment: the half-width {@code alpha l/(2 sigma)} of its interval in units of sigma. */
    private final double[] halfWidth;
    /** alpha p_k (K x d) and alpha l_k: the noised segments' starts and lengths. */
    private final double[] scaledStarts;
    private final double[] scaledLengths;
    private final double inverseSigma;
    private final double inverseS2;
    private final NormalInterval interval = new NormalInterval();
    private final double[] logits;
    /** Per segment: b = (x - alpha p).u, |r|^2 and the upper bound of the logit. */
    private final double[] alongB;
    private final double[] residual2;
    private final double[] bound;
    private final double[] beta;
    private final double[] variance;
    private final double[] meanStart;
    private final double[] pull;
    private final double[] score;
    private final double[] diff;

    PolylineEvaluator(Polyline line, double alpha, double sigma) {
        this.line = line;
        this.d = line.d;
        this.k = line.k;
        this.alpha = alpha;
        this.sigma = sigma;
        this.s2 = sigma * sigma;
        // -(d - 1)/2 log(2 pi sigma^2) - log(alpha L)
        this.logConstant = -0.5 * (d - 1) * Math.log(2 * Math.PI * s2) - Math.log(alpha * line.totalLength);
        this.halfWidth = new double[k];
        this.scaledLengths = new double[k];
        for (int s = 0; s < k; s++) {
            halfWidth[s] = 0.5 * alpha * line.lengths[s] / sigma;
            scaledLengths[s] = alpha * line.lengths[s];
        }
        this.scaledStarts = new double[k * d];
        for (int i = 0; i < k * d; i++) {
            scaledStarts[i] = alpha * line.starts[i];
        }
        this.inverseSigma = 1.0 / sigma;
        this.inverseS2 = 1.0 / s2;
        this.logits = new double[k];
        this.alongB = new double[k];
        this.residual2 = new double[k];
        this.bound = new double[k];
        this.beta = new double[k];
        this.variance = new double[k];
        this.meanStart = new double[d];
        this.pull = new double[d];
        this.score = new double[d];
        this.diff = new double[d];
    }

    @Override
    public int dim() {
        return d;
    }

    /**
     * Fills logits, beta, variance and turns the logits into responsibilities; returns log p. A segment at distance
     * dist from x has logit {@code <= -dist^2/(2 sigma^2)} (the Gaussian tail bound {@code Q(z) <= e^(-z^2/2)/2}),
     * so segments whose bound is {@link #SKIP} below the nearest segment's exact logit get responsibility 0: an
     * error below e^-50 relative, and most of the work saved near the curve at small t.
     */
    private double evaluate(double[] x, int off, boolean derivatives) {
        int nearest = distances(x, off);
        double max = exact(nearest, derivatives);
        double cut = max - SKIP;
        for (int s = 0; s < k; s++) {
            if (s != nearest) {
                logits[s] = bound[s] < cut ? Double.NEGATIVE_INFINITY : exact(s, derivatives);
                max = Math.max(max, logits[s]);
            }
        }
        double sum = 0;
        for (int s = 0; s < k; s++) {
            double e = Math.exp(logits[s] - max);
            logits[s] = e;
            sum += e;
        }
        for (int s = 0; s < k; s++) {
            logits[s] /= sum;
        }
        return max + Math.log(sum) + logConstant;
    }

    /** Fills b, |r|^2 and the logit bound of every segment; returns the segment of the largest bound. */
    private int distances(double[] x, int off) {
        double[] p = scaledStarts;
        double[] u = line.directions;
        double negativeHalfOverS2 = -0.5 * inverseS2;
        int nearest = 0;
        for (int s = 0; s < k; s++) {
            int o = s * d;
            double b = 0;
            for (int j = 0; j < d; j++) {
                b += (x[off + j] - p[o + j]) * u[o + j];
            }
            double r2 = 0;
            for (int j = 0; j < d; j++) {
                double r = x[off + j] - p[o + j] - b * u[o + j];
                r2 += r * r;
            }
            double along = Math.max(0.0, Math.max(-b, b - scaledLengths[s]));
            alongB[s] = b;
            residual2[s] = r2;
            bound[s] = (r2 + along * along) * negativeHalfOverS2;
            if (bound[s] > bound[nearest]) {
                nearest = s;
            }
        }
        return nearest;
    }

    /**
     * The weights path of {@link #logDensity} and {@link #score}: fills the responsibilities (and beta with
     * {@code slopes}) and returns log p; NaN when the weights underflow (absurd scales), for the logarithmic path.
     * Segments whose bound lies {@link #SKIP} below the nearest segment's weight get responsibility 0, as there.
     */
    private double weigh(double[] x, int off, boolean slopes) {
        int nearest = distances(x, off);
        double top = bound[nearest];
        double first = weight(nearest, top, slopes);
        double cut = top + Math.log(first) - SKIP;
        double sum = first;
        for (int s = 0; s < k; s++) {
            if (s != nearest) {
                double w = bound[s] < cut ? 0.0 : weight(s, top, slopes);
                logits[s] = w;
                sum += w;
            }
        }
        if (!(sum > 0 && sum < Double.POSITIVE_INFINITY)) {
            return Double.NaN;
        }
        double inverse = 1.0 / sum;
        for (int s = 0; s < k; s++) {
            logits[s] *= inverse;
        }
        return top + Math.log(sum) + logConstant - LOG_SQRT_2PI;
    }

    /** Segment s's weight {@code e^(g_s - top) scaledMass_s} into logits[s]; beta[s] with slopes. */
    private double weight(int s, double top, boolean slopes) {
        double b = alongB[s];
        double h = halfWidth[s];
        interval.weigh(b * inverseSigma - h, h);
        double w = Math.exp(bound[s] - top) * interval.scaledMass();
        logits[s] = w;
        if (slopes) {
            beta[s] = b * inverseS2 + interval.scaledSlope() / (interval.scaledMass() * sigma);
        }
        return w;
    }

    /** The exact logit of segment s from its b and |r|^2 (stored by {@link #evaluate}); fills beta, variance. */
    private double exact(int s, boolean derivatives) {
        double b = alongB[s];
        // [B, A] = [(b - alpha l)/sigma, b/sigma], centred, so that alpha l/sigma survives at large t
        double h = halfWidth[s];
        interval.setCentered(b / sigma - h, h);
        double l = interval.logMass() - residual2[s] / (2 * s2);
        logits[s] = l;
        if (derivatives) {
            beta[s] = b / s2 + interval.dLog() / sigma;
            variance[s] = 1.0 + interval.d2Log();
        }
        return l;
    }

    @Override
    public double logDensity(double[] x, int off) {
        double logp = weigh(x, off, false);
        return Double.isNaN(logp) ? logarithmicLogDensity(x, off) : logp;
    }

    /** The logarithmic path of {@link #logDensity}: the fallback where weights underflow, and the tests' oracle. */
    double logarithmicLogDensity(double[] x, int off) {
        return evaluate(x, off, false);
    }

    /** After {@link #evaluate} or {@link #weigh}: meanStart = sum_k r_k p_k, pull = sum_k r_k beta_k u_k, score. */
    private void mixScore(double[] x, int off) {
        Arrays.fill(meanStart, 0.0);
        Arrays.fill(pull, 0.0);
        for (int s = 0; s < k; s++) {
            double r = logits[s];
            if (r == 0) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                meanStart[j] += r * line.starts[s * d + j];
                pull[j] += r * beta[s] * line.directions[s * d + j];
            }
        }
        // s = -(x - alpha sum_k r_k p_k)/sigma^2 + sum_k r_k beta_k u_k
        for (int j = 0; j < d; j++) {
            score[j] = -(x[off + j] - alpha * meanStart[j]) / s2 + pull[j];
        }
    }

    @Override
    public double score(double[] x, int off, double[] s, int sOff) {
        double logp = weigh(x, off, true);
        if (Double.isNaN(logp)) {
            return logarithmicScore(x, off, s, sOff);
        }
        mixScore(x, off);
        System.arraycopy(score, 0, s, sOff, d);
        return logp;
    }

    /** The logarithmic path of {@link #score}: the fallback where weights underflow, and the tests' oracle. */
    double logarithmicScore(double[] x, int off, double[] s, int sOff) {
        double logp = evaluate(x, off, true);
        mixScore(x, off);
        System.arraycopy(score, 0, s, sOff, d);
        return logp;
    }

    @Override
    public void hessian(double[] x, int off, double[] h) {
        evaluate(x, off, true);
        mixScore(x, off);
        Arrays.fill(h, 0, d * d, 0.0);
        for (int j = 0; j < d; j++) {
            h[j * d + j] = -1.0 / s2;
        }
        for (int s = 0; s < k; s++) {
            double r = logits[s];
            if (r == 0) {
                continue;
            }
            int o = s * d;
            // s_k - s = alpha (p_k - sum r p)/sigma^2 + beta_k u_k - pull
            for (int j = 0; j < d; j++) {
                diff[j] = alpha * (line.starts[o + j] - meanStart[j]) / s2 + beta[s] * line.directions[o + j] - pull[j];
            }
            double v = r * variance[s] / s2;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    h[i * d + j] += v * line.directions[o + i] * line.directions[o + j] + r * diff[i] * diff[j];
                }
            }
        }
    }
}
