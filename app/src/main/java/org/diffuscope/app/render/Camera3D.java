package org.diffuscope.app.render;

/**
 * An orbiting perspective camera for a 3D view: the world point c sits in the middle of the picture, the eye
 * orbits it at the given distance, and a world point x lands on the pixel
 * <pre>
 *   (u, v, w) = M (x - c),   M = P(pitch) B Rz(yaw),   k = scale D / (D - w),
 *   px = width/2 + panX + k u,   py = height/2 + panY - k v,
 * </pre>
 * where Rz turns about the vertical world axis x2, B maps (x0, x1, x2) to (across, up, towards the eye) =
 * (x0, x2, -x1), P tilts the eye up by pitch about the across axis, and D is the eye's distance from c. w grows
 * towards the eye (the depth cue); points with {@code D - w <= NEAR D} are behind or too close to the eye and are
 * not drawn. Immutable.
 *
 * @param yaw      turn about the vertical axis, radians
 * @param pitch    elevation of the eye above the horizontal plane, radians, within +-{@link #MAX_PITCH}
 * @param scale    pixels per world unit at the depth of the centre, > 0
 * @param distance eye distance D from the centre, world units, > 0
 * @param panX     pixel offset of the centre from the middle of the picture, across
 * @param panY     pixel offset of the centre from the middle of the picture, down
 */
public record Camera3D(double yaw, double pitch, double scale, double distance, double cx, double cy, double cz,
                       double panX, double panY, int width, int height) {

    /** The eye never looks straight down or up (the view would flip). */
    public static final double MAX_PITCH = Math.toRadians(89);
    /** Points nearer to the eye than this fraction of D are not drawn. */
    public static final double NEAR = 0.05;
    /** The eye's distance in scene radii when fitted: mild perspective. */
    public static final double FIT_DISTANCE = 3.5;

    public Camera3D {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be a finite number > 0, got " + scale);
        }
        if (!(distance > 0) || !Double.isFinite(distance)) {
            throw new IllegalArgumentException("distance must be a finite number > 0, got " + distance);
        }
        if (!Double.isFinite(yaw) || !(Math.abs(pitch) <= MAX_PITCH)) {
            throw new IllegalArgumentException("yaw must be finite and |pitch| <= 89 degrees, got " + yaw + ", " + pitch);
        }
        if (!Double.isFinite(cx) || !Double.isFinite(cy) || !Double.isFinite(cz) || !Double.isFinite(panX)
                || !Double.isFinite(panY)) {
            throw new IllegalArgumentException("the camera centre and pan must be finite");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("picture size must be at least 1 x 1, got " + width + " x " + height);
        }
    }

    /**
     * A camera showing the box [lo, hi] (3 coordinates each) whole from the default angle: the eye
     * {@link #FIT_DISTANCE} box radii away, the box's bounding sphere filling 90% of the shorter side.
     */
    public static Camera3D fitting(double[] lo, double[] hi, int width, int height) {
        double r = 0;
        for (int k = 0; k < 3; k++) {
            r += 0.25 * (hi[k] - lo[k]) * (hi[k] - lo[k]);
        }
        r = Math.max(Math.sqrt(r), 1e-9);
        double d = FIT_DISTANCE * r;
        // the nearest point of the sphere is magnified by D / (D - r)
        double scale = 0.45 * Math.min(width, height) / (r * d / (d - r));
        return new Camera3D(Math.toRadians(-40), Math.toRadians(22), scale, d, 0.5 * (lo[0] + hi[0]),
                0.5 * (lo[1] + hi[1]), 0.5 * (lo[2] + hi[2]), 0, 0, width, height);
    }

    /** The rotation M, row-major 3 x 3: rows are the across, up and towards-the-eye directions in world axes. */
    public double[] rotation() {
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        // M = P(pitch) B Rz(yaw), multiplied out
        return new double[] {
            c, -s, 0,
            sp * s, sp * c, cp,
            -cp * s, -cp * c, sp};
    }

    /**
     * Projects the world point (x, y, z): out[0], out[1] = pixel, out[2] = w (depth towards the eye, world units).
     * Returns false (out[0..1] NaN) when the point is behind or too close to the eye.
     */
    public boolean project(double x, double y, double z, double[] out) {
        double[] m = rotation();
        double dx = x - cx;
        double dy = y - cy;
        double dz = z - cz;
        double u = m[0] * dx + m[1] * dy + m[2] * dz;
        double v = m[3] * dx + m[4] * dy + m[5] * dz;
        double w = m[6] * dx + m[7] * dy + m[8] * dz;
        out[2] = w;
        double eye = distance - w;
        if (!(eye > NEAR * distance)) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
            return false;
        }
        double k = scale * distance / eye;
        out[0] = 0.5 * width + panX + k * u;
        out[1] = 0.5 * height + panY - k * v;
        return true;
    }

    /** Turned by dYaw about the vertical axis and tilted by dPitch (clamped so the eye never goes over the top). */
    public Camera3D orbited(double dYaw, double dPitch) {
        double p = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch + dPitch));
        double y = Math.IEEEremainder(yaw + dYaw, 2 * Math.PI);
        return new Camera3D(y, p, scale, distance, cx, cy, cz, panX, panY, width, height);
    }

    /** Magnified by factor about the middle of the picture (the perspective stays the same). */
    public Camera3D zoomed(double factor) {
        return new Camera3D(yaw, pitch, scale * factor, distance, cx, cy, cz, panX * factor, panY * factor, width,
                height);
    }

    /** Moved so that the picture follows a drag of (dx, dy) pixels. */
    public Camera3D panned(double dx, double dy) {
        return new Camera3D(yaw, pitch, scale, distance, cx, cy, cz, panX + dx, panY + dy, width, height);
    }

    /** The same camera on a picture of another size. */
    public Camera3D resized(int newWidth, int newHeight) {
        return new Camera3D(yaw, pitch, scale, distance, cx, cy, cz, panX, panY, newWidth, newHeight);
    }
}
