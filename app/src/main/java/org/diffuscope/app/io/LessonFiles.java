package org.diffuscope.app.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.diffuscope.app.viewmodel.Lesson;
import org.diffuscope.app.viewmodel.RaceLane;
import org.diffuscope.app.viewmodel.Scenario;

/**
 * Reads lesson files (README, "Lessons"): a title, a summary, what to watch, the mode (explore, race, lab), a
 * scenario in the scenario-file format (without its format key), and the race's lanes or the lab's experiment.
 * Unknown fields are errors; every message names the field by its path.
 */
public final class LessonFiles {

    public static final String FORMAT = "diffuscope-lesson";
    public static final int VERSION = 1;
    /** The bundled lessons, in the order the index lists them. */
    public static final String INDEX = "/assets/lessons/index.json";

    private static final Set<String> TOP = Set.of("format", "version", "title", "summary", "watch", "mode", "scenario",
            "race", "lab", "autoplay");
    private static final Set<String> EXPERIMENTS = Set.of("error-vs-steps", "dimension", "smoothness", "score-error",
            "wrong-start");

    private final ObjectMapper mapper = new ObjectMapper();

    /** The bundled lessons. */
    public List<Lesson> bundled() {
        JsonNode index = JsonInput.tree(mapper, resource(INDEX), INDEX);
        List<Lesson> out = new ArrayList<>();
        for (JsonNode name : JsonFields.array(index.get("lessons"), "lessons", 1)) {
            String file = "/assets/lessons/" + name.asText();
            out.add(parse(resource(file), file));
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = LessonFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the lesson " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("the lesson " + name + " cannot be read", e);
        }
    }

    /** Reads and validates a lesson file. */
    public Lesson read(Path path) {
        return parse(JsonInput.text(path, "lesson", TargetFiles.MAX_BYTES), path.getFileName().toString());
    }

    /** Parses and validates lesson JSON; source names it in messages. */
    public Lesson parse(String json, String source) {
        JsonNode root = JsonInput.tree(mapper, json, source);
        try {
            return lesson(root, source);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        }
    }

    private Lesson lesson(JsonNode root, String source) {
        JsonFields.object(root, "");
        JsonFields.onlyFields(root, "", TOP);
        String format = JsonFields.text(root, "", "format");
        if (!FORMAT.equals(format)) {
            throw new InputException("format must be " + FORMAT + ", got " + format);
        }
        long version = JsonFields.integer(root, "", "version", 1, Integer.MAX_VALUE, VERSION);
        if (version > VERSION) {
            throw new InputException("version " + version + " is newer than this Diffuscope reads (" + VERSION + ")");
        }
        String title = JsonFields.text(root, "", "title");
        String summary = JsonFields.text(root, "", "summary");
        List<String> watch = new ArrayList<>();
        if (root.has("watch")) {
            JsonNode w = JsonFields.array(root.get("watch"), "watch", 0);
            for (int i = 0; i < w.size(); i++) {
                if (!w.get(i).isTextual()) {
                    throw new InputException("watch[" + i + "] must be a string");
                }
                watch.add(w.get(i).asText());
            }
        }
        String modeName = JsonFields.text(root, "", "mode");
        Lesson.Mode mode = switch (modeName) {
            case "explore" -> Lesson.Mode.EXPLORE;
            case "race" -> Lesson.Mode.RACE;
            case "lab" -> Lesson.Mode.LAB;
            default -> throw new InputException("mode must be explore, race or lab, got " + modeName);
        };
        Scenario scenario = scenario(JsonFields.required(root, "", "scenario"), source);
        List<RaceLane> lanes = new ArrayList<>();
        boolean equal = false;
        if (root.has("race")) {
            JsonNode race = JsonFields.object(root.get("race"), "race");
            JsonFields.onlyFields(race, "race", Set.of("lanes", "equal-cost"));
            JsonNode ls = JsonFields.array(JsonFields.required(race, "race", "lanes"), "race.lanes", 2);
            for (int i = 0; i < ls.size(); i++) {
                String p = "race.lanes[" + i + "]";
                JsonNode l = JsonFields.object(ls.get(i), p);
                JsonFields.onlyFields(l, p, Set.of("sampler", "steps", "corrector"));
                String sampler = JsonFields.text(l, p, "sampler");
                int steps = (int) JsonFields.integer(l, p, "steps", 1, 100_000, 40);
                String corrector = l.has("corrector") ? JsonFields.text(l, p, "corrector") : "none";
                try {
                    lanes.add(new RaceLane(sampler, steps, corrector));
                } catch (IllegalArgumentException e) {
                    throw new InputException(p + ": " + e.getMessage());
                }
            }
            equal = JsonFields.flag(race, "race", "equal-cost", false);
        }
        Lesson.LabSetup lab = root.has("lab") ? lab(JsonFields.object(root.get("lab"), "lab")) : null;
        boolean autoplay = JsonFields.flag(root, "", "autoplay", true);
        return new Lesson(title, summary, watch, mode, scenario, lanes, equal, lab, autoplay);
    }

    private Scenario scenario(JsonNode node, String source) {
        ObjectNode copy = JsonFields.object(node, "scenario").deepCopy();
        copy.put("format", ScenarioJson.FORMAT);
        copy.put("version", ScenarioJson.VERSION);
        try {
            return new ScenarioFiles().parse(copy.toString(), "scenario");
        } catch (InputException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static Lesson.LabSetup lab(JsonNode lab) {
        JsonFields.onlyFields(lab, "lab", Set.of("experiment", "values", "methods", "metric", "target", "eps",
                "max-steps", "particles"));
        String experiment = JsonFields.text(lab, "lab", "experiment").toLowerCase(Locale.ROOT);
        if (!EXPERIMENTS.contains(experiment)) {
            throw new InputException("lab.experiment must be one of " + String.join(", ", new java.util.TreeSet<>(EXPERIMENTS))
                    + ", got " + experiment);
        }
        double[] vs = JsonFields.vector(lab, "lab", "values", 0);
        List<Double> values = new ArrayList<>();
        for (double v : vs) {
            values.add(v);
        }
        List<String> methods = new ArrayList<>();
        if (lab.has("methods")) {
            JsonNode ms = JsonFields.array(lab.get("methods"), "lab.methods", 1);
            for (int i = 0; i < ms.size(); i++) {
                methods.add(ms.get(i).asText());
            }
        }
        String metric = lab.has("metric") ? JsonFields.text(lab, "lab", "metric") : "cov_error";
        String target = lab.has("target") ? JsonFields.text(lab, "lab", "target") : "laplace-d";
        double eps = JsonFields.number(lab, "lab", "eps", 0.05);
        int maxSteps = (int) JsonFields.integer(lab, "lab", "max-steps", 2, 100_000, 1024);
        int particles = (int) JsonFields.integer(lab, "lab", "particles", 10, 4_000_000, 2000);
        return new Lesson.LabSetup(experiment, values, methods, metric, target, eps, maxSteps, particles);
    }
}
