package org.diffuscope.app.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ProcessChoice;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.Scenario;
import org.diffuscope.app.viewmodel.ScoreErrorChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.preset.Preset;
import org.diffuscope.core.preset.Presets;

/**
 * Reads and writes scenario files (README, "Scenario files"). Reading validates everything a run needs: unknown
 * keys are errors, every message names the key by its path ({@code sampler.steps}), left-out keys take the
 * default scene's values, and nothing but an {@link InputException} leaves this class on bad input.
 */
public final class ScenarioFiles {

    /** Files larger than this are refused before parsing (a scenario is a few kilobytes). */
    public static final long MAX_BYTES = TargetFiles.MAX_BYTES;

    private static final Set<String> TOP = Set.of("format", "version", "target", "process", "sampler", "corrector",
            "score-error", "particles", "seed", "exact-prior", "forward", "denoise", "overlays", "view", "camera", "playback");

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The scenario as pretty-printed JSON text. */
    public String text(Scenario s) {
        try {
            return mapper.writeValueAsString(ScenarioJson.toTree(s, mapper)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario cannot be written as JSON", e);
        }
    }

    /** Writes the scenario atomically. */
    public void write(Path path, Scenario s) throws IOException {
        AtomicFiles.writeString(path, text(s));
    }

    /** Reads and validates a scenario file. */
    public Scenario read(Path path) {
        return parse(JsonInput.text(path, "scenario", MAX_BYTES), path.getFileName().toString());
    }

    /** Parses and validates scenario JSON; source names it in messages. */
    public Scenario parse(String json, String source) {
        JsonNode root = JsonInput.tree(mapper, json, source);
        try {
            return scenario(root);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        }
    }

    /** True when the JSON text looks like a scenario (its {@code format} key says so), false for anything else. */
    public boolean isScenario(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            return root != null && root.isObject() && ScenarioJson.FORMAT.equals(root.path("format").asText(null));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private Scenario scenario(JsonNode root) {
        JsonFields.object(root, "");
        JsonFields.onlyFields(root, "", TOP);
        String format = JsonFields.text(root, "", "format");
        if (!ScenarioJson.FORMAT.equals(format)) {
            throw new InputException("format must be " + ScenarioJson.FORMAT + ", got " + format);
        }
        long version = JsonFields.integer(root, "", "version", 1, Integer.MAX_VALUE, ScenarioJson.VERSION);
        if (version > ScenarioJson.VERSION) {
            throw new InputException("version " + version + " is newer than this Diffuscope reads ("
                    + ScenarioJson.VERSION + "): update Diffuscope");
        }
        ExperimentConfig d = ExperimentConfig.defaults();
        ExperimentConfig c = guarded("", () -> new ExperimentConfig(
                target(JsonFields.optionalObject(root, "", "target"), d.target()),
                process(JsonFields.optionalObject(root, "", "process"), d.process()),
                sampler(JsonFields.optionalObject(root, "", "sampler"), d.sampler()),
                corrector(JsonFields.optionalObject(root, "", "corrector"), d.corrector()),
                scoreError(JsonFields.optionalObject(root, "", "score-error"), d.scoreError()),
                (int) JsonFields.integer(root, "", "particles", 1, ExperimentConfig.MAX_PARTICLES, d.particles()),
                JsonFields.integer(root, "", "seed", Long.MIN_VALUE, Long.MAX_VALUE, d.seed()),
                JsonFields.flag(root, "", "exact-prior", d.exactPrior()),
                JsonFields.flag(root, "", "forward", d.forward()),
                JsonFields.flag(root, "", "denoise", d.denoise())));
        guarded("sampler.grid", () -> RunFactory.grid(c.sampler(), c.process().build()));
        Scenario defaults = Scenario.defaults();
        Overlays overlays = overlays(JsonFields.optionalObject(root, "", "overlays"), defaults.overlays());
        Scenario.View view = view(JsonFields.optionalObject(root, "", "view"));
        Scenario.Camera camera = camera(JsonFields.optionalObject(root, "", "camera"));
        JsonNode playback = JsonFields.optionalObject(root, "", "playback");
        double speed = defaults.speed();
        boolean loop = defaults.loop();
        if (playback != null) {
            JsonFields.onlyFields(playback, "playback", Set.of("speed", "loop"));
            speed = JsonFields.number(playback, "playback", "speed", speed);
            loop = JsonFields.flag(playback, "playback", "loop", loop);
        }
        double s = speed;
        boolean l = loop;
        return guarded("", () -> new Scenario(c, overlays, view, camera, s, l));
    }

    private TargetChoice target(JsonNode node, TargetChoice fallback) {
        if (node == null) {
            return fallback;
        }
        JsonFields.onlyFields(node, "target", Set.of("preset", "dim", "file"));
        if (node.has("file") == node.has("preset")) {
            throw new InputException("target must have either preset (a preset name) or file (a target-file object)");
        }
        if (node.has("file")) {
            if (node.has("dim")) {
                throw new InputException("target.dim is only for presets (a target file fixes its dimension)");
            }
            JsonNode file = JsonFields.object(node.get("file"), "target.file");
            String json = file.toString();
            new TargetFiles().parse(json, "target.file");
            return TargetChoice.custom(json);
        }
        String name = JsonFields.text(node, "target", "preset");
        Preset p = Presets.byName(name).orElseThrow(() -> new InputException("target.preset '" + name
                + "' is not a preset (see 'diffuscope targets')"));
        int dim = (int) JsonFields.integer(node, "target", "dim", 1, Preset.MAX_DIM, p.dim());
        if (!p.scalesWithDim() && dim != p.dim()) {
            throw new InputException("target.dim must be " + p.dim() + " for preset " + name + ", got " + dim);
        }
        return TargetChoice.preset(name, dim);
    }

    private static ProcessChoice process(JsonNode node, ProcessChoice fallback) {
        if (node == null) {
            return fallback;
        }
        JsonFields.onlyFields(node, "process", Set.of("name", "t-min", "t-max"));
        String name = JsonFields.text(node, "process", "name", fallback.name());
        ProcessChoice d = guarded("process.name", () -> ProcessChoice.defaults(name));
        double tMin = JsonFields.number(node, "process", "t-min", d.tMin());
        double tMax = JsonFields.number(node, "process", "t-max", d.tMax());
        return guarded("process", () -> new ProcessChoice(name, tMin, tMax));
    }

    private static SamplerChoice sampler(JsonNode node, SamplerChoice fallback) {
        if (node == null) {
            return fallback;
        }
        String p = "sampler";
        JsonFields.onlyFields(node, p, Set.of("name", "steps", "grid", "rho", "s-churn", "s-tmin", "s-tmax",
                "s-noise", "rtol", "atol"));
        String name = JsonFields.text(node, p, "name", fallback.name());
        SamplerChoice d = guarded("sampler.name", () -> SamplerChoice.defaults(name));
        int steps = (int) JsonFields.integer(node, p, "steps", 1, SamplerChoice.MAX_STEPS, d.steps());
        String grid = JsonFields.text(node, p, "grid", d.grid());
        double rho = JsonFields.number(node, p, "rho", d.rho());
        double churn = JsonFields.number(node, p, "s-churn", d.sChurn());
        double sTmin = JsonFields.number(node, p, "s-tmin", d.sTmin());
        double sTmax = JsonFields.number(node, p, "s-tmax", d.sTmax());
        double sNoise = JsonFields.number(node, p, "s-noise", d.sNoise());
        double rtol = JsonFields.number(node, p, "rtol", d.rtol());
        double atol = JsonFields.number(node, p, "atol", d.atol());
        return guarded(p, () -> new SamplerChoice(name, steps, grid, rho, churn, sTmin, sTmax, sNoise, rtol, atol));
    }

    private static CorrectorChoice corrector(JsonNode node, CorrectorChoice fallback) {
        if (node == null) {
            return fallback;
        }
        String p = "corrector";
        JsonFields.onlyFields(node, p, Set.of("name", "steps", "every", "step", "friction", "snr", "paper-schedule"));
        String name = JsonFields.text(node, p, "name", fallback.name());
        CorrectorChoice d = guarded("corrector.name", () -> CorrectorChoice.defaults(name));
        int steps = (int) JsonFields.integer(node, p, "steps", 1, 1000, d.steps());
        int every = (int) JsonFields.integer(node, p, "every", 1, 100_000, d.every());
        String step = JsonFields.text(node, p, "step", d.step()).toLowerCase(Locale.ROOT);
        double friction = JsonFields.number(node, p, "friction", d.friction());
        double snr = JsonFields.number(node, p, "snr", d.snr());
        boolean paper = JsonFields.flag(node, p, "paper-schedule", d.paperSchedule());
        return guarded(p, () -> new CorrectorChoice(name, steps, every, step, friction, snr, paper));
    }

    private static ScoreErrorChoice scoreError(JsonNode node, ScoreErrorChoice fallback) {
        if (node == null) {
            return fallback;
        }
        JsonFields.onlyFields(node, "score-error", Set.of("kind", "size"));
        String kind = JsonFields.text(node, "score-error", "kind", fallback.kind());
        double size = JsonFields.number(node, "score-error", "size", fallback.size());
        return guarded("score-error", () -> new ScoreErrorChoice(kind, size));
    }

    private static Overlays overlays(JsonNode node, Overlays d) {
        if (node == null) {
            return d;
        }
        String p = "overlays";
        JsonFields.onlyFields(node, p, Set.of("density", "density-style", "field", "trail-length", "color",
                "particle-size", "paths"));
        boolean density = JsonFields.flag(node, p, "density", d.density());
        Overlays.DensityStyle style = word(node, p, "density-style", Overlays.DensityStyle.class, d.densityStyle());
        Overlays.FieldKind field = word(node, p, "field", Overlays.FieldKind.class, d.field());
        int trail = (int) JsonFields.integer(node, p, "trail-length", 0, Overlays.MAX_TRAIL, d.trailLength());
        ColorMode color = word(node, p, "color", ColorMode.class, d.color());
        int size = (int) JsonFields.integer(node, p, "particle-size", 1, 4, d.particleSize());
        boolean paths = JsonFields.flag(node, p, "paths", d.paths());
        return guarded(p, () -> new Overlays(density, style, field, trail, color, size, paths));
    }

    private static Scenario.View view(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonFields.onlyFields(node, "view", Set.of("center", "scale"));
        double[] center = JsonFields.vector(node, "view", "center", 2);
        double scale = JsonFields.number(node, "view", "scale");
        return guarded("", () -> new Scenario.View(center[0], center[1], scale));
    }

    private static Scenario.Camera camera(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonFields.onlyFields(node, "camera", Set.of("yaw", "pitch", "zoom"));
        double yaw = JsonFields.number(node, "camera", "yaw");
        double pitch = JsonFields.number(node, "camera", "pitch");
        double zoom = JsonFields.number(node, "camera", "zoom", 1.0);
        return guarded("", () -> new Scenario.Camera(yaw, pitch, zoom));
    }

    /** A key word naming one constant of an enum ({@code final-mode} for FINAL_MODE). */
    private static <E extends Enum<E>> E word(JsonNode node, String path, String field, Class<E> type, E fallback) {
        String w = JsonFields.text(node, path, field, null);
        if (w == null) {
            return fallback;
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (ScenarioJson.name(e).equals(w)) {
                return e;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(ScenarioJson.name(e));
        }
        throw new InputException(JsonFields.at(path, field) + " '" + w + "' is not one of " + allowed);
    }

    /** Runs a record constructor; its IllegalArgumentException becomes an InputException naming the path. */
    private static <T> T guarded(String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InputException((path.isEmpty() ? "" : path + ": ") + e.getMessage(), e);
        }
    }
}
