package org.diffuscope.core.preset;

import java.util.ArrayList;
import java.util.List;

import org.diffuscope.core.target.Box;
import org.diffuscope.core.target.Circle;
import org.diffuscope.core.target.GaussianMixture;
import org.diffuscope.core.target.Mixture;
import org.diffuscope.core.target.Polyline;
import org.diffuscope.core.target.Sphere;
import org.diffuscope.core.target.Target;

/** The geometric presets (curves, boxes, points) as data tables. */
final class Shapes {

    private Shapes() {
    }

    /** Points (cx + r cos theta, cy + r sin theta) for theta from `from` to `to` degrees in `segments` steps. */
    static double[][] arc(double cx, double cy, double r, double from, double to, int segments) {
        double[][] p = new double[segments + 1][];
        for (int i = 0; i <= segments; i++) {
            double theta = Math.toRadians(from + (to - from) * i / segments);
            p[i] = new double[] {cx + r * Math.cos(theta), cy + r * Math.sin(theta)};
        }
        return p;
    }

    /** Two half circles of radius 1.5: the upper one centred at (-0.75, -0.375), the lower at (0.75, 0.375). */
    static Target twoMoons() {
        return new Mixture(new double[] {1, 1}, List.of(
                new Polyline(arc(-0.75, -0.375, 1.5, 0, 180, 32), false),
                new Polyline(arc(0.75, 0.375, 1.5, 180, 360, 32), false)));
    }

    /** r = 0.2 + 2.3 theta/(4.5 pi) for theta in [0, 4.5 pi], 120 segments. */
    static Target spiral() {
        int n = 120;
        double[][] p = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            double theta = 4.5 * Math.PI * i / n;
            double r = 0.2 + 2.3 * i / n;
            p[i] = new double[] {r * Math.cos(theta), r * Math.sin(theta)};
        }
        return new Polyline(p, false);
    }

    /** The cells (i, j) of the 4 x 4 grid on [-2, 2]^2 with i + j even. */
    static Target checkerboard() {
        List<Target> boxes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if ((i + j) % 2 == 0) {
                    boxes.add(new Box(new double[] {-2 + i, -2 + j}, new double[] {-1 + i, -1 + j}));
                }
            }
        }
        double[] w = new double[boxes.size()];
        java.util.Arrays.fill(w, 1.0);
        return new Mixture(w, boxes);
    }

    static Target circle() {
        return new Circle(new double[] {0, 0}, 2.0, null);
    }

    /** The strokes of "ODE": each letter 1.2 wide and 2 high, 0.4 apart, centred at 0. */
    private static final double[][][] ODE_STROKES = {
        // O: an octagon
        {{-1.85, -1}, {-1.35, -1}, {-1.0, -0.6}, {-1.0, 0.6}, {-1.35, 1}, {-1.85, 1}, {-2.2, 0.6}, {-2.2, -0.6}},
        // D: closed, its back is the closing stroke
        {{-0.6, -1}, {0.1, -1}, {0.6, -0.5}, {0.6, 0.5}, {0.1, 1}, {-0.6, 1}},
        // E: top, back and bottom in one stroke, then the middle bar
        {{2.2, 1}, {1.0, 1}, {1.0, -1}, {2.2, -1}},
        {{1.0, 0}, {1.9, 0}},
    };
    private static final boolean[] ODE_CLOSED = {true, true, false, false};

    /** The word as a mixture of its strokes, weighted by their lengths: uniform along all the ink. */
    static Target word() {
        List<Target> strokes = new ArrayList<>();
        double[] w = new double[ODE_STROKES.length];
        for (int i = 0; i < ODE_STROKES.length; i++) {
            Polyline stroke = new Polyline(ODE_STROKES[i], ODE_CLOSED[i]);
            strokes.add(stroke);
            w[i] = stroke.length();
        }
        return new Mixture(w, strokes);
    }

    static Target pointMasses() {
        return GaussianMixture.pointMasses(new double[][] {
            {-1.5, -1.0}, {0.0, 1.8}, {1.6, 0.4}, {0.3, -1.5}, {-1.8, 0.9}, {0.5, 0.3}}, null);
    }

    /** Face (radius 2), eyes (radius 0.25 at (+-0.7, 0.6)), mouth (radius 1.2 arc from 200 to 340 degrees). */
    static Target smiley() {
        return new Mixture(new double[] {0.55, 0.125, 0.125, 0.2}, List.of(
                new Circle(new double[] {0, 0}, 2.0, null),
                new Circle(new double[] {-0.7, 0.6}, 0.25, null),
                new Circle(new double[] {0.7, 0.6}, 0.25, null),
                new Polyline(arc(0, 0.2, 1.2, 200, 340, 16), false)));
    }

    static Target box() {
        return new Box(new double[] {-2, -1}, new double[] {2, 1});
    }

    static Target sphere() {
        return new Sphere(new double[] {0, 0, 0}, 2.0);
    }

    /** (1.5 cos theta, 1.5 sin theta, -2 + 4 theta/(6 pi)) for theta in [0, 6 pi], 96 segments. */
    static Target helix() {
        int n = 96;
        double[][] p = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            double theta = 6 * Math.PI * i / n;
            p[i] = new double[] {1.5 * Math.cos(theta), 1.5 * Math.sin(theta), -2 + 4.0 * i / n};
        }
        return new Polyline(p, false);
    }

    /** Ring A in the plane z = 0 around (-0.75, 0, 0), ring B in y = 0 around (0.75, 0, 0): each passes through the
     * other's centre, so they are linked and do not touch. */
    static Target linkedRings() {
        return new Mixture(new double[] {1, 1}, List.of(
                new Circle(new double[] {-0.75, 0, 0}, 1.5, new double[] {0, 0, 1}),
                new Circle(new double[] {0.75, 0, 0}, 1.5, new double[] {0, 1, 0})));
    }
}
