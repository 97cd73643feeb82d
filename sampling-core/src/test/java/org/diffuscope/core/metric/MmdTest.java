package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed-form MMD terms against Monte Carlo estimates of the same expectations. */
class MmdTest {

    private static final int M = 4000;

    private static Target target(int which) {
        return which == 0 ? Fixtures.ring8() : Fixtures.fullMixture2d();
    }

    private static double kernel(double[] a, int ia, double[] b, int ib, double h) {
        double dx = a[ia] - b[ib];
        double dy = a[ia + 1] - b[ib + 1];
        return Math.exp(-(dx * dx + dy * dy) / (2 * h * h));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void closedFormTermsMatchMonteCarlo(int which) {
        double t = 0.05;
        DiffusedTarget dt = Fixtures.ou(target(which));
        Metrics metrics = new Metrics(dt);
        ExactReference ref = metrics.reference(t);
        Mmd.Reference mmd = Mmd.reference(ref);
        assertTrue(mmd.closedForm());
        double h = mmd.bandwidth();
        Particles y = dt.sample(t, M, 4242);
        double[] a = y.data();

        // E_pp k: U-statistic over disjoint pairs of exact samples, and its standard error
        double sum = 0;
        double sum2 = 0;
        int pairs = M / 2;
        for (int i = 0; i < pairs; i++) {
            double k = kernel(a, 4 * i, a, 4 * i + 2, h);
            sum += k;
            sum2 += k * k;
        }
        double mean = sum / pairs;
        double se = Math.sqrt((sum2 / pairs - mean * mean) / pairs);
        assertEquals(mean, mmd.pp(), 4 * se);

        // E_{y~p_t} k(x, y) at fixed points x: (2 pi h^2)^(d/2) p_t^h(x) against the mean over exact y
        Evaluator g = mmd.smoothed().evaluator();
        double[][] points = {{0, 0}, {2, 0}, {-1, 1.5}, {3, 3}};
        for (double[] x : points) {
            double closed = Math.exp(mmd.logScale() + g.logDensity(x, 0));
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < M; i++) {
                double k = kernel(x, 0, a, 2 * i, h);
                s += k;
                s2 += k * k;
            }
            double mc = s / M;
            double seq = Math.sqrt(Math.max(s2 / M - mc * mc, 0) / M);
            assertEquals(mc, closed, 4 * seq + 1e-12);
        }

        // the sample-based E_pp k of a target without closed forms agrees with the closed form
        Metrics opaque = new Metrics(Fixtures.ou(new Fixtures.Opaque(target(which))));
        Mmd.Reference sampled = Mmd.reference(opaque.reference(t));
        assertEquals(h, sampled.bandwidth(), 1e-15);
        assertEquals(mmd.pp(), sampled.pp(), 4 * Math.sqrt(sampled.ppVariance()));
    }
}
