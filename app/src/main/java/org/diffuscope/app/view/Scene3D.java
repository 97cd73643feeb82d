package org.diffuscope.app.view;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.RunInfo;
import org.diffuscope.app.render.AxesBox3D;
import org.diffuscope.app.render.Camera3D;
import org.diffuscope.app.render.Frame3DRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Theme;

/**
 * Everything one 3D picture depends on, taken on the FX thread ({@link View3D#scene}) and painted elsewhere
 * ({@link Scene3DPainter}): every part is immutable, so the picture can be painted while the user turns the view.
 *
 * @param info    the run's status with a 3D projection, or null (a frame may arrive before its status)
 * @param box     the axes box fitted to the scene: the arrows' extent and the marginal panels' frame
 * @param showBox whether the box itself is drawn
 * @param exact   exact samples of p_t in display coordinates (the cloud and the panels), or null
 */
record Scene3D(Frame frame, RunInfo info, Camera3D camera, AxesBox3D box, boolean showBox, boolean panels,
               Frame3DRenderer.Exact exact, Overlays overlays, Theme theme) {

    /** True when painting this scene would give the same picture as painting other (same objects, same camera). */
    boolean sameAs(Scene3D other) {
        return other != null && frame == other.frame && info == other.info && camera.equals(other.camera)
                && box == other.box && showBox == other.showBox && panels == other.panels && exact == other.exact
                && overlays == other.overlays && theme == other.theme;
    }

    int width() {
        return camera.width();
    }

    int height() {
        return camera.height();
    }
}
