package org.diffuscope.core.target;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** One or more small instances of every target kind, for the contract tests. */
final class TargetCatalog {

    private TargetCatalog() {
    }

    static Target circle2d() {
        return new Circle(new double[] {0.3, -0.2}, 1.5, null);
    }

    static Target circle3d() {
        return new Circle(new double[] {0.1, 0.2, -0.3}, 1.2, new double[] {1, 1, 0.5});
    }

    static Target sphere() {
        return new Sphere(new double[] {0.2, 0.0, -0.1}, 1.3);
    }

    static Target polyline2d() {
        return new Polyline(new double[][] {{-1.5, -1}, {-0.5, 1}, {0.5, -1}, {1.5, 0.8}}, false);
    }

    static Target polyline3d() {
        return new Polyline(new double[][] {{1, 0, 0}, {0, 1.5, 0.2}, {-0.5, -0.5, 1}}, true);
    }

    static Target polyline1d() {
        return new Polyline(new double[][] {{-1}, {0.5}, {2}}, false);
    }

    static Target box2d() {
        return new Box(new double[] {-1, -0.5}, new double[] {2, 0.5});
    }

    static Target checkerboard() {
        return new Mixture(new double[] {1, 1, 1, 1}, List.of(
                new Box(new double[] {-2, -2}, new double[] {-1, -1}),
                new Box(new double[] {0, -2}, new double[] {1, -1}),
                new Box(new double[] {-1, -1}, new double[] {0, 0}),
                new Box(new double[] {1, 0}, new double[] {2, 1})));
    }

    static Target pointMasses() {
        return GaussianMixture.pointMasses(new double[][] {{1, 1}, {-1, 0.5}, {0, -1.2}, {1.5, -1}},
                new double[] {1, 2, 3, 4});
    }

    static Target laplace() {
        return new Laplace(new double[] {0.5, -1, 0}, new double[] {0.3, 1, 2});
    }

    static Target mixture() {
        return new Mixture(new double[] {2, 1, 1, 3}, List.of(circle2d(), pointMasses(), polyline2d(), box2d()));
    }

    static Target gaussianMixture() {
        return new GaussianMixture(new double[] {0.3, 0.7}, new double[][] {{-1, 0.5}, {1, -0.2}},
                new double[][] {{0.2, 0.05, 0.05, 0.1}, {0.05, 0, 0, 0.3}});
    }

    /** Every catalogued target by name. */
    static Map<String, Target> all() {
        Map<String, Target> m = new TreeMap<>();
        m.put("circle-2d", circle2d());
        m.put("circle-3d", circle3d());
        m.put("sphere", sphere());
        m.put("polyline-2d", polyline2d());
        m.put("polyline-3d-closed", polyline3d());
        m.put("polyline-1d", polyline1d());
        m.put("box", box2d());
        m.put("checkerboard", checkerboard());
        m.put("point-masses", pointMasses());
        m.put("laplace", laplace());
        m.put("mixture", mixture());
        m.put("gaussian-mixture", gaussianMixture());
        return m;
    }

    /** A standard normal vector of length d. */
    static double[] gaussian(SplittableRandom rng, int d) {
        double[] z = new double[d];
        for (int j = 0; j < d; j++) {
            z[j] = rng.nextGaussian();
        }
        return z;
    }
}
