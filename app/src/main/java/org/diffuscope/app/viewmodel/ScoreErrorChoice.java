package org.diffuscope.app.viewmodel;

import java.util.List;

/**
 * Simulated learned-score error (science.md §6): kind and RMS size under p_t.
 *
 * @param kind none, bias, field, noise, scale
 * @param size RMS error eps_sc >= 0
 */
public record ScoreErrorChoice(String kind, double size) {

    public static final List<String> KINDS = List.of("none", "bias", "field", "noise", "scale");

    public ScoreErrorChoice {
        ExperimentConfig.require(KINDS.contains(kind), "score-error kind must be one of " + String.join(", ", KINDS) + ", got " + kind);
        ExperimentConfig.require(size >= 0 && size <= 1000, "score-error size must be in [0, 1000], got " + size);
    }

    public static ScoreErrorChoice none() {
        return new ScoreErrorChoice("none", 0.0);
    }

    public boolean enabled() {
        return !"none".equals(kind) && size > 0;
    }
}
