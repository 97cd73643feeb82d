package org.diffuscope.core.target;

import java.util.Arrays;

/**
 * Per-thread evaluation of a noised {@link Mixture}: logits {@code l_k = log w_k + log p_k}, responsibilities
 * {@code r = softmax(l)}, score {@code s = sum_k r_k s_k}, Hessian {@code sum_k r_k (H_k + (s_k - s)(s_k - s)')}
 * (the centred form of {@code sum_k r_k (H_k + s_k s_k') - s s'}, which keeps the far tails accurate).
 */
final class MixtureEvaluator implements Evaluator {

    private final int d;
    private final int k;
    private final double[] logWeights;
    private final Evaluator[] parts;
    private final double[] logits;
    private final double[] scores;
    private final double[] partHessian;
    private final double[] score;

    MixtureEvaluator(int d, double[] weights, Marginal[] marginals) {
        this.d = d;
        this.k = weights.length;
        this.logWeights = new double[k];
        this.parts = new Evaluator[k];
        for (int c = 0; c < k; c++) {
            logWeights[c] = Math.log(weights[c]);
            parts[c] = marginals[c].evaluator();
        }
        this.logits = new double[k];
        this.scores = new double[k * d];
        this.partHessian = new double[d * d];
        this.score = new double[d];
    }

    @Override
    public int dim() {
        return d;
    }

    /** Turns the logits into responsibilities in place; returns their log-sum-exp (-infinity if all are). */
    private double softmax() {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, logits[c]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            Arrays.fill(logits, 0.0);
            return max;
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            double e = Math.exp(logits[c] - max);
            logits[c] = e;
            sum += e;
        }
        for (int c = 0; c < k; c++) {
            logits[c] /= sum;
        }
        return max + Math.log(sum);
    }

    @Override
    public double logDensity(double[] x, int off) {
        for (int c = 0; c < k; c++) {
            logits[c] = logWeights[c] + parts[c].logDensity(x, off);
        }
        return softmax();
    }

    /** Fills scores, the responsibilities and score; returns log p. */
    private double evaluate(double[] x, int off) {
        for (int c = 0; c < k; c++) {
            logits[c] = logWeights[c] + parts[c].score(x, off, scores, c * d);
        }
        double logp = softmax();
        Arrays.fill(score, 0.0);
        for (int c = 0; c < k; c++) {
            double r = logits[c];
            if (r == 0) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                score[j] += r * scores[c * d + j];
            }
        }
        return logp;
    }

    @Override
    public double score(double[] x, int off, double[] s, int sOff) {
        double logp = evaluate(x, off);
        System.arraycopy(score, 0, s, sOff, d);
        return logp;
    }

    @Override
    public void hessian(double[] x, int off, double[] h) {
        evaluate(x, off);
        Arrays.fill(h, 0, d * d, 0.0);
        for (int c = 0; c < k; c++) {
            double r = logits[c];
            if (r == 0) {
                continue;
            }
            parts[c].hessian(x, off, partHessian);
            int o = c * d;
            for (int i = 0; i < d; i++) {
                double di = scores[o + i] - score[i];
                for (int j = 0; j < d; j++) {
                    h[i * d + j] += r * (partHessian[i * d + j] + di * (scores[o + j] - score[j]));
                }
            }
        }
    }

    @Override
    public void responsibilities(double[] x, int off, double[] r) {
        for (int c = 0; c < k; c++) {
            logits[c] = logWeights[c] + parts[c].logDensity(x, off);
        }
        softmax();
        System.arraycopy(logits, 0, r, 0, k);
    }
}
