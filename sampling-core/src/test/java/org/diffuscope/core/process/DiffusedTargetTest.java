package org.diffuscope.core.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.diffuscope.core.target.Box;
import org.diffuscope.core.target.Circle;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Laplace;
import org.diffuscope.core.target.Mixture;
import org.diffuscope.core.target.Polyline;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;

/** A target pushed through a process: the VP/OU clock identity, Tweedie's denoiser, L(t), exact samples. */
class DiffusedTargetTest {

    private static final Target CURVY = new Mixture(new double[] {1, 2}, List.of(
            new Circle(new double[] {0.5, 0}, 1, null),
            new Polyline(new double[][] {{-2, -1}, {0, 1.5}, {1, -1}}, false)));

    @Test
    void everyVpProcessIsOuOnTheClockMinusLogAlpha() {
        ForwardProcess ou = ForwardProcess.named("ou");
        SplittableRandom rng = new SplittableRandom(4);
        for (String name : new String[] {"vp-linear", "vp-cosine"}) {
            ForwardProcess vp = ForwardProcess.named(name);
            DiffusedTarget a = new DiffusedTarget(CURVY, vp);
            DiffusedTarget b = new DiffusedTarget(CURVY, ou);
            for (double t : new double[] {vp.tMin(), 0.1, 0.4, 0.8, vp.tMax()}) {
                double tau = -vp.logAlpha(t);
                // 1e-11, not 1e-15: VpCosine.logAlpha = log(cos(theta)/cos(theta0)) has an absolute error of ~1e-16, which
                // is 5e-12 relative at t-min (log alpha = -2e-5), while its sigma^2 uses an exact sin-product form
                assertEquals(vp.sigma2(t), ou.sigma2(tau), 1e-11 * vp.sigma2(t), name);
                Evaluator ea = a.marginal(t).evaluator();
                Evaluator eb = b.marginal(tau).evaluator();
                for (int i = 0; i < 10; i++) {
                    double[] x = {3 * rng.nextGaussian(), 3 * rng.nextGaussian()};
                    double[] sa = ea.score(x);
                    double[] sb = eb.score(x);
                    assertEquals(ea.logDensity(x), eb.logDensity(x), 1e-10 * Math.max(1, Math.abs(ea.logDensity(x))));
                    assertArrayEquals(sa, sb, 1e-10 * Math.max(1, Math.abs(sa[0]) + Math.abs(sa[1])), name + " t=" + t);
                }
            }
        }
    }

    @Test
    void denoiserIsThePosteriorMeanOfAGaussian() {
        // x_0 ~ N(mu, S): E[x_0 | x_t = x] = mu + alpha S C^-1 (x - alpha mu), C = alpha^2 S + sigma^2 I (diagonal S)
        double[] mu = {1.0, -0.5};
        double[] s = {0.3, 2.0};
        GaussianMixture g = new GaussianMixture(new double[] {1}, new double[][] {mu},
                new double[][] {{s[0], 0, 0, s[1]}});
        for (String name : new String[] {"ou", "vp-cosine", "ve"}) {
            ForwardProcess p = ForwardProcess.named(name);
            DiffusedTarget dt = new DiffusedTarget(g, p);
            double t = 0.3 * p.tMax();
            double a = p.alpha(t);
            double s2 = p.sigma2(t);
            double[] x = {0.7, 2.1};
            double[] out = new double[2];
            dt.denoise(t, dt.marginal(t).evaluator(), x, 0, out, 0);
            for (int j = 0; j < 2; j++) {
                double want = mu[j] + a * s[j] / (a * a * s[j] + s2) * (x[j] - a * mu[j]);
                assertEquals(want, out[j], 1e-12 * Math.max(1, Math.abs(want)), name);
            }
            // L(t) of a Gaussian: the largest eigenvalue of C^-1
            double l = Math.max(1 / (a * a * s[0] + s2), 1 / (a * a * s[1] + s2));
            assertEquals(l, dt.smoothness(t, 16), 1e-10 * l, name + " L(t)");
        }
    }

    @Test
    void exactSamplesAreDeterministicAndTimeZeroNeedsADensity() {
        DiffusedTarget dt = new DiffusedTarget(CURVY, ForwardProcess.named("ou"));
        assertArrayEquals(dt.sample(0.2, 300, 9).data(), dt.sample(0.2, 300, 9).data(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dt.marginal(0.0));
        assertEquals("t must be > 0: a mixture target has no density at t = 0", e.getMessage());
        DiffusedTarget box = new DiffusedTarget(new Box(new double[] {0, 0}, new double[] {1, 2}), ForwardProcess.named("ve"));
        assertEquals(-Math.log(2), box.marginal(0.0).evaluator().logDensity(new double[] {0.5, 0.5}), 1e-15);
        DiffusedTarget lap = new DiffusedTarget(new Laplace(new double[] {0}, new double[] {1}), ForwardProcess.named("ou"));
        double[] x0 = lap.sample(0.0, 100, 3).data();
        double[] xt = lap.sample(1e-12, 100, 3).data();
        assertArrayEquals(x0, xt, 1e-5, "p_t at t -> 0 is p_0, sample for sample");
    }
}
