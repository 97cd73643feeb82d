package org.diffuscope.core.metric;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.diffuscope.core.linalg.SymmetricEigen;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.random.RandomStreams;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Marginal;

/**
 * Maximum mean discrepancy with the Gaussian kernel {@code k(x, y) = exp(-|x - y|^2 / (2 h^2))}:
 * {@code MMD^2 = E_qq k - 2 E_qp k + E_pp k}. The particle-target term is closed form for every target, since
 * {@code E_{y~p_t} k(x, y) = (2 pi h^2)^(d/2) p_t^h(x)} with p_t^h the marginal at
 * {@code (alpha, sqrt(sigma^2 + h^2))};
 * the target-target term is closed form for Gaussian mixtures,
 * {@code sum_kl w_k w_l (2 pi h^2)^(d/2) N(alpha(mu_k - mu_l); 0, alpha^2(S_k + S_l) + (2 sigma^2 + h^2) I)}, and the
 * mean of {@code (2 pi h^2)^(d/2) p_t^h} over exact samples otherwise. The estimate is the unbiased U-statistic on
 * a fixed-stride subsample of n particles (every particle when there are at most {@code mmdSubsample}, and at most
 * {@code sqrt(4e9/d)} so that the O(n^2 d) pair sum stays bounded):
 * under q = p_t it is degenerate, with standard deviation {@code sqrt(2 E[kt^2] / (n (n - 1)))},
 * {@code kt(x, y) = k(x, y) - g(x) - g(y) + E_pp k}, which (plus the variance of a sample-based E_pp k) is reported
 * as the floor. Bandwidth: the option, or the
 * median distance between pairs of exact samples of p_t (median heuristic on the target, so that it does not
 * depend on the cloud being judged).
 */
final class Mmd {

    /** Above this many flops ({@code K^2 d^3}) the target-target term is estimated from exact samples. */
    private static final double CLOSED_FORM_BUDGET = 1e8;

    /**
     * The target side at one time.
     *
     * @param bandwidth  kernel bandwidth h
     * @param logScale   {@code d/2 log(2 pi h^2)}
     * @param smoothed   the marginal at {@code (alpha, sqrt(sigma^2 + h^2))}: {@code g(x) = exp(logScale + log p^h(x))}
     * @param pp         {@code E_pp k}
     * @param ppVariance the variance of pp when it is estimated from exact samples, else 0
     * @param closedForm whether pp is closed form
     * @param nullSecond {@code E[kt(x, y)^2]} over pairs of exact samples
     */
    record Reference(double bandwidth, double logScale, Marginal smoothed, double pp, double ppVariance,
                     boolean closedForm, double nullSecond) {
    }

    /** The estimate and its terms (all on the subsample). */
    record Result(double mmd2, double qq, double qp, double pp, int subsample, double mmd2Floor) {

        /** {@code sqrt(max(MMD^2, 0))}. */
        double mmd() {
            return Math.sqrt(Math.max(mmd2, 0.0));
        }

        /** The typical MMD of exact samples: {@code sqrt(mmd2Floor)}. */
        double floor() {
            return Math.sqrt(mmd2Floor);
        }
    }

    private Mmd() {
    }

    static Reference reference(ExactReference ref) {
        int d = ref.dim();
        double[] kept = ref.samples().kept();
        int pairs = kept.length / d / 2;
        double h = ref.options().mmdBandwidth();
        if (Double.isNaN(h)) {
            double[] dist = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                dist[i] = Math.sqrt(squaredDistance(kept, 2 * i * d, kept, (2 * i + 1) * d, d));
            }
            Arrays.sort(dist);
            h = pairs % 2 == 1 ? dist[pairs / 2] : 0.5 * (dist[pairs / 2 - 1] + dist[pairs / 2]);
            if (!(h > 0)) {
                h = Math.sqrt(ref.traceC() / d);
            }
        }
        double logScale = 0.5 * d * Math.log(2.0 * Math.PI * h * h);
        Marginal smoothed = ref.target().target().marginal(ref.alpha(), Math.sqrt(ref.sigma() * ref.sigma() + h * h));
        Evaluator g = smoothed.evaluator();
        GaussianComponents c = ref.components();
        double pp;
        boolean closed = c != null && (double) c.size() * c.size() * d * d * d <= CLOSED_FORM_BUDGET;
        int rows = kept.length / d;
        double[] gKept = new double[rows];
        for (int i = 0; i < rows; i++) {
            gKept[i] = Math.exp(logScale + g.logDensity(kept, i * d));
        }
        double ppVariance = 0;
        if (closed) {
            pp = closedFormPp(c, ref.alpha(), ref.sigma(), h, logScale);
        } else {
            double[] mean = smoothedMean(ref, smoothed, logScale);
            pp = mean[0];
            ppVariance = mean[1];
        }
        double second = 0;
        for (int i = 0; i < pairs; i++) {
            double k = Math.exp(-0.5 * squaredDistance(kept, 2 * i * d, kept, (2 * i + 1) * d, d) / (h * h));
            double kt = k - gKept[2 * i] - gKept[2 * i + 1] + pp;
            second += kt * kt;
        }
        return new Reference(h, logScale, smoothed, pp, ppVariance, closed, second / pairs);
    }

    /** Stream purpose of the exact samples behind a sample-based {@code E_pp k}. */
    static final long PP_SAMPLES = 5;

    /**
     * {@code E_pp k = E_{x~p_t} (2 pi h^2)^(d/2) p_t^h(x)} averaged over the exact reference sample count, and the
     * variance of that mean.
     */
    private static double[] smoothedMean(ExactReference ref, Marginal smoothed, double logScale) {
        int m = ref.referenceCount();
        int d = ref.dim();
        int blocks = Blocks.count(m);
        double[] sum = new double[blocks];
        double[] sum2 = new double[blocks];
        DiffusedTarget.Draws draws = ref.target().draws(ref.t());
        Blocks.run(blocks, ref.options().parallel(), b -> {
            SplittableRandom rng = RandomStreams.stream(ref.options().seed(), RandomStreams.METRICS, PP_SAMPLES, b);
            Evaluator ev = smoothed.evaluator();
            double[] y = new double[d];
            for (int i = Blocks.start(b); i < Blocks.end(b, m); i++) {
                draws.sample(rng, y, 0);
                double g = Math.exp(logScale + ev.logDensity(y, 0));
                sum[b] += g;
                sum2[b] += g * g;
            }
        });
        double s1 = 0;
        double s2 = 0;
        for (int b = 0; b < blocks; b++) {
            s1 += sum[b];
            s2 += sum2[b];
        }
        double mean = s1 / m;
        double var = Math.max(s2 / m - mean * mean, 0.0);
        return new double[] {mean, var / m};
    }

    /** {@code E_pp k} for a Gaussian mixture, pair by pair of components. */
    static double closedFormPp(GaussianComponents c, double alpha, double sigma, double h, double logScale) {
        int d = c.dim();
        int k = c.size();
        double acc = 0;
        double extra = 2 * sigma * sigma + h * h;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double[] cov = new double[d * d];
                double[] delta = new double[d];
                for (int i = 0; i < d * d; i++) {
                    cov[i] = alpha * alpha * (c.covariances()[a][i] + c.covariances()[b][i]);
                }
                for (int j = 0; j < d; j++) {
                    cov[j * d + j] += extra;
                    delta[j] = alpha * (c.means()[a][j] - c.means()[b][j]);
                }
                acc += c.weights()[a] * c.weights()[b] * Math.exp(logScale + logNormalAtZero(delta, cov, d));
            }
        }
        return acc;
    }

    /** {@code log N(delta; 0, A)} for a symmetric positive definite A (eigen-decomposition). */
    private static double logNormalAtZero(double[] delta, double[] a, int d) {
        SymmetricEigen e = SymmetricEigen.of(a, d);
        double quad = 0;
        double logDet = 0;
        for (int l = 0; l < d; l++) {
            double proj = 0;
            for (int i = 0; i < d; i++) {
                proj += e.vectors()[i * d + l] * delta[i];
            }
            quad += proj * proj / e.values()[l];
            logDet += Math.log(e.values()[l]);
        }
        return -0.5 * (quad + logDet + d * Math.log(2.0 * Math.PI));
    }

    /** Work bound of the O(n^2 d) particle-particle term: {@code n^2 d <= 4e9}. */
    private static final double PAIR_BUDGET = 4e9;

    /** The subsample size: all n, at most maxSubsample, and at most {@code sqrt(4e9 / d)} (2000 at d = 1000). */
    static int subsampleSize(int n, int d, int maxSubsample) {
        return (int) Math.min(n, Math.min(maxSubsample, Math.sqrt(PAIR_BUDGET / d)));
    }

    /** The unbiased MMD^2 of the n row-major points x against p_t. x: Not modified. */
    static Result of(double[] x, int n, int dim, Reference r, int maxSubsample, boolean parallel) {
        int m = subsampleSize(n, dim, maxSubsample);
        int d = dim;
        double[] sub = new double[m * d];
        for (int j = 0; j < m; j++) {
            int i = (int) ((long) j * n / m);
            System.arraycopy(x, i * d, sub, j * d, d);
        }
        double inv2h2 = 0.5 / (r.bandwidth() * r.bandwidth());
        // qq: rows of the upper triangle, each row summed on its own, rows added in order
        double[] rowSums = new double[m];
        int tasks = Math.min(m, 64);
        Blocks.run(tasks, parallel, task -> {
            for (int i = task; i < m; i += tasks) {
                double acc = 0;
                for (int j = i + 1; j < m; j++) {
                    acc += Math.exp(-inv2h2 * squaredDistance(sub, i * d, sub, j * d, d));
                }
                rowSums[i] = acc;
            }
        });
        double qq = 0;
        for (double v : rowSums) {
            qq += v;
        }
        qq = m > 1 ? 2.0 * qq / ((double) m * (m - 1)) : Double.NaN;
        Evaluator g = r.smoothed().evaluator();
        double qp = 0;
        for (int j = 0; j < m; j++) {
            qp += Math.exp(r.logScale() + g.logDensity(sub, j * d));
        }
        qp /= m;
        double floor = Math.sqrt(2.0 * r.nullSecond() / ((double) m * (m - 1)) + r.ppVariance());
        return new Result(qq - 2.0 * qp + r.pp(), qq, qp, r.pp(), m, floor);
    }

    private static double squaredDistance(double[] a, int ia, double[] b, int ib, int d) {
        double acc = 0;
        for (int j = 0; j < d; j++) {
            double e = a[ia + j] - b[ib + j];
            acc += e * e;
        }
        return acc;
    }
}
