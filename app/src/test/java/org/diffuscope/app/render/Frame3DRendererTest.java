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
        assertEquals(1, renderer.nearest(147, 83));
        assertEquals(2, renderer.nearest(90, 20));
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
}
