package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The axes box: ticks on 1-2-5 steps inside the box, edges drawn, labels for every tick and axis. */
class AxesBox3DTest {

    @Test
    void ticksAreTheMultiplesOfANiceStepInsideTheBox() {
        AxesBox3D box = AxesBox3D.around(new double[] {-2.75, 0.3, -10}, new double[] {2.75, 0.9, 40}, new String[] {"a", "b", "c"});
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, box.ticks(0), 1e-12);
        assertArrayEquals(new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}, box.ticks(1), 1e-12);
        assertArrayEquals(new double[] {-10, 0, 10, 20, 30, 40}, box.ticks(2), 1e-12);
        assertEquals(2.0, AxesBox3D.niceStep(1.5));
        assertEquals(5.0, AxesBox3D.niceStep(2.01));
        assertEquals(0.1, AxesBox3D.niceStep(0.1), 1e-15);
        assertEquals(10.0, AxesBox3D.niceStep(5.5));
    }

    @Test
    void drawsTwelveEdgesAndLabelsEveryTickAndAxis() {
        AxesBox3D box = AxesBox3D.around(new double[] {-2, -2, -2}, new double[] {2, 2, 2}, new String[] {"x0", "x1", "x2"});
        Camera3D cam = Camera3D.fitting(box.lo(), box.hi(), 800, 600);
        Raster r = new Raster(800, 600);
        r.fill(0xFFFFFFFF);
        List<AxesBox3D.Label> labels = box.draw(cam, 0xFF000000, 0xFF808080, r);
        // every corner is on an edge that was drawn
        double[] p = new double[3];
        for (int i = 0; i < 8; i++) {
            double[] c = box.corner(i);
            cam.project(c[0], c[1], c[2], p);
            int x = (int) Math.floor(p[0]);
            int y = (int) Math.floor(p[1]);
            assertTrue(r.get(x, y) != 0xFFFFFFFF, "corner " + i + " drawn");
        }
        long titles = labels.stream().filter(AxesBox3D.Label::title).count();
        assertEquals(3, titles);
        assertEquals(3 + 3 * 5, labels.size(), "five ticks per axis (-2..2) and three names");
        assertTrue(labels.stream().anyMatch(l -> l.title() && l.text().equals("x2")));
        assertTrue(labels.stream().allMatch(l -> l.x() > 0 && l.x() < 800 && l.y() > 0 && l.y() < 600), "inside");
    }

    @Test
    void anAxisSeenEndOnHasItsTickLabelsThinnedOut() {
        AxesBox3D box = AxesBox3D.around(new double[] {-2, -2, -2}, new double[] {2, 2, 2}, new String[] {"x0", "x1", "x2"});
        Camera3D fitted = Camera3D.fitting(box.lo(), box.hi(), 400, 300);
        // yaw 0, pitch 0: x1 points straight away from the eye
        Camera3D front = new Camera3D(0, 0, fitted.scale(), fitted.distance(), 0, 0, 0, 0, 0, 400, 300);
        Raster r = new Raster(400, 300);
        List<AxesBox3D.Label> labels = box.draw(front, 0xFF000000, 0xFF808080, r);
        long ticks = labels.stream().filter(l -> !l.title()).count();
        assertTrue(ticks < 3 * 5, "fewer than all 15 tick labels: " + ticks);
        assertTrue(ticks >= 2 * 5, "the two axes across the picture keep theirs: " + ticks);
        assertEquals(3, labels.stream().filter(AxesBox3D.Label::title).count(), "every axis keeps its name");
    }
}
