package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The grid drawn into the picture: a line at every tick, stronger through zero, and a scale bar of one step. */
class GridLinesTest {

    /** The grid of view v over the theme's background. */
    private static Raster drawn(Theme theme, Viewport v) {
        Raster r = new Raster(v.width(), v.height());
        r.fill(theme.background());
        GridLines.draw(r, v, theme);
        return r;
    }

    @Test
    void linesSitAtTheTicksWithTheAxesStrongerAndTheBarOneStepLong() {
        Theme theme = Theme.light();
        Viewport v = Viewport.fitting(-3.3, 3.3, -2.0, 2.0, 660, 400);
        Raster r = drawn(theme, v);
        double step = GridLines.step(v);
        assertEquals(1.0, step, "6.6 wide / 8 -> a step of 1");
        int bg = theme.background();
        int faint = Colors.over(0x1F000000, bg);
        int axis = Colors.over(0x73333333, bg);
        int mid = GridLines.row(v, 0.5);
        for (int k = -3; k <= 3; k++) {
            int x = GridLines.column(v, k);
            assertEquals(k == 0 ? axis : faint, r.get(x, mid), "the line at x = " + k);
            assertEquals(bg, r.get(x + 2, mid), "a single pixel wide, x = " + k);
        }
        for (int k = -1; k <= 1; k++) {
            assertEquals(k == 0 ? axis : faint, r.get(GridLines.column(v, 0.5), GridLines.row(v, k)), "y = " + k);
        }
        // where two faint lines cross, both blend
        assertEquals(Colors.over(0x1F000000, faint), r.get(GridLines.column(v, 1), GridLines.row(v, 1)));
        // the scale bar: opaque ink, one step long, 25 px above the bottom edge
        int barRow = 400 - 25;
        int ink = 0xFF333333;
        int inked = 0;
        for (int x = 0; x < 660; x++) {
            inked += r.get(x, barRow) == ink ? 1 : 0;
        }
        assertTrue(Math.abs(inked - step * v.scale()) <= 3, "bar of " + inked + " px for one step of "
                + step * v.scale() + " px");
        assertEquals(ink, r.get(660 - 20, 400 - 20), "end cap");
    }

    @Test
    void theDarkThemeUsesLightLines() {
        Theme theme = Theme.dark();
        Viewport v = Viewport.fitting(-1, 1, -1, 1, 200, 200);
        Raster r = drawn(theme, v);
        int x = GridLines.column(v, 0.5);
        assertEquals(Colors.over(0x2EFFFFFF, theme.background()), r.get(x, GridLines.row(v, 0.25)));
        assertTrue((r.get(x, GridLines.row(v, 0.25)) & 0xFF) > (theme.background() & 0xFF), "lighter than the ground");
    }
}
