package org.diffuscope.app.experiment;

import java.util.function.BooleanSupplier;

import org.diffuscope.app.viewmodel.ExperimentConfig;

/**
 * The fewest predictor steps at which a run's error falls to a threshold: double the steps until the error is at
 * most eps, then bisect on a log scale to within 10% (a diverged run counts as an error above any threshold).
 *
 * @param steps   the steps found (the cap when not reached)
 * @param error   the error at those steps
 * @param reached whether the threshold was reached within the cap
 * @param runs    how many runs the search took
 */
public record StepsToTarget(int steps, double error, boolean reached, int runs) {

    /** Searches; the metric must exist for the target (else IllegalArgumentException naming it). */
    public static StepsToTarget search(ExperimentConfig c, String metric, double eps, int maxSteps, int threads,
                                       BooleanSupplier cancelled) {
        int[] runs = {0};
        int n = 2;
        double e = error(c, n, metric, threads, runs);
        int lo = 0;
        while (e > eps && n < maxSteps && !cancelled.getAsBoolean()) {
            lo = n;
            n = Math.min(maxSteps, 2 * n);
            e = error(c, n, metric, threads, runs);
        }
        if (e > eps) {
            return new StepsToTarget(n, e, false, runs[0]);
        }
        int hi = n;
        double eHi = e;
        while (lo > 0 && hi - lo > 1 && hi > 1.1 * lo && !cancelled.getAsBoolean()) {
            int mid = (int) Math.round(Math.sqrt((double) lo * hi));
            mid = Math.max(lo + 1, Math.min(hi - 1, mid));
            double em = error(c, mid, metric, threads, runs);
            if (em <= eps) {
                hi = mid;
                eHi = em;
            } else {
                lo = mid;
            }
        }
        return new StepsToTarget(hi, eHi, true, runs[0]);
    }

    private static double error(ExperimentConfig c, int steps, String metric, int threads, int[] runs) {
        runs[0]++;
        SweepRow r = Sweep.measure(c.withSampler(c.sampler().withSteps(steps)), "steps", steps, threads);
        if (r.diverged()) {
            return Double.POSITIVE_INFINITY;
        }
        double v = r.metric(metric);
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("the metric " + metric + " is not available for this target "
                    + "(product_kl needs a product target such as laplace-d; mode_weight_error a mixture)");
        }
        return v;
    }
}
