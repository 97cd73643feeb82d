package org.diffuscope.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;

/** A whole 3D frame: particles, followed paths and picking. */
class Frame3DRendererTest {

    private static Frame frame(float[] pts, Map<Integer, float[]> paths) {
        return new Frame(0, 0, 0, 1.0, Phase.INIT, 0, pts, pts.length / 3, 3, null, null, Map.of(), Double.NaN,
                List.of(), List.of(), paths, 1);
    }

    @Test
    void paintsParticlesWhereTheCameraPutsThemAndPicksTheNearest() {
        float[] pts = {0, 0, 0, 1, 0, 0, 0, 0, 1};
        Camera3D cam = new Camera3D(0, 0, 50, 4, 0, 0, 0, 0, 0, 200, 160);
        Overlays o = Overlays.defaults().withDensity(false).withPaths(false).withColor(ColorMode.PLAIN);
        Theme th = Theme.light();
        Raster r = new Raster(200, 160);
        Frame3DRenderer renderer = new Frame3DRenderer();
        renderer.paint(r, frame(pts, Map.of()), cam, null, null, false, o, th);
        // (0,0,0) -> (100, 80); (1,0,0) -> (150, 80); (0,0,1) -> (100, 30); all at the centre's depth w = 0,
        // in the middle of the fog's range [-D/3.5, D/3.5]: level 31 of 63
        int mid = DepthSplatter.fade(th.particle(), th.background(),
                (int) Math.round(256 * Frame3DRenderer.FOG * (1 - 31 / 63.0)));
        assertEquals(mid, r.get(100, 80));
        assertEquals(mid, r.get(150, 80));
        assertEquals(mid, r.get(100, 30));
        assertEquals(th.background(), r.get(125, 55));
        // the view picks by projecting the frame with the same camera: it finds the particles where they were drawn
        Projector3D picker = new Projector3D();
        picker.project(cam, pts, 3, 3);
        assertEquals(1, picker.nearest(147, 83, 16));
        assertEquals(2, picker.nearest(90, 20, 16));
        assertEquals(-1, picker.nearest(125, 55, 16), "none within 16 pixels of empty space");
    }

    @Test
    void followedParticlesLeaveAPathAndAMarker() {
        float[] pts = {0, 0, 0};
        Map<Integer, float[]> paths = Map.of(0, new float[] {-1, 0, 0, 0, 0, 0});
        Camera3D cam = new Camera3D(0, 0, 50, 4, 0, 0, 0, 0, 0, 200, 160);
        Overlays o = Overlays.defaults().withDensity(false).withPaths(true);
        Theme th = Theme.light();
        Raster r = new Raster(200, 160);
        List<AxesBox3D.Label> labels = new Frame3DRenderer().paint(r, frame(pts, paths), cam, null, null, false, o, th);
        assertTrue(labels.isEmpty(), "no box, no labels");
        assertEquals(th.mode(2), r.get(70, 80), "the path from (-1, 0, 0) at x = 50");
        assertNotEquals(th.background(), r.get(102, 82), "the marker around the particle");
    }

    @Test
    void aPictureTwiceTheSizeIsTheScreensLaidOutTwiceAsLarge() {
        float[] pts = {0, 0, 0, 1, 0.5f, -0.5f, -1, 1, 0.5f};
        float[] cloud = new float[3 * 500];
        for (int i = 0; i < cloud.length; i++) {
            cloud[i] = (float) Math.sin(1.7 * i);
        }
        Frame3DRenderer.Exact exact = new Frame3DRenderer.Exact(cloud, 500);
        double[] lo = {-2, -2, -2};
        double[] hi = {2, 2, 2};
        AxesBox3D box = AxesBox3D.around(lo, hi, new String[] {"x0", "x1", "x2"});
        Camera3D cam = Camera3D.fitting(lo, hi, 800, 680).orbited(0.4, 0.2);
        Overlays o = Overlays.defaults();
        Theme th = Theme.light();
        List<AxesBox3D.Label> one = new Frame3DRenderer().paint(new Raster(800, 680), frame(pts, Map.of()), cam, box,
                exact, ArrowField3D.none(), true, o, th);
        List<AxesBox3D.Label> two = new Frame3DRenderer(2).paint(new Raster(1600, 1360), frame(pts, Map.of()),
                cam.zoomed(2).resized(1600, 1360), box, exact, ArrowField3D.none(), true, o, th);
        assertEquals(MarginalPanels.side(800, 680) * 2, MarginalPanels.side(1600, 1360, 2), "panels twice as wide");
        assertTrue(one.stream().anyMatch(l -> l.text().contains("marginal")), "the panels' full titles");
        assertEquals(one.size(), two.size());
        for (int i = 0; i < one.size(); i++) {
            AxesBox3D.Label a = one.get(i);
            AxesBox3D.Label b = two.get(i);
            assertEquals(a.text(), b.text());
            // box labels, axis names and panel titles: where the screen's are, twice as far (to a pixel of rounding)
            assertEquals(2 * a.x(), b.x(), 2.0, a.text());
            assertEquals(2 * a.y(), b.y(), 2.0, a.text());
        }
    }
}
