package org.diffuscope.core.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Mixtures;
import org.diffuscope.core.target.Evaluator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** science.md §6: each kind of simulated score error has the requested RMS size under p_t and its stated shape. */
class PerturbedScoreTest {

    static final DiffusedTarget OU = new DiffusedTarget(Mixtures.three(), ForwardProcess.named("ou"));
    static final int N = 4000;

    /** Scores of the model and exact scores (with exact log p) at the rows of x. */
    static double[][] scores(ScoreModel model, double t, double[] x, long evaluation) {
        int n = x.length / 2;
        double[] s = new double[x.length];
        double[] logp = new double[n];
        model.at(t).kernel().scoreRows(evaluation, x, 0, n, s, logp);
        double[] exact = new double[x.length];
        double[] exactLogp = new double[n];
        Evaluator ev = OU.marginal(t).evaluator();
        for (int i = 0; i < n; i++) {
            exactLogp[i] = ev.score(x, 2 * i, exact, 2 * i);
        }
        return new double[][] {s, exact, logp, exactLogp};
    }

    static double rms(double[] a, double[] b) {
        double sum = 0;
        for (int q = 0; q < a.length; q++) {
            sum += (a[q] - b[q]) * (a[q] - b[q]);
        }
        return Math.sqrt(sum / (a.length / 2));
    }

    @ParameterizedTest
    @EnumSource(ScoreError.Kind.class)
    void theRmsErrorUnderPtIsTheRequestedSize(ScoreError.Kind kind) {
        ScoreModel model = ScoreModel.perturbed(OU, new ScoreError(kind, 0.7), 12);
        for (double t : new double[] {1e-3, 0.1, 1, 4}) {
            // fresh exact samples, not the calibration ones
            double[] x = OU.sample(t, N, 31).data();
            double[][] s = scores(model, t, x, 5);
            // calibration uses 1024 samples: its own relative error is ~ 1/sqrt(1024) times the error's kurtosis
            assertEquals(0.7, rms(s[0], s[1]), 0.7 * 0.15, kind + " at t = " + t);
            assertArrayEquals(s[3], s[2], 1e-12, "log p stays exact");
        }
    }

    @Test
    void biasIsOneConstantVector() {
        ScoreModel model = ScoreModel.perturbed(OU, new ScoreError(ScoreError.Kind.BIAS, 0.5), 3);
        double[] x = OU.sample(0.5, 50, 1).data();
        double[][] s = scores(model, 0.5, x, 0);
        double[] e0 = {s[0][0] - s[1][0], s[0][1] - s[1][1]};
        assertEquals(0.5, Math.hypot(e0[0], e0[1]), 1e-12);
        for (int i = 1; i < 50; i++) {
            assertEquals(e0[0], s[0][2 * i] - s[1][2 * i], 1e-12);
            assertEquals(e0[1], s[0][2 * i + 1] - s[1][2 * i + 1], 1e-12);
        }
    }

    @Test
    void scaleMultipliesTheScore() {
        PerturbedScore model = new PerturbedScore(OU, new ScoreError(ScoreError.Kind.SCALE, 0.5), 3);
        double[] x = OU.sample(0.5, 50, 1).data();
        double[][] s = scores(model, 0.5, x, 0);
        double c = model.gain(0.5);
        assertTrue(c > 0);
        for (int q = 0; q < x.length; q++) {
            assertEquals((1 + c) * s[1][q], s[0][q], 1e-12 * (1 + Math.abs(s[1][q])));
        }
    }

    @Test
    void fieldIsFixedSmoothAndVariesOnTheScaleSigma() {
        ScoreModel model = ScoreModel.perturbed(OU, new ScoreError(ScoreError.Kind.FIELD, 0.5), 3);
        double t = 0.5;
        double[] x = OU.sample(t, 200, 1).data();
        double[][] a = scores(model, t, x, 0);
        double[][] b = scores(model, t, x, 99);
        assertArrayEquals(a[0], b[0], 0.0, "the field does not change between evaluations");
        double[] shifted = x.clone();
        double h = 1e-3 * OU.process().sigma(t);
        for (int q = 0; q < x.length; q += 2) {
            shifted[q] += h;
        }
        double[][] c = scores(model, t, shifted, 0);
        double[] ea = new double[x.length];
        double[] ec = new double[x.length];
        for (int q = 0; q < x.length; q++) {
            ea[q] = a[0][q] - a[1][q];
            ec[q] = c[0][q] - c[1][q];
        }
        // a shift of 1e-3 sigma changes the field by ~1e-3 of its size (frequencies ~ 1/sigma)
        assertTrue(rms(ea, ec) < 0.5 * 1e-2, "field change " + rms(ea, ec));
        assertTrue(rms(ea, ec) > 0.5 * 1e-5, "field change " + rms(ea, ec));
        assertFalse(Arrays.equals(ea, new double[x.length]));
    }

    @Test
    void noiseIsFreshPerEvaluationAndIndependentOfHowRowsAreSplit() {
        ScoreModel model = ScoreModel.perturbed(OU, new ScoreError(ScoreError.Kind.NOISE, 0.5), 3);
        int n = 700;
        double[] x = OU.sample(0.5, n, 1).data();
        ScoreKernel k = model.at(0.5).kernel();
        double[] whole = new double[2 * n];
        k.scoreRows(4, x, 0, n, whole, null);
        double[] split = new double[2 * n];
        k.scoreRows(4, x, 0, 300, split, null);
        k.scoreRows(4, x, 300, n, split, null);
        assertArrayEquals(whole, split, 0.0, "rows scored in any pieces get the same noise");
        double[] again = new double[2 * n];
        model.at(0.5).kernel().scoreRows(4, x, 0, n, again, null);
        assertArrayEquals(whole, again, 0.0, "same evaluation, same noise");
        double[] next = new double[2 * n];
        k.scoreRows(5, x, 0, n, next, null);
        assertFalse(Arrays.equals(whole, next), "another evaluation, other noise");
        assertFalse(model.deterministic());
    }

    @Test
    void sizeZeroIsTheExactScoreAndParsing() {
        assertInstanceOf(ExactScore.class, ScoreModel.perturbed(OU, new ScoreError(ScoreError.Kind.FIELD, 0), 1));
        assertEquals(new ScoreError(ScoreError.Kind.FIELD, 0.25), ScoreError.parse("field:0.25"));
        assertThrows(IllegalArgumentException.class, () -> ScoreError.parse("wiggle:0.2"));
        assertThrows(IllegalArgumentException.class, () -> ScoreError.parse("field"));
        assertThrows(IllegalArgumentException.class, () -> ScoreError.parse("field:-1"));
        assertEquals("noise:0.5", new ScoreError(ScoreError.Kind.NOISE, 0.5).toString());
        Particles p = OU.sample(1, 10, 1);
        double[] s = new double[20];
        ScoreModel.exact(OU).at(1).kernel().scoreRows(0, p.data(), 0, 10, s, null);
        double[] want = OU.marginal(1).evaluator().score(new double[] {p.get(3, 0), p.get(3, 1)});
        // the blocked path (vectorised exp, other summation order) agrees with the per-point one to rounding
        assertEquals(want[0], s[6], 1e-13 * Math.max(1, Math.abs(want[0])));
        assertEquals(want[1], s[7], 1e-13 * Math.max(1, Math.abs(want[1])));
    }
}
