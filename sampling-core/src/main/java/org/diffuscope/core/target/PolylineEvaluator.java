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
 */
final class PolylineEvaluator implements Evaluator {

    /** Segments whose logit bound is this far below the nearest segment's logit are skipped (e^-50 ~ 2e-22). */
    static final double SKIP = 50.0;

    private final Polyline line;
    private final int d;
    private final int k;
    private final double alpha;
    private final double sigma;
    private final double s2;
    private final double logConstant;
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
        double[] p = line.starts;
        double[] u = line.directions;
        int nearest = 0;
        for (int s = 0; s < k; s++) {
            int o = s * d;
            double b = 0;
            for (int j = 0; j < d; j++) {
                b += (x[off + j] - alpha * p[o + j]) * u[o + j];
            }
            double r2 = 0;
            for (int j = 0; j < d; j++) {
                double r = x[off + j] - alpha * p[o + j] - b * u[o + j];
                r2 += r * r;
            }
            double along = Math.max(0.0, Math.max(-b, b - alpha * line.lengths[s]));
            alongB[s] = b;
            residual2[s] = r2;
            bound[s] = -(r2 + along * along) / (2 * s2);
            if (bound[s] > bound[nearest]) {
                nearest = s;
            }
        }
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

    /** The exact logit of segment s from its b and |r|^2 (stored by {@link #evaluate}); fills beta, variance. */
    private double exact(int s, boolean derivatives) {
        double b = alongB[s];
        // [B, A] = [(b - alpha l)/sigma, b/sigma], centred, so that alpha l/sigma survives at large t
        double halfWidth = 0.5 * alpha * line.lengths[s] / sigma;
        interval.setCentered(b / sigma - halfWidth, halfWidth);
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
        return evaluate(x, off, false);
    }

    /** After {@link #evaluate}: meanStart = sum_k r_k p_k, pull = sum_k r_k beta_k u_k, score. */
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
