package org.diffuscope.app.viewmodel;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.diffuscope.app.engine.Engine;
import org.diffuscope.app.engine.ProjectionChoice;

/**
 * How the picture shows a run, apart from the experiment itself: 2D or 3D and through which projection (sent to
 * the engine, which projects every frame), and the 3D view's options. Testable without the toolkit; UI thread.
 */
public final class DisplaySettings {

    private final ObjectProperty<ProjectionChoice> projection = new SimpleObjectProperty<>(ProjectionChoice.defaults());
    private final BooleanProperty autoRotate = new SimpleBooleanProperty(true);
    private final BooleanProperty axesBox = new SimpleBooleanProperty(true);
    private final BooleanProperty marginals = new SimpleBooleanProperty(true);

    public DisplaySettings(Engine engine) {
        projection.addListener((o, a, b) -> {
            if (b == null) {
                projection.set(a);
            } else {
                engine.projection(b);
            }
        });
    }

    /** 2D/3D and the projection of every run. */
    public ObjectProperty<ProjectionChoice> projectionProperty() {
        return projection;
    }

    /** The 3D view turns slowly while the run plays. */
    public BooleanProperty autoRotateProperty() {
        return autoRotate;
    }

    /** The 3D view draws a box with ticks and axis names. */
    public BooleanProperty axesBoxProperty() {
        return axesBox;
    }

    /** The 3D view shows the exact 2D marginals of p_t in three side panels (with the exact density on). */
    public BooleanProperty marginalsProperty() {
        return marginals;
    }
}
