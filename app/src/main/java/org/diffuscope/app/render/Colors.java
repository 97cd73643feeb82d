package org.diffuscope.app.render;

/** ARGB colour arithmetic on packed ints: channels, source-over blending, linear interpolation. */
public final class Colors {

    private Colors() {
    }

    public static int argb(int a, int r, int g, int b) {
        return (clamp(a) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    public static int rgb(int r, int g, int b) {
        return argb(255, r, g, b);
    }

    /** Parses {@code #rrggbb} or {@code #aarrggbb}. */
    public static int parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        long v = Long.parseLong(h, 16);
        return h.length() <= 6 ? (int) (0xFF000000L | v) : (int) v;
    }

    public static int alpha(int c) {
        return c >>> 24;
    }

    public static int red(int c) {
        return (c >> 16) & 0xFF;
    }

    public static int green(int c) {
        return (c >> 8) & 0xFF;
    }

    public static int blue(int c) {
        return c & 0xFF;
    }

    /** The same colour with another alpha in [0, 255]. */
    public static int withAlpha(int c, int a) {
        return (clamp(a) << 24) | (c & 0x00FFFFFF);
    }

    /** Source-over: {@code out = src a + dst (1 - a)} per channel, destination treated as opaque. */
    public static int over(int src, int dst) {
        int a = src >>> 24;
        if (a == 255) {
            return src;
        }
        if (a == 0) {
            return dst;
        }
        int na = 255 - a;
        int r = (red(src) * a + red(dst) * na + 127) / 255;
        int g = (green(src) * a + green(dst) * na + 127) / 255;
        int b = (blue(src) * a + blue(dst) * na + 127) / 255;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    /** Linear interpolation of two opaque colours, u in [0, 1]. */
    public static int lerp(int c0, int c1, double u) {
        double v = Math.max(0, Math.min(1, u));
        int r = (int) Math.round(red(c0) + (red(c1) - red(c0)) * v);
        int g = (int) Math.round(green(c0) + (green(c1) - green(c0)) * v);
        int b = (int) Math.round(blue(c0) + (blue(c1) - blue(c0)) * v);
        int a = (int) Math.round(alpha(c0) + (alpha(c1) - alpha(c0)) * v);
        return argb(a, r, g, b);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
