package org.diffuscope.app.render;

/**
 * Where the particles' size x size squares go: the top-left pixel of each square that touches a w x h picture, the
 * particles' two shown coordinates mapped through the view (particles off the picture or not finite are skipped).
 * Shared by the particle-by-particle blend and the counted coverage ({@link ParticleSplatter}, {@link CoverageBlend}).
 */
@FunctionalInterface
interface SquareCorners {

    /** A square with its top-left pixel at (cx, cy); parts of it may lie outside the picture. */
    void at(int cx, int cy);

    /** Calls visit for every particle's square that touches the picture, in particle order. */
    static void each(float[] x, int count, int dim, int axisX, int axisY, Viewport view, int size, int w, int h,
                     SquareCorners visit) {
        int half = (size - 1) / 2;
        // toPixelX(x) = 0.5 width + (x - centerX) scale; toPixelY(y) = 0.5 height - (y - centerY) scale
        double hw = 0.5 * view.width();
        double hh = 0.5 * view.height();
        double centerX = view.centerX();
        double centerY = view.centerY();
        double scale = view.scale();
        for (int i = 0, o = 0; i < count; i++, o += dim) {
            float wx = x[o + axisX];
            float wy = x[o + axisY];
            int cx = (int) Math.floor(hw + (wx - centerX) * scale) - half;
            int cy = (int) Math.floor(hh - (wy - centerY) * scale) - half;
            if (cx >= w || cy >= h || cx + size <= 0 || cy + size <= 0 || !Float.isFinite(wx) || !Float.isFinite(wy)) {
                continue;
            }
            visit.at(cx, cy);
        }
    }
}
