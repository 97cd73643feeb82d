package org.diffuscope.app.viewmodel;

/**
 * Which target: a preset by name (with its dimension), or a custom target given as target-file JSON.
 *
 * @param preset preset name, or null for a custom target
 * @param dim    dimension for presets (ignored for custom targets)
 * @param json   target-file JSON of a custom target, or null
 */
public record TargetChoice(String preset, int dim, String json) {

    public TargetChoice {
        ExperimentConfig.require((preset == null) != (json == null), "a target is either a preset or a custom target file");
        ExperimentConfig.require(preset == null || (dim >= 1 && dim <= 4096), "dim must be in 1..4096, got " + dim);
    }

    public static TargetChoice preset(String name, int dim) {
        return new TargetChoice(name, dim, null);
    }

    public static TargetChoice custom(String json) {
        return new TargetChoice(null, 0, json);
    }

    public boolean isPreset() {
        return preset != null;
    }
}
