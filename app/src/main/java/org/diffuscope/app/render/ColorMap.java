package org.diffuscope.app.render;

/**
 * A 256-entry colour lookup table built by linear interpolation between evenly spaced anchor colours;
 * {@code color(u)} for u in [0, 1].
 */
public final class ColorMap {

    private final int[] table = new int[256];
    private final String name;

    public ColorMap(String name, int... anchors) {
        if (anchors.length < 2) {
            throw new IllegalArgumentException("a colour map needs at least 2 anchors");
        }
        this.name = name;
        for (int i = 0; i < 256; i++) {
            double pos = i / 255.0 * (anchors.length - 1);
            int lo = Math.min((int) Math.floor(pos), anchors.length - 2);
            table[i] = Colors.lerp(anchors[lo], anchors[lo + 1], pos - lo);
        }
    }

    /** Perceptually uniform blue-green-yellow (anchors sampled from matplotlib's viridis). */
    public static ColorMap viridis() {
        return new ColorMap("viridis", 0xFF440154, 0xFF482878, 0xFF3E4A89, 0xFF31688E, 0xFF26828E,
                0xFF1F9E89, 0xFF35B779, 0xFF6DCD59, 0xFFB4DE2C, 0xFFFDE725);
    }

    /** Black-purple-orange-white (anchors sampled from matplotlib's magma), for dark themes. */
    public static ColorMap magma() {
        return new ColorMap("magma", 0xFF000004, 0xFF180F3D, 0xFF440F76, 0xFF721F81, 0xFF9E2F7F,
                0xFFCD4071, 0xFFF1605D, 0xFFFD9668, 0xFFFECA8D, 0xFFFCFDBF);
    }

    /** White to blue, light backgrounds: low density stays near the background. */
    public static ColorMap blues() {
        return new ColorMap("blues", 0xFFFFFFFF, 0xFFDEEBF7, 0xFFC6DBEF, 0xFF9ECAE1, 0xFF6BAED6,
                0xFF4292C6, 0xFF2171B5, 0xFF08519C, 0xFF08306B);
    }

    public String name() {
        return name;
    }

    /** The colour at u, clamped to [0, 1]; NaN maps to the lowest colour. */
    public int color(double u) {
        return table[index(u)];
    }

    /** The table entry of u: 0..255, non-decreasing in u; NaN maps to 0. */
    public int index(double u) {
        if (!(u > 0)) {
            return 0;
        }
        if (u >= 1) {
            return 255;
        }
        return (int) (u * 255.0 + 0.5);
    }

    /** Entry i of the table, 0..255. */
    public int entry(int i) {
        return table[i];
    }
}
