package org.diffuscope.app.view;

import java.util.List;

import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.ArrowField3D;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.Frame3DRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Raster;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * Paints {@link Scene3D}s: the screen's on the paint thread, the exports' on theirs (one instance per thread). The
 * field's arrows are kept while the time, the field and the box stay: turning the view repaints often, and a curve
 * target's score costs 1-4 us a point.
 */
final class Scene3DPainter {

    /** What the arrows were computed for. */
    private record ArrowKey(DiffusedTarget target, double t, Overlays.FieldKind field, AxesBox3D box) {
    }

    private final Frame3DRenderer renderer;
    private ArrowKey arrowKey;
    private ArrowField3D arrows;

    /** A painter of the screen's pictures. */
    Scene3DPainter() {
        this(1.0);
    }

    /** A painter of pictures k times larger than the screen's (the exports; the camera zoomed by k). */
    Scene3DPainter(double k) {
        this.renderer = new Frame3DRenderer(k);
    }

    /** Paints the scene into r (the camera's size); returns the labels for the text layer. */
    List<AxesBox3D.Label> paint(Raster r, Scene3D s) {
        return renderer.paint(r, s.frame(), s.camera(), s.showBox() ? s.box() : null, s.exact(), arrows(s),
                s.panels(), s.overlays(), s.theme());
    }

    private ArrowField3D arrows(Scene3D s) {
        RunInfo info = s.info();
        Overlays.FieldKind field = s.overlays().field();
        if (s.frame() == null || !hasArrows(info, field)) {
            return ArrowField3D.none();
        }
        ArrowKey key = new ArrowKey(info.target(), s.frame().t(), field, s.box());
        if (!key.equals(arrowKey)) {
            arrowKey = key;
            arrows = ArrowField3D.compute(info.target(), s.frame().t(), field, s.box().lo(), s.box().hi());
        }
        return arrows;
    }

    /** The field's arrows mean something for a 3D target shown in its own coordinates. */
    private static boolean hasArrows(RunInfo info, Overlays.FieldKind field) {
        return info != null && field != Overlays.FieldKind.NONE && info.projection().isIdentity()
                && info.target().dim() == 3;
    }
}
