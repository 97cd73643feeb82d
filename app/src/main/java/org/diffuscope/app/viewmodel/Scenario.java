package org.diffuscope.app.viewmodel;

import org.diffuscope.app.render.Overlays;

/**
 * Everything a student needs to see exactly the run a teacher saw: the experiment (which fixes the run bit for bit,
 * seed included), what is drawn over it, where the view looks, and how it plays. Saved as a scenario file or a
 * share string (io/ScenarioFiles, io/ShareStrings).
 *
 * @param view   the 2D view's centre and scale, or null to fit the view to the data
 * @param camera the 3D camera's angles and zoom, or null for the fitted default
 * @param speed  playback rate in frames per second, 0 for as fast as the run goes
 * @param loop   a finished run restarts from the prior and plays on
 */
public record Scenario(ExperimentConfig config, Overlays overlays, View view, Camera camera, double speed,
                       boolean loop) {

    /** The most frames per second a scenario may ask for. */
    public static final double MAX_SPEED = 240;

    /**
     * Where the 2D view looks: world point (centerX, centerY) at the middle of the picture, scale pixels per world
     * unit (the picture's size is the window's, not the scenario's).
     */
    public record View(double centerX, double centerY, double scale) {

        public View {
            ExperimentConfig.require(Double.isFinite(centerX) && Math.abs(centerX) <= 1e12,
                    "view.center[0] must be a finite number within ±1e12, got " + centerX);
            ExperimentConfig.require(Double.isFinite(centerY) && Math.abs(centerY) <= 1e12,
                    "view.center[1] must be a finite number within ±1e12, got " + centerY);
            ExperimentConfig.require(scale >= 1e-9 && scale <= 1e12,
                    "view.scale must be in [1e-9, 1e12] pixels per unit, got " + scale);
        }
    }

    /**
     * How the 3D view looks at the scene: the camera's turn about the vertical axis and its tilt, in degrees, and
     * its zoom against the camera fitted to the scene's box (pans are not kept: the box is recentred on load).
     */
    public record Camera(double yawDegrees, double pitchDegrees, double zoom) {

        /** The most a saved camera may zoom in or out against the fitted one. */
        public static final double MAX_ZOOM = 1000;

        public Camera {
            ExperimentConfig.require(Double.isFinite(yawDegrees) && Math.abs(yawDegrees) <= 360,
                    "camera.yaw must be in [-360, 360] degrees, got " + yawDegrees);
            double maxPitch = Math.toDegrees(org.diffuscope.app.render.Camera3D.MAX_PITCH);
            ExperimentConfig.require(Double.isFinite(pitchDegrees) && Math.abs(pitchDegrees) <= maxPitch,
                    "camera.pitch must be in [-" + (int) maxPitch + ", " + (int) maxPitch + "] degrees, got "
                            + pitchDegrees);
            ExperimentConfig.require(zoom >= 1 / MAX_ZOOM && zoom <= MAX_ZOOM,
                    "camera.zoom must be in [0.001, 1000] (1 = fitted to the scene), got " + zoom);
        }
    }

    /** A scenario without a saved 3D camera. */
    public Scenario(ExperimentConfig config, Overlays overlays, View view, double speed, boolean loop) {
        this(config, overlays, view, null, speed, loop);
    }

    public Scenario {
        ExperimentConfig.require(config != null, "the experiment is required");
        ExperimentConfig.require(overlays != null, "the overlays are required");
        ExperimentConfig.require(speed >= 0 && speed <= MAX_SPEED,
                "playback.speed must be in [0, " + (int) MAX_SPEED + "] frames per second (0 = as fast as it goes), got " + speed);
    }

    /** The start-up scene: the default experiment and overlays, a fitted view, 12 frames per second. */
    public static Scenario defaults() {
        return new Scenario(ExperimentConfig.defaults(), Overlays.defaults(), null, 12, false);
    }

    public Scenario withConfig(ExperimentConfig v) {
        return new Scenario(v, overlays, view, camera, speed, loop);
    }

    public Scenario withView(View v) {
        return new Scenario(config, overlays, v, camera, speed, loop);
    }

    public Scenario withCamera(Camera c) {
        return new Scenario(config, overlays, view, c, speed, loop);
    }
}
