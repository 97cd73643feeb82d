package org.diffuscope.app.engine;

import java.util.Map;

import org.diffuscope.core.run.Phase;

/** One frame's numbers, for the metric plots over t and the timeline strip. */
public record SeriesPoint(int index, int step, double t, Phase phase, long nfe, Map<String, Double> metrics,
                          double smoothness) {

    static SeriesPoint of(Frame f) {
        return new SeriesPoint(f.index(), f.step(), f.t(), f.phase(), f.nfe(), f.metrics(), f.smoothness());
    }
}
