package org.diffuscope.app.viewmodel;

import org.diffuscope.app.render.Overlays;

/**
 * Everything a student needs to see exactly the run a teacher saw: the experiment (which fixes the run bit for bit,
 * seed included), what is drawn over it, where the view looks, and how it plays. Saved as a scenario file or a
 * share string (io/ScenarioFiles, io/ShareStrings).
 *
 * @param view  the view's centre and scale, or null to fit the view to the data
 * @param speed playback rate in frames per second, 0 for as fast as the run goes
 * @param loop  a finished run restarts from the prior and plays on
 */
public record Scenario(ExperimentConfig config, Overlays overlays, View view, double speed, boolean loop) {

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
        return new Scenario(v, overlays, view, speed, loop);
    }

    public Scenario withView(View v) {
        return new Scenario(config, overlays, v, speed, loop);
    }
}
