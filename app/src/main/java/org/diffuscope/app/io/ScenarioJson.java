package org.diffuscope.app.io;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ProcessChoice;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.Scenario;

/**
 * A {@link Scenario} as a JSON tree (README, "Scenario files"): the keys are the command line's flag names, every
 * number round-trips to the same double, and a custom target is embedded as its target-file object.
 */
public final class ScenarioJson {

    /** The value of the {@code format} key that marks a scenario file. */
    public static final String FORMAT = "diffuscope-scenario";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private ScenarioJson() {
    }

    /** The scenario as a JSON object. */
    public static ObjectNode toTree(Scenario s, ObjectMapper mapper) {
        ExperimentConfig c = s.config();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode target = root.putObject("target");
        if (c.target().isPreset()) {
            target.put("preset", c.target().preset());
            target.put("dim", c.target().dim());
        } else {
            target.set("file", customTarget(c.target().json(), mapper));
        }
        ProcessChoice p = c.process();
        root.putObject("process").put("name", p.name()).put("t-min", p.tMin()).put("t-max", p.tMax());
        SamplerChoice sm = c.sampler();
        ObjectNode sampler = root.putObject("sampler").put("name", sm.name()).put("steps", sm.steps())
                .put("grid", sm.grid()).put("rho", sm.rho()).put("s-churn", sm.sChurn()).put("s-tmin", sm.sTmin());
        if (Double.isFinite(sm.sTmax())) {
            sampler.put("s-tmax", sm.sTmax());
        }
        sampler.put("s-noise", sm.sNoise()).put("rtol", sm.rtol()).put("atol", sm.atol());
        CorrectorChoice cc = c.corrector();
        root.putObject("corrector").put("name", cc.name()).put("steps", cc.steps()).put("every", cc.every())
                .put("step", cc.step()).put("friction", cc.friction()).put("snr", cc.snr())
                .put("paper-schedule", cc.paperSchedule());
        root.putObject("score-error").put("kind", c.scoreError().kind()).put("size", c.scoreError().size());
        root.put("particles", c.particles());
        root.put("seed", c.seed());
        root.put("exact-prior", c.exactPrior());
        root.put("forward", c.forward());
        root.put("denoise", c.denoise());
        Overlays o = s.overlays();
        root.putObject("overlays").put("density", o.density()).put("density-style", name(o.densityStyle()))
                .put("field", name(o.field())).put("trail-length", o.trailLength()).put("color", name(o.color()))
                .put("particle-size", o.particleSize()).put("paths", o.paths());
        if (s.view() != null) {
            ObjectNode view = root.putObject("view");
            view.putArray("center").add(s.view().centerX()).add(s.view().centerY());
            view.put("scale", s.view().scale());
        }
        if (s.camera() != null) {
            root.putObject("camera").put("yaw", s.camera().yawDegrees()).put("pitch", s.camera().pitchDegrees())
                    .put("zoom", s.camera().zoom());
        }
        root.putObject("playback").put("speed", s.speed()).put("loop", s.loop());
        return root;
    }

    /** An enum constant as a key word: {@code FINAL_MODE} becomes {@code final-mode}. */
    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static JsonNode customTarget(String json, ObjectMapper mapper) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a custom target holds invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
