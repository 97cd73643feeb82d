package org.diffuscope.core.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.GaussianMixture;
import org.junit.jupiter.api.Test;

/** A cloud with the wrong mode weights: the mode-weight error is the L1 distance of the weight vectors. */
class ModeWeightsTest {

    private static final int N = 40_000;

    @Test
    void wrongWeightsGiveTheirL1Distance() {
        double t = 0.01; // modes 0.77 apart, standard deviation 0.17: responsibilities are nearly indicators
        DiffusedTarget target = Fixtures.ou(Fixtures.ring8());
        double[] v = {4, 1, 1, 1, 1, 1, 1, 2};
        DiffusedTarget wrong = Fixtures.ou(Fixtures.ring8(v));
        Particles x = wrong.sample(t, N, 31);
        MetricReport r = new Metrics(target).cheap(x, t);

        // E[mean_i r_k(x_i)] = sum_l v_l E_l[r_k], exactly, with E_l[r_k] estimated on exact samples of component l
        double[] w = target.target().modeWeights();
        double[] vn = wrong.target().modeWeights();
        double[] expectedR = new double[8];
        double[] rk = new double[8];
        var ev = target.marginal(t).evaluator();
        for (int l = 0; l < 8; l++) {
            double[] mu = ((GaussianMixture) target.target()).componentMean(l);
            DiffusedTarget component = Fixtures.ou(GaussianMixture.isotropic(new double[] {1},
                    new double[][] {mu}, new double[] {0.02}));
            Particles y = component.sample(t, 4000, 100 + l);
            for (int i = 0; i < y.count(); i++) {
                ev.responsibilities(y.data(), 2 * i, rk);
                for (int k = 0; k < 8; k++) {
                    expectedR[k] += vn[l] * rk[k] / y.count();
                }
            }
        }
        double expected = 0;
        double l1 = 0;
        double sd = 0;
        for (int k = 0; k < 8; k++) {
            expected += Math.abs(expectedR[k] - w[k]);
            l1 += Math.abs(vn[k] - w[k]);
            sd += Math.sqrt(vn[k] * (1 - vn[k]) / N);
        }
        double error = r.get(MetricReport.MODE_WEIGHT_ERROR);
        assertEquals(expected, error, 4 * sd + 0.005, r.toJson());
        // and, since the modes barely overlap, close to the plain L1 distance of the weights (0.2857)
        assertEquals(l1, error, 0.05 * l1 + 4 * sd, r.toJson());
    }

    @Test
    void oneModeHasNoModeWeightError() {
        DiffusedTarget g = Fixtures.ou(Fixtures.gaussian(new double[] {0, 0}, Fixtures.diagonal(1, 1)));
        MetricReport r = new Metrics(g).cheap(g.sample(0.1, 1000, 1), 0.1);
        assertFalse(r.has(MetricReport.MODE_WEIGHT_ERROR));
    }
}
