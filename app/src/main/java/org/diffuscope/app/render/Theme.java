package org.diffuscope.app.render;

/**
 * The colours of the picture for one theme: background, density map, particles, contours, arrows, trails and the
 * categorical palette for modes.
 */
public record Theme(String name, int background, ColorMap density, int particle, int contour, int arrow, int trail,
                    int path, int[] palette, ColorMap values) {

    /** Tableau 10: distinct categorical colours for modes. */
    private static final int[] TABLEAU = {
        0xFF4E79A7, 0xFFF28E2B, 0xFFE15759, 0xFF76B7B2, 0xFF59A14F,
        0xFFEDC948, 0xFFB07AA1, 0xFFFF9DA7, 0xFF9C755F, 0xFFBAB0AC};

    public static Theme light() {
        return new Theme("light", 0xFFFFFFFF, ColorMap.blues(), 0xFFD9480F, 0xFF08306B, 0xFF333333, 0x30D9480F,
                0xFF000000, TABLEAU, ColorMap.viridis());
    }

    public static Theme dark() {
        return new Theme("dark", 0xFF0B0C10, ColorMap.magma(), 0xFF66D9EF, 0xFFFCFDBF, 0xFFE0E0E0, 0x3066D9EF,
                0xFFFFFFFF, TABLEAU, ColorMap.viridis());
    }

    /** The colour of mode label k. */
    public int mode(int k) {
        return palette[Math.floorMod(k, palette.length)];
    }
}
