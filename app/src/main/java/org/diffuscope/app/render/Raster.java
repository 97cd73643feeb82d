package org.diffuscope.app.render;

import java.util.Arrays;

/**
 * A width x height image as one {@code int[]} of premultiplied-free ARGB pixels, row-major from the top-left. The
 * renderers write into it; the view shows it through a {@code PixelBuffer} without copying.
 */
public final class Raster {

    private final int width;
    private final int height;
    private final int[] pixels;

    public Raster(int width, int height) {
        this(width, height, new int[checkedArea(width, height)]);
    }

    /** Wraps pixels (not copied); its length must be width * height. */
    public Raster(int width, int height, int[] pixels) {
        if (pixels.length != checkedArea(width, height)) {
            throw new IllegalArgumentException("pixels has length " + pixels.length + ", expected " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    private static int checkedArea(int width, int height) {
        if (width < 1 || height < 1 || (long) width * height > 1L << 28) {
            throw new IllegalArgumentException("raster size must be between 1x1 and 2^28 pixels, got " + width + " x " + height);
        }
        return width * height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array (not a copy). */
    public int[] pixels() {
        return pixels;
    }

    public int get(int x, int y) {
        return pixels[y * width + x];
    }

    public void set(int x, int y, int argb) {
        pixels[y * width + x] = argb;
    }

    public void fill(int argb) {
        Arrays.fill(pixels, argb);
    }

    /** Copies other (same size) into this. */
    public void copyFrom(Raster other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("raster size mismatch");
        }
        System.arraycopy(other.pixels, 0, pixels, 0, pixels.length);
    }

    /** Fills the axis-aligned rectangle [x0, x1) x [y0, y1), clipped to the raster. */
    public void fillRect(int x0, int y0, int x1, int y1, int argb) {
        int ax = Math.max(0, x0);
        int ay = Math.max(0, y0);
        int bx = Math.min(width, x1);
        int by = Math.min(height, y1);
        for (int y = ay; y < by; y++) {
            Arrays.fill(pixels, y * width + ax, Math.max(y * width + ax, y * width + bx), argb);
        }
    }

    /** Alpha-blends an ARGB colour onto the pixel (x, y); outside the raster nothing happens. */
    public void blend(int x, int y, int argb) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return;
        }
        int i = y * width + x;
        pixels[i] = Colors.over(argb, pixels[i]);
    }
}
