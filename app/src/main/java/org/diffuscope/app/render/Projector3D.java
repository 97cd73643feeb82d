package org.diffuscope.app.render;

/**
 * Projects many 3D points at once through a {@link Camera3D} into reusable arrays: pixel x, pixel y, depth w
 * (towards the eye) and the perspective magnification {@code k / scale = D / (D - w)}; points behind the eye or
 * not finite get NaN pixels. The per-point work is the camera's formula with M computed once. One instance per
 * renderer (its arrays are reused between frames); not thread-safe.
 */
public final class Projector3D {

    private float[] px = new float[0];
    private float[] py = new float[0];
    private float[] depth = new float[0];
    private float[] magnification = new float[0];
    private int count;
    private float minDepth;
    private float maxDepth;

    /**
     * Projects count rows of points (row-major, stride wide, coordinates 0..2 of each row used). points: Not
     * modified.
     */
    public void project(Camera3D cam, float[] points, int count, int stride) {
        ensure(count);
        this.count = count;
        double[] m = cam.rotation();
        double cx = cam.cx();
        double cy = cam.cy();
        double cz = cam.cz();
        double d = cam.distance();
        double near = Camera3D.NEAR * d;
        double ox = 0.5 * cam.width() + cam.panX();
        double oy = 0.5 * cam.height() + cam.panY();
        double s = cam.scale();
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            int o = i * stride;
            double dx = points[o] - cx;
            double dy = points[o + 1] - cy;
            double dz = points[o + 2] - cz;
            // (u, v, w) = M (x - c); k = scale D / (D - w)
            double u = m[0] * dx + m[1] * dy + m[2] * dz;
            double v = m[3] * dx + m[4] * dy + m[5] * dz;
            double w = m[6] * dx + m[7] * dy + m[8] * dz;
            double eye = d - w;
            if (eye > near) {
                double mag = d / eye;
                double k = s * mag;
                px[i] = (float) (ox + k * u);
                py[i] = (float) (oy - k * v);
                depth[i] = (float) w;
                magnification[i] = (float) mag;
                lo = Math.min(lo, depth[i]);
                hi = Math.max(hi, depth[i]);
            } else {
                // also NaN input: eye > near is false
                px[i] = Float.NaN;
                py[i] = Float.NaN;
                depth[i] = Float.NaN;
                magnification[i] = Float.NaN;
            }
        }
        minDepth = lo;
        maxDepth = hi;
    }

    private void ensure(int n) {
        if (px.length < n) {
            int cap = Math.max(n, px.length + px.length / 2);
            px = new float[cap];
            py = new float[cap];
            depth = new float[cap];
            magnification = new float[cap];
        }
    }

    public int count() {
        return count;
    }

    /** Pixel x of point i (NaN when not drawn). */
    public float x(int i) {
        return px[i];
    }

    public float y(int i) {
        return py[i];
    }

    /** Depth w of point i, towards the eye. */
    public float depth(int i) {
        return depth[i];
    }

    /** D / (D - w) of point i: above 1 in front of the centre, below 1 behind it. */
    public float magnification(int i) {
        return magnification[i];
    }

    /** The smallest depth of the drawable points (+infinity when none). */
    public float minDepth() {
        return minDepth;
    }

    public float maxDepth() {
        return maxDepth;
    }

    /** The index of the drawable point nearest to the pixel (x, y) within maxPixels, or -1. */
    public int nearest(double x, double y, double maxPixels) {
        int best = -1;
        double bestD = maxPixels * maxPixels;
        for (int i = 0; i < count; i++) {
            double dx = px[i] - x;
            double dy = py[i] - y;
            double d2 = dx * dx + dy * dy;
            // ties go to the point nearer the eye (drawn on top)
            if (d2 < bestD || (d2 == bestD && best >= 0 && depth[i] > depth[best])) {
                bestD = d2;
                best = i;
            }
        }
        return best;
    }
}
