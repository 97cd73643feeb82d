package org.diffuscope.core.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad parameters fail with IllegalArgumentException and a message naming the field (as in target files). */
class TargetValidationTest {

    private static void rejects(String message, Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertEquals(message, e.getMessage());
    }

    @Test
    void circleAndSphere() {
        rejects("radius must be > 0, got 0.0", () -> new Circle(new double[] {0, 0}, 0.0, null));
        rejects("radius must be finite, got Infinity", () -> new Sphere(new double[] {0, 0, 0}, Double.POSITIVE_INFINITY));
        rejects("center must have 2 or 3 entries, got 4", () -> new Circle(new double[] {0, 0, 0, 0}, 1, null));
        rejects("center[1] must be finite, got NaN", () -> new Circle(new double[] {0, Double.NaN}, 1, null));
        rejects("normal must be left out for a circle in 2D", () -> new Circle(new double[] {0, 0}, 1, new double[] {0, 1}));
        rejects("normal is required for a circle in 3D", () -> new Circle(new double[] {0, 0, 0}, 1, null));
        rejects("normal has length 2, expected 3", () -> new Circle(new double[] {0, 0, 0}, 1, new double[] {0, 1}));
        rejects("normal must be non-zero, got [0.0, 0.0, 0.0]", () -> new Circle(new double[] {0, 0, 0}, 1, new double[3]));
        rejects("center has length 2, expected 3", () -> new Sphere(new double[] {0, 0}, 1));
    }

    @Test
    void polyline() {
        rejects("points must have at least 2 entries, got 1", () -> new Polyline(new double[][] {{0, 0}}, false));
        rejects("points[2] has length 3, expected 2",
                () -> new Polyline(new double[][] {{0, 0}, {1, 0}, {1, 1, 1}}, false));
        rejects("points[1] and points[2] coincide: a segment of length 0 is not allowed",
                () -> new Polyline(new double[][] {{0, 0}, {1, 0}, {1, 0}}, false));
        rejects("points[2] and points[0] coincide: a segment of length 0 is not allowed",
                () -> new Polyline(new double[][] {{0, 0}, {1, 0}, {0, 0}}, true));
    }

    @Test
    void boxLaplaceAndPointMasses() {
        rejects("hi has length 3, expected 2", () -> new Box(new double[] {0, 0}, new double[] {1, 1, 1}));
        rejects("hi[1] must be > lo[1], got hi[1] = 0.0, lo[1] = 1.0", () -> new Box(new double[] {0, 1}, new double[] {1, 0}));
        rejects("scale[0] must be > 0, got 0.0", () -> new Laplace(new double[] {0}, new double[] {0}));
        rejects("scale has length 1, expected 2", () -> new Laplace(new double[] {0, 0}, new double[] {1}));
        rejects("points must not be empty", () -> GaussianMixture.pointMasses(new double[0][], null));
        rejects("points[1] has length 1, expected 2", () -> GaussianMixture.pointMasses(new double[][] {{0, 0}, {1}}, null));
        rejects("weights has length 1, expected 2 (one per component or point)",
                () -> GaussianMixture.pointMasses(new double[][] {{0, 0}, {1, 1}}, new double[] {1}));
        rejects("weights[1] must be a finite number > 0, got -1.0",
                () -> GaussianMixture.pointMasses(new double[][] {{0, 0}, {1, 1}}, new double[] {1, -1}));
    }

    @Test
    void mixture() {
        Target a = new Box(new double[] {0, 0}, new double[] {1, 1});
        Target b = new Box(new double[] {0, 0, 0}, new double[] {1, 1, 1});
        rejects("components must not be empty", () -> new Mixture(new double[0], List.of()));
        rejects("components[1] has dimension 3, expected 2", () -> new Mixture(new double[] {1, 1}, List.of(a, b)));
        rejects("weights has length 1, expected 2 (one per component or point)", () -> new Mixture(new double[] {1}, List.of(a, a)));
        rejects("weights[0] must be a finite number > 0, got NaN",
                () -> new Mixture(new double[] {Double.NaN, 1}, List.of(a, a)));
    }

    @Test
    void marginalsWithoutDensityRefuseSigmaZero() {
        rejects("sigma must be finite and > 0 (a circle target has no density at t = 0), got 0.0",
                () -> TargetCatalog.circle2d().marginal(1.0, 0.0));
        rejects("sigma must be finite and > 0 (a mixture target has no density at t = 0), got 0.0",
                () -> TargetCatalog.mixture().marginal(1.0, 0.0));
    }
}
