package org.diffuscope.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Evaluator;
import org.diffuscope.core.target.ScoreChecks;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;

/** Every preset builds with its advertised dimension and kind and a correct score; peer-gmm matches the peer. */
class PresetsTest {

    private static final List<String> REQUIRED = List.of("ring8", "grid25", "two-moons", "spiral", "checkerboard",
            "circle", "word", "point-masses", "smiley", "sphere", "helix", "linked-rings", "gmm-d", "peer-gmm",
            "peer-gmm-iso", "peer-gmm-diag", "gaussian", "laplace-d", "box");

    @Test
    void everyPresetBuildsWithItsDimensionKindAndAnExactScore() {
        Set<String> names = new HashSet<>();
        for (Preset p : Presets.all()) {
            assertTrue(names.add(p.name()), "duplicate " + p.name());
            assertFalse(p.description().isBlank() || p.description().contains("\t") || p.description().length() > 100,
                    p.name() + ": a one-line description");
            Target t = p.build();
            assertEquals(p.dim(), t.dim(), p.name());
            assertEquals(p.kind(), t.kind(), p.name());
            // a quick check at a middle time of the OU process: the score is the gradient of log p_t
            DiffusedTarget dt = new DiffusedTarget(t, ForwardProcess.named("ou"));
            double time = 0.05;
            Evaluator ev = dt.marginal(time).evaluator();
            Particles xs = dt.sample(time, 4, 1);
            for (int i = 0; i < 4; i++) {
                double[] x = new double[t.dim()];
                System.arraycopy(xs.data(), i * t.dim(), x, 0, t.dim());
                ScoreChecks.checkScore(ev, x, dt.process().sigma(time), p.name());
            }
        }
        assertTrue(names.containsAll(REQUIRED), "missing presets: " + REQUIRED);
        assertTrue(Presets.byName("ring8").isPresent());
        assertTrue(Presets.byName("no-such-target").isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> Presets.all().add(Presets.all().get(0)));
    }

    @Test
    void scalingPresetsAcceptOneTo4096AndFixedOnesOnlyTheirDimension() {
        for (String name : new String[] {"gmm-d", "laplace-d", "gaussian", "peer-gmm"}) {
            Preset p = Presets.byName(name).orElseThrow();
            assertTrue(p.scalesWithDim(), name);
            for (int d : new int[] {1, 3, 17}) {
                assertEquals(d, p.build(d).dim(), name);
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.build(0));
            assertEquals("dim must be in [1, 4096] for preset " + name + ", got 0", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> p.build(4097));
        }
        assertEquals(10, Presets.byName("gmm-d").orElseThrow().dim());
        assertEquals(2, Presets.byName("peer-gmm").orElseThrow().dim());
        assertEquals(4096, Presets.byName("laplace-d").orElseThrow().build(4096).dim());
        Preset ring = Presets.byName("ring8").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ring.build(3));
        assertEquals("dim must be 2 for preset ring8, got 3", e.getMessage());
        assertEquals(3, Presets.byName("helix").orElseThrow().build(3).dim());
    }

    @Test
    void ring8MatchesItsDefinition() {
        Target t = Presets.byName("ring8").orElseThrow().build();
        assertEquals(8, t.modeCount());
        // mean 0; covariance (r^2/2 + 0.02) I for 8 equally spaced means on a circle of radius 2
        double[] c = t.covariance();
        assertEquals(2.02, c[0], 1e-12);
        assertEquals(0.0, c[1], 1e-12);
        assertEquals(0.0, t.mean()[0], 1e-12);
    }

    /**
     * Golden numbers of the peer, produced by {@code python3 shared/tools/peer/gmm_ou_ref.py --check --d D --K 8
     * --cov full} (numpy 2.4.6): the score of make_gmm(D, 8, "full") under OU at t = 0.3 at the 7 points
     * {@code x_ij = 2.5 sin(0.61 i + 1.3 j + 0.2)}, summarised by its sum, sum of squares, s[0][0] and s[6][D-1]
     * (printed to 13 digits).
     */
    @Test
    void peerGmmAgreesWithThePeer() {
        checkPeer("peer-gmm", 3, 2.060616579467e+00, 3.170350334941e+01, -6.816672061184e-01, 2.095153620753e+00);
        checkPeer("peer-gmm", 2, -1.942759679901e+00, 7.286812503807e+00, -2.973927550158e-01, 4.748422585191e-01);
    }

    /** The same for {@code --cov iso} and {@code --cov diag} (numpy 2.4.6), through the per-point and blocked paths. */
    @Test
    void isotropicAndDiagonalPeerGmmsAgreeWithThePeer() {
        checkPeer("peer-gmm-iso", 3, 2.799706814987e+00, 3.357288731292e+01, -9.578988933436e-01, 1.885405722755e+00);
        checkPeer("peer-gmm-iso", 5, 9.942130980739e+00, 1.300484252340e+02, -4.227623324265e+00, -2.676362100383e+00);
        checkPeer("peer-gmm-diag", 3, 5.082396868326e+00, 2.637102695289e+01, -7.203636965508e-01, 2.039265725188e+00);
        checkPeer("peer-gmm-diag", 5, 9.040299329579e+00, 9.859902038527e+01, -3.196259918741e+00, -2.542568743614e+00);
    }

    private static void checkPeer(String name, int d, double sum, double sumsq, double s00, double sLast) {
        Target t = Presets.byName(name).orElseThrow().build(d);
        assertEquals(8, t.modeCount());
        Evaluator ev = new DiffusedTarget(t, ForwardProcess.named("ou")).marginal(0.3).evaluator();
        double[][] s = new double[7][];
        double total = 0;
        double squares = 0;
        for (int i = 0; i < 7; i++) {
            double[] x = new double[d];
            for (int j = 0; j < d; j++) {
                x[j] = 2.5 * Math.sin(0.61 * i + 1.3 * j + 0.2);
            }
            s[i] = ev.score(x);
            for (double v : s[i]) {
                total += v;
                squares += v * v;
            }
        }
        // 13 printed digits: agreement to 1e-12 relative (5e-13 rounding of the print plus ulps of the arithmetic)
        assertEquals(sum, total, 1e-11 * Math.abs(sum), "sum d=" + d);
        assertEquals(sumsq, squares, 1e-11 * sumsq, "sumsq d=" + d);
        assertEquals(s00, s[0][0], 1e-11 * Math.abs(s00), "s00 d=" + d);
        assertEquals(sLast, s[6][d - 1], 1e-11 * Math.abs(sLast), "s_last d=" + d);
        double[] flat = new double[7 * d];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < d; j++) {
                flat[i * d + j] = 2.5 * Math.sin(0.61 * i + 1.3 * j + 0.2);
            }
        }
        double[] rows = new double[7 * d];
        ev.scoreRows(flat, 0, 7, rows);
        double rowTotal = 0;
        for (double v : rows) {
            rowTotal += v;
        }
        assertEquals(sum, rowTotal, 1e-11 * Math.abs(sum), "blocked sum " + name + " d=" + d);
    }
}
