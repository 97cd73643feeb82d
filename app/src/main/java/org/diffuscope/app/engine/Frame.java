package org.diffuscope.app.engine;

import java.util.List;
import java.util.Map;

import org.diffuscope.core.run.Phase;

/**
 * One published state of the run, immutable once published: particles projected to display coordinates, colour
 * data, the cheap metrics against the exact p_t, and where the run stands. The UI reads the newest frame from one
 * slot; frames of an older generation (before a reset) are stale.
 *
 * @param generation increases at every reset or branch; stale frames are dropped
 * @param index      position in the run's history (0 = the initial draw)
 * @param step       predictor steps completed
 * @param t          time of the particles
 * @param phase      what produced this state
 * @param nfe        batch score evaluations so far
 * @param points     display coordinates, {@code count x viewDim} row-major (float, for display only)
 * @param viewDim    2 or 3
 * @param labels     per-particle mode labels for the MODE and FINAL_MODE colourings, or null
 * @param values     per-particle values for the SPEED and ERROR colourings, or null
 * @param metrics    cheap metrics against the exact p_t (cli.md keys), may be empty
 * @param smoothness L(t) at this time, or NaN when not computed
 * @param trail      points of as many earlier frames as the display draws ({@link Engine#trailFrames}), oldest
 *                   first (published frames only)
 * @param series     numbers of every frame of the run so far (published frames only)
 * @param paths      highlighted particles: index to its display coordinates at every frame up to this one
 * @param frames     number of frames in the history (the scrub range is 0..frames-1)
 */
public record Frame(long generation, int index, int step, double t, Phase phase, long nfe,
                    float[] points, int count, int viewDim, byte[] labels, float[] values,
                    Map<String, Double> metrics, double smoothness,
                    List<float[]> trail, List<SeriesPoint> series, Map<Integer, float[]> paths, int frames) {

    /** A frame as the history stores it: no colours, trail, series or paths. */
    static Frame recorded(long generation, int index, int step, double t, Phase phase, long nfe, float[] points,
                          int count, int viewDim, Map<String, Double> metrics, double smoothness) {
        return new Frame(generation, index, step, t, phase, nfe, points, count, viewDim, null, null, metrics,
                smoothness, List.of(), List.of(), Map.of(), index + 1);
    }

    /** The same frame without its points (thinned out of the history). */
    Frame withoutPoints() {
        return new Frame(generation, index, step, t, phase, nfe, null, count, viewDim, null, null, metrics,
                smoothness, List.of(), List.of(), Map.of(), frames);
    }

    /** The same frame with these points (read back into the history). */
    Frame withPoints(float[] p) {
        return new Frame(generation, index, step, t, phase, nfe, p, count, viewDim, labels, values, metrics,
                smoothness, trail, series, paths, frames);
    }

    /** The frame as published, with colours, trail, series and highlighted paths. */
    Frame published(long g, byte[] newLabels, float[] newValues, List<float[]> newTrail, List<SeriesPoint> newSeries,
                    Map<Integer, float[]> newPaths, int frameCount) {
        return new Frame(g, index, step, t, phase, nfe, points, count, viewDim, newLabels, newValues, metrics,
                smoothness, newTrail, newSeries, newPaths, frameCount);
    }
}
