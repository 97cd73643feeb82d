package org.diffuscope.core.preset;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.diffuscope.core.target.Target;

/** The preset targets, in the order the {@code targets} command lists them. Immutable. */
public final class Presets {

    private static final List<Preset> ALL = List.of(
            fixed("ring8", 2, "gaussian-mixture",
                    "8 Gaussians (variance 0.02) evenly spaced on a circle of radius 2", Gaussians::ring8),
            fixed("grid25", 2, "gaussian-mixture",
                    "25 Gaussians (variance 0.02) on a 5 x 5 grid with spacing 2", Gaussians::grid25),
            fixed("two-moons", 2, "mixture",
                    "two interleaved half-circle arcs (the classic two moons), uniform along each", Shapes::twoMoons),
            fixed("spiral", 2, "polyline",
                    "an Archimedean spiral of 2.25 turns out to radius 2.5, uniform along its length", Shapes::spiral),
            fixed("checkerboard", 2, "mixture",
                    "uniform on the 8 dark squares of a 4 x 4 checkerboard covering [-2, 2]^2", Shapes::checkerboard),
            fixed("circle", 2, "circle",
                    "uniform on a circle of radius 2 (no density: a curve)", Shapes::circle),
            fixed("word", 2, "mixture",
                    "the word ODE in 4 straight-line strokes, uniform along the ink", Shapes::word),
            fixed("point-masses", 2, "point-masses",
                    "6 equally weighted points: a perfectly memorised training set", Shapes::pointMasses),
            fixed("smiley", 2, "mixture",
                    "a smiley: face circle, two small eye circles and a mouth arc", Shapes::smiley),
            fixed("box", 2, "box",
                    "uniform on the rectangle [-2, 2] x [-1, 1] (a density with edges)", Shapes::box),
            fixed("sphere", 3, "sphere",
                    "uniform on a sphere of radius 2 in 3D", Shapes::sphere),
            fixed("helix", 3, "polyline",
                    "a helix of 3 turns (radius 1.5, height 4) in 3D, uniform along its length", Shapes::helix),
            fixed("linked-rings", 3, "mixture",
                    "two circles of radius 1.5 in 3D, linked like chain links", Shapes::linkedRings),
            scaling("gaussian", 2, "gaussian-mixture",
                    "one Gaussian, mean (0.5, -0.5, ...), variances 0.25 to 1: the PF-ODE is exact", Gaussians::gaussian),
            scaling("gmm-d", 10, "gaussian-mixture",
                    "4 Gaussians in d dimensions, seeded random means 2.5 from 0, variances 0.1 to 0.4",
                    Gaussians::gmmD),
            scaling("peer-gmm", 2, "gaussian-mixture",
                    "the numpy peer's make_gmm(d, 8, \"full\"): 8 full-covariance Gaussians (d^3 setup)",
                    Gaussians::peerGmm),
            scaling("peer-gmm-iso", 2, "gaussian-mixture",
                    "the numpy peer's make_gmm(d, 8, \"iso\"): 8 isotropic Gaussians", Gaussians::peerGmmIso),
            scaling("peer-gmm-diag", 2, "gaussian-mixture",
                    "the numpy peer's make_gmm(d, 8, \"diag\"): 8 diagonal Gaussians", Gaussians::peerGmmDiag),
            scaling("laplace-d", 2, "laplace",
                    "d independent Laplace coordinates of variance 1: a kink at 0, exact d-dim metrics",
                    Gaussians::laplace));

    private Presets() {
    }

    private static Preset fixed(String name, int dim, String kind, String description, Supplier<Target> factory) {
        return new Preset(name, dim, false, kind, description, d -> factory.get());
    }

    private static Preset scaling(String name, int dim, String kind, String description,
            java.util.function.IntFunction<Target> factory) {
        return new Preset(name, dim, true, kind, description, factory);
    }

    /** Every preset, in listing order (an immutable list). */
    public static List<Preset> all() {
        return ALL;
    }

    /** The preset of that name, if any. */
    public static Optional<Preset> byName(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
