package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void mapsWorldToPixelsWithYUp() {
        Viewport v = new Viewport(1.0, 2.0, 50.0, 200, 100);
        assertEquals(100.0, v.toPixelX(1.0));
        assertEquals(50.0, v.toPixelY(2.0));
        assertEquals(150.0, v.toPixelX(2.0));
        assertEquals(0.0, v.toPixelY(3.0));
        assertEquals(-1.0, v.minX());
        assertEquals(3.0, v.maxX());
        assertEquals(1.0, v.minY());
        assertEquals(3.0, v.maxY());
    }

    @Test
    void roundTripsAndZoomKeepsThePointUnderTheCursor() {
        Viewport v = Viewport.fitting(-3, 3, -2, 2, 300, 200);
        assertEquals(50.0, v.scale());
        Viewport z = v.zoomed(2.5, 70, 40);
        assertEquals(v.toWorldX(70), z.toWorldX(70), 1e-12);
        assertEquals(v.toWorldY(40), z.toWorldY(40), 1e-12);
        assertEquals(125.0, z.scale(), 1e-12);
        Viewport p = v.panned(10, -20);
        assertEquals(v.toPixelX(0.3) + 10, p.toPixelX(0.3), 1e-12);
        assertEquals(v.toPixelY(0.3) - 20, p.toPixelY(0.3), 1e-12);
    }

    @Test
    void rejectsBadScales() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, Double.NaN, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 1, 0, 10));
    }
}
