package org.diffuscope.app.render;

import org.diffuscope.app.engine.ColorMode;

/**
 * What is drawn over the particles, each part toggled on its own.
 *
 * @param density       the exact density of p_t
 * @param densityStyle  heat map, contours, or both
 * @param field         the vector field drawn as arrows
 * @param trailLength   earlier frames drawn as trails (0 = none), at most {@link #MAX_TRAIL}
 * @param color         how particles are coloured
 * @param particleSize  square side in pixels, 1..4
 * @param paths         highlighted trajectories
 */
public record Overlays(boolean density, DensityStyle densityStyle, FieldKind field, int trailLength, ColorMode color,
                       int particleSize, boolean paths) {

    public static final int MAX_TRAIL = 64;
    /** Trails are drawn for at most this many particles (the first ones; the prior is i.i.d.). */
    public static final int TRAIL_PARTICLES = 1500;

    /** How the density shows. */
    public enum DensityStyle { HEAT, CONTOURS, BOTH }

    /** The vector field the arrows show (reverse time, so arrows point where particles go when sampling). */
    public enum FieldKind {
        NONE("None"), SCORE("Score ∇log p_t"), ODE("ODE velocity"), SDE("SDE drift");

        private final String label;

        FieldKind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public Overlays {
        if (densityStyle == null || field == null || color == null) {
            throw new IllegalArgumentException("overlay choices are required");
        }
        if (trailLength < 0 || trailLength > MAX_TRAIL) {
            throw new IllegalArgumentException("trail length must be in 0.." + MAX_TRAIL + ", got " + trailLength);
        }
        if (particleSize < 1 || particleSize > 4) {
            throw new IllegalArgumentException("particle size must be in 1..4, got " + particleSize);
        }
    }

    public static Overlays defaults() {
        return new Overlays(true, DensityStyle.HEAT, FieldKind.NONE, 0, ColorMode.PLAIN, 2, true);
    }

    public Overlays withDensity(boolean v) {
        return new Overlays(v, densityStyle, field, trailLength, color, particleSize, paths);
    }

    public Overlays withDensityStyle(DensityStyle v) {
        return new Overlays(density, v, field, trailLength, color, particleSize, paths);
    }

    public Overlays withField(FieldKind v) {
        return new Overlays(density, densityStyle, v, trailLength, color, particleSize, paths);
    }

    public Overlays withTrailLength(int v) {
        return new Overlays(density, densityStyle, field, v, color, particleSize, paths);
    }

    public Overlays withColor(ColorMode v) {
        return new Overlays(density, densityStyle, field, trailLength, v, particleSize, paths);
    }

    public Overlays withParticleSize(int v) {
        return new Overlays(density, densityStyle, field, trailLength, color, v, paths);
    }

    public Overlays withPaths(boolean v) {
        return new Overlays(density, densityStyle, field, trailLength, color, particleSize, v);
    }
}
