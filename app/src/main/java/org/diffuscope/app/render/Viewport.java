package org.diffuscope.app.render;

/**
 * The affine map from world coordinates (y up) to pixel coordinates (y down) of a width x height raster:
 * {@code px = width/2 + (x - centerX) scale}, {@code py = height/2 - (y - centerY) scale}.
 *
 * @param scale pixels per world unit, > 0
 */
public record Viewport(double centerX, double centerY, double scale, int width, int height) {

    public Viewport {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be a finite number > 0, got " + scale);
        }
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("the view centre must be finite");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("viewport size must be at least 1 x 1, got " + width + " x " + height);
        }
    }

    /** A viewport showing the world box [x0, x1] x [y0, y1] entirely, centred, with equal scales on both axes. */
    public static Viewport fitting(double x0, double x1, double y0, double y1, int width, int height) {
        double sx = width / Math.max(x1 - x0, 1e-12);
        double sy = height / Math.max(y1 - y0, 1e-12);
        return new Viewport(0.5 * (x0 + x1), 0.5 * (y0 + y1), Math.min(sx, sy), width, height);
    }

    public double toPixelX(double x) {
        return 0.5 * width + (x - centerX) * scale;
    }

    public double toPixelY(double y) {
        return 0.5 * height - (y - centerY) * scale;
    }

    public double toWorldX(double px) {
        return centerX + (px - 0.5 * width) / scale;
    }

    public double toWorldY(double py) {
        return centerY - (py - 0.5 * height) / scale;
    }

    /** World x at the left edge. */
    public double minX() {
        return toWorldX(0);
    }

    public double maxX() {
        return toWorldX(width);
    }

    /** World y at the bottom edge. */
    public double minY() {
        return toWorldY(height);
    }

    public double maxY() {
        return toWorldY(0);
    }

    /** The same view on a raster of another size (same centre and scale). */
    public Viewport resized(int newWidth, int newHeight) {
        return new Viewport(centerX, centerY, scale, newWidth, newHeight);
    }

    /** Moves the view so that the content follows a drag of (dx, dy) pixels. */
    public Viewport panned(double dxPixels, double dyPixels) {
        return new Viewport(centerX - dxPixels / scale, centerY + dyPixels / scale, scale, width, height);
    }

    /** Zooms by factor about the pixel (px, py), which keeps its world point. */
    public Viewport zoomed(double factor, double px, double py) {
        double wx = toWorldX(px);
        double wy = toWorldY(py);
        double s = scale * factor;
        // keep (wx, wy) under (px, py): px = w/2 + (wx - cx) s
        double cx = wx - (px - 0.5 * width) / s;
        double cy = wy + (py - 0.5 * height) / s;
        return new Viewport(cx, cy, s, width, height);
    }
}
