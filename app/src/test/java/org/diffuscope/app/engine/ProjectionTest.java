package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;

/** The display projections: chosen coordinates, random orthonormal rows, principal axes; and their choice. */
class ProjectionTest {

    private static double dot(Projection p, int a, int b) {
        double s = 0;
        for (int j = 0; j < p.dim(); j++) {
            s += p.weight(a, j) * p.weight(b, j);
        }
        return s;
    }

    @Test
    void coordinatesPickColumns() {
        Projection p = Projection.axes(5, 3, 0, 4);
        double[] x = {10, 11, 12, 13, 14, 20, 21, 22, 23, 24};
        float[] out = new float[6];
        p.project(x, 2, out);
        assertArrayEquals(new float[] {13, 10, 14, 23, 20, 24}, out);
        assertEquals("x3", p.axisName(0));
        assertFalse(p.isIdentity());
        assertTrue(Projection.axes(3, 0, 1, 2).isIdentity());
        assertTrue(Projection.standard(2).isIdentity());
        assertTrue(Projection.standard(1).isIdentity(), "d = 1 padded with 0");
        assertFalse(Projection.axes(3, 0, 1).isIdentity(), "two of three coordinates");
        assertThrows(IllegalArgumentException.class, () -> Projection.axes(3, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> Projection.axes(3, 1, 1));
    }

    @Test
    void randomProjectionsHaveOrthonormalRowsAndDependOnlyOnTheSeed() {
        for (int d : new int[] {2, 3, 7, 1000}) {
            for (int v = 2; v <= Math.min(3, d); v++) {
                Projection p = Projection.random(d, v, 1);
                for (int a = 0; a < v; a++) {
                    for (int b = 0; b < v; b++) {
                        assertEquals(a == b ? 1 : 0, dot(p, a, b), 1e-12, "rows " + a + ", " + b + " at d = " + d);
                    }
                }
                assertEquals(p, Projection.random(d, v, 1), "the same seed gives the same view");
                assertNotEquals(p, Projection.random(d, v, 2));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Projection.random(2, 3, 1));
    }

    @Test
    void aMatrixProjectionIsTheMatrixProduct() {
        Projection p = Projection.random(6, 3, 4);
        SplittableRandom rng = new SplittableRandom(1);
        double[] x = new double[6 * 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        float[] out = new float[15];
        p.project(x, 5, out);
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 3; k++) {
                double y = 0;
                for (int j = 0; j < 6; j++) {
                    y += p.weight(k, j) * x[i * 6 + j];
                }
                assertEquals((float) y, out[i * 3 + k]);
            }
        }
    }

    @Test
    void principalAxesOfADiagonalCovarianceAreTheCoordinatesByVariance() {
        double[] c = new double[16];
        double[] variances = {1, 5, 3, 2};
        for (int j = 0; j < 4; j++) {
            c[j * 4 + j] = variances[j];
        }
        Projection p = Projection.principal(c, 4, 3, "test");
        int[] expected = {1, 2, 3};
        for (int k = 0; k < 3; k++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(j == expected[k] ? 1 : 0, p.weight(k, j), 1e-12, "PC" + (k + 1) + " entry " + j);
            }
        }
        assertEquals("PC1", p.axisName(0));
        assertTrue(p.description().contains("variances 5.00, 3.00, 2.00"), p.description());
    }

    @Test
    void principalAxesOfARotatedCovarianceAreTheRotatedAxes() {
        // C = Q diag(4, 1, 0.25) Q' with Q a rotation by 30 degrees in the (x0, x1) plane: PC1 = Q e0 = (c, s, 0)
        double a = Math.toRadians(30);
        double cs = Math.cos(a);
        double sn = Math.sin(a);
        double[][] q = {{cs, -sn, 0}, {sn, cs, 0}, {0, 0, 1}};
        double[] lam = {4, 1, 0.25};
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i * 3 + j] += q[i][k] * lam[k] * q[j][k];
                }
            }
        }
        Projection p = Projection.principal(c, 3, 2, "test");
        assertArrayEquals(new double[] {cs, sn, 0}, new double[] {p.weight(0, 0), p.weight(0, 1), p.weight(0, 2)}, 1e-12);
        // PC2 = +-(-s, c, 0), signed so that its largest entry (c) is positive
        assertArrayEquals(new double[] {-sn, cs, 0}, new double[] {p.weight(1, 0), p.weight(1, 1), p.weight(1, 2)}, 1e-12);
    }

    @Test
    void principalAxesOfTheTargetCarryItsSpread() {
        Target gmm = Presets.byName("gmm-d").orElseThrow().build(50);
        Projection p = ProjectionChoice.defaults().withKind(ProjectionChoice.Kind.PRINCIPAL).withView(3).build(gmm);
        assertEquals(3, p.viewDim());
        // the variance of p_0 along PC1 is the largest eigenvalue: u' C u >= e_j' C e_j for every coordinate j
        double[] c = gmm.covariance();
        double along = 0;
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                along += p.weight(0, i) * c[i * 50 + j] * p.weight(0, j);
            }
        }
        for (int j = 0; j < 50; j++) {
            assertTrue(along >= c[j * 50 + j] - 1e-12, "coordinate " + j);
        }
        assertTrue(gmm instanceof GaussianMixture);
    }

    @Test
    void choicesResolveForAnyDimension() {
        ProjectionChoice auto = ProjectionChoice.defaults();
        assertEquals(3, auto.viewDim(3), "3D exactly when d = 3");
        assertEquals(2, auto.viewDim(2));
        assertEquals(2, auto.viewDim(50));
        assertEquals(2, auto.withView(3).viewDim(2), "3D needs d >= 3");
        assertEquals(2, auto.withView(3).viewDim(1));
        assertEquals(3, auto.withView(3).viewDim(50));
        assertEquals(2, auto.withView(2).viewDim(3));
        ProjectionChoice far = auto.withAxes(7, 1, 9);
        assertArrayEquals(new int[] {7, 1, 9}, far.resolvedAxes(10, 3));
        assertArrayEquals(new int[] {0, 1, 2}, far.resolvedAxes(3, 3), "beyond d: the lowest unused");
        assertArrayEquals(new int[] {0, 1}, far.resolvedAxes(5, 2));
        assertArrayEquals(new int[] {2, 0, 1}, auto.withAxes(2, 2, 2).resolvedAxes(3, 3), "repeats replaced");
        Target sphere = Presets.byName("sphere").orElseThrow().build();
        assertTrue(auto.build(sphere).isIdentity());
        assertEquals(Projection.axes(3, 0, 2), auto.withView(2).withAxes(0, 2, 1).build(sphere));
        Target line = Presets.byName("gaussian").orElseThrow().build(1);
        assertEquals(Projection.standard(1), auto.withView(3).withKind(ProjectionChoice.Kind.RANDOM).build(line));
        assertThrows(IllegalArgumentException.class, () -> auto.withView(4));
    }
}
