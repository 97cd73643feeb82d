package org.diffuscope.app.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ProcessChoice;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.Scenario;
import org.diffuscope.app.viewmodel.ScoreErrorChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioFilesTest {

    private final ScenarioFiles files = new ScenarioFiles();
    private final ShareStrings share = new ShareStrings();

    static final String CUSTOM = "{\"type\":\"gaussian-mixture\",\"components\":["
            + "{\"weight\":0.25,\"mean\":[-1.5,0.1],\"covariance\":[[0.05,0.0],[0.0,0.05]]},"
            + "{\"weight\":0.75,\"mean\":[1.0,2.0],\"covariance\":[[0.1,0.02],[0.02,0.2]]}]}";

    /** A scenario with every setting away from its default, numbers chosen so that decimal printing must round-trip. */
    static Scenario everythingChanged() {
        ExperimentConfig c = new ExperimentConfig(TargetChoice.custom(CUSTOM), new ProcessChoice("vp-linear", 2e-3, 0.9),
                new SamplerChoice("ode-heun", 17, "edm", 5.5, 0.3, 0.01, 0.7, 1.003, 1e-4, 3e-6),
                new CorrectorChoice("ulmc", 3, 2, "0.037", 1.7, 0.2, true),
                new ScoreErrorChoice("field", 0.1 + 0.2), 12_345, -987_654_321_012L, true, false, true);
        Overlays o = new Overlays(false, Overlays.DensityStyle.BOTH, Overlays.FieldKind.ODE, 17, ColorMode.FINAL_MODE, 3, false);
        return new Scenario(c, o, new Scenario.View(0.1, -2.0 / 3, 123.456),
                new Scenario.Camera(-137.25, 1.0 / 3, 2.0 / 7), 0, true);
    }

    @Test
    void everySettingRoundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Scenario s = everythingChanged();
        Path p = dir.resolve("scene.json");
        files.write(p, s);
        assertEquals(s, files.read(p));
        assertEquals(Scenario.defaults(), files.parse(files.text(Scenario.defaults()), "d"));
        // a preset that scales with d keeps its dimension; s-tmax = infinity is left out of the file and comes back
        Scenario gmm = Scenario.defaults().withConfig(ExperimentConfig.defaults().withTarget(TargetChoice.preset("gmm-d", 7)));
        assertEquals(gmm, files.parse(files.text(gmm), "g"));
        assertTrue(files.isScenario(files.text(s)));
        assertTrue(!files.isScenario(CUSTOM) && !files.isScenario("{"));
    }

    @Test
    void leftOutKeysTakeTheDefaultScenesValues() {
        Scenario s = files.parse("{\"format\": \"diffuscope-scenario\", \"sampler\": {\"name\": \"sde-em\"},"
                + " \"particles\": 500}", "s.json");
        ExperimentConfig d = ExperimentConfig.defaults();
        assertEquals(d.withSampler(SamplerChoice.defaults("sde-em")).withParticles(500), s.config());
        assertEquals(Overlays.defaults(), s.overlays());
        assertNull(s.view(), "no view: fit the data");
        assertNull(s.camera(), "no camera: the fitted default angle");
        assertEquals(new Scenario.Camera(30, -20, 1), files.parse("{\"format\": \"diffuscope-scenario\","
                + " \"camera\": {\"yaw\": 30, \"pitch\": -20}}", "c.json").camera(), "zoom defaults to the fit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"format\": \"diffuscope-scenario\", \"samplr\": {}}|samplr is not a known field",
        "{\"format\": \"diffuscope-scenario\", \"sampler\": {\"steps\": 0}}|sampler.steps must be a whole number in 1..100000, got 0",
        "{\"format\": \"diffuscope-scenario\", \"sampler\": {\"steps\": 2.5}}|sampler.steps must be a whole number",
        "{\"format\": \"diffuscope-scenario\", \"sampler\": {\"name\": \"magic\"}}|sampler.name: sampler must be one of",
        "{\"format\": \"diffuscope-scenario\", \"target\": {\"preset\": \"nope\"}}|target.preset 'nope' is not a preset",
        "{\"format\": \"diffuscope-scenario\", \"target\": {\"preset\": \"ring8\", \"dim\": 3}}|target.dim must be 2 for preset ring8",
        "{\"format\": \"diffuscope-scenario\", \"target\": {\"file\": {\"type\": \"circle\", \"center\": [0, 0], \"radius\": -1}}}|target.file: radius must be > 0",
        "{\"format\": \"diffuscope-scenario\", \"process\": {\"name\": \"ve\"}, \"sampler\": {\"grid\": \"ou-uniform\"}}|sampler.grid",
        "{\"format\": \"diffuscope-scenario\", \"process\": {\"t-max\": -1}}|process: t-max must be in",
        "{\"format\": \"diffuscope-scenario\", \"particles\": 0}|particles must be a whole number in 1..4000000, got 0",
        "{\"format\": \"diffuscope-scenario\", \"overlays\": {\"color\": \"pink\"}}|overlays.color 'pink' is not one of plain, mode, final-mode, speed, error",
        "{\"format\": \"diffuscope-scenario\", \"view\": {\"center\": [0], \"scale\": 1}}|view.center has length 1, expected 2",
        "{\"format\": \"diffuscope-scenario\", \"view\": {\"center\": [0, 0], \"scale\": 0}}|view.scale must be in",
        "{\"format\": \"diffuscope-scenario\", \"playback\": {\"speed\": -1}}|playback.speed must be in [0, 240]",
        "{\"format\": \"diffuscope-scenario\", \"camera\": {\"yaw\": 30}}|camera.pitch is missing",
        "{\"format\": \"diffuscope-scenario\", \"camera\": {\"yaw\": 30, \"pitch\": 90}}|camera.pitch must be in [-89, 89] degrees, got 90",
        "{\"format\": \"diffuscope-scenario\", \"camera\": {\"yaw\": 400, \"pitch\": 0}}|camera.yaw must be in [-360, 360] degrees, got 400",
        "{\"format\": \"diffuscope-scenario\", \"camera\": {\"yaw\": 0, \"pitch\": 0, \"zoom\": 0}}|camera.zoom must be in [0.001, 1000]",
        "{\"format\": \"diffuscope-scenario\", \"camera\": {\"yaw\": 0, \"pitch\": 0, \"roll\": 1}}|camera.roll is not a known field",
        "{\"format\": \"diffuscope-scenario\", \"corrector\": {\"name\": \"ula\", \"step\": \"big\"}}|corrector: corrector-step must be default, auto or a number",
        "{\"format\": \"diffuscope-scenario\", \"version\": 2}|version 2 is newer than this Diffuscope reads",
        "{\"format\": \"something-else\"}|format must be diffuscope-scenario",
        "[1, 2]|the file must be a JSON object",
        "{\"format\": \"diffuscope-scenario\",|not valid JSON (line 1",
    })
    void badFilesNameTheKeyAndWhatIsAllowed(String json, String message) {
        InputException e = assertThrows(InputException.class, () -> files.parse(json, "s.json"));
        assertTrue(e.getMessage().startsWith("s.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aShareStringIsShortAndSurvivesMailWrapping() {
        Scenario s = everythingChanged();
        String text = share.encode(s);
        assertTrue(text.startsWith("diffuscope:"), text);
        assertTrue(text.matches("diffuscope:[A-Za-z0-9_-]+"), "one line of URL-safe characters: " + text);
        assertEquals(s, share.decode(text));
        String plain = share.encode(Scenario.defaults());
        assertTrue(plain.length() < 600, "short enough to mail: " + plain.length() + " characters");
        StringBuilder wrapped = new StringBuilder("  ");
        for (int i = 0; i < text.length(); i += 60) {
            wrapped.append(text, i, Math.min(text.length(), i + 60)).append("\r\n> ".substring(0, 2));
        }
        assertEquals(s, share.decode(wrapped.toString()));
    }

    @Test
    void damagedShareStringsSayWhatIsWrong() {
        String text = share.encode(everythingChanged());
        assertTrue(assertThrows(InputException.class, () -> share.decode(text.substring(0, text.length() / 2)))
                .getMessage().contains("incomplete"));
        assertTrue(assertThrows(InputException.class, () -> share.decode("hello")).getMessage()
                .contains("starts with diffuscope:"));
        assertTrue(assertThrows(InputException.class, () -> share.decode("diffuscope:***")).getMessage()
                .contains("damaged"));
        assertTrue(assertThrows(InputException.class, () -> share.decode(null)).getMessage().contains("no text"));
    }

    @Test
    void aShareStringThatUnpacksToMegabytesIsRefused() {
        java.util.zip.Deflater d = new java.util.zip.Deflater(9, true);
        d.setInput(new byte[8 << 20]);
        d.finish();
        byte[] buf = new byte[1 << 16];
        int n = d.deflate(buf);
        d.end();
        String bomb = ShareStrings.PREFIX + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.Arrays.copyOf(buf, n));
        assertTrue(assertThrows(InputException.class, () -> share.decode(bomb)).getMessage().contains("more than"));
    }

    @Test
    void aMissingOrHugeFileIsAnInputError(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(InputException.class, () -> files.read(dir.resolve("none.json"))).getMessage()
                .contains("does not exist"));
        Path bad = dir.resolve("latin1.json");
        Files.write(bad, new byte[] {'{', (byte) 0xE9, '}'});
        assertTrue(assertThrows(InputException.class, () -> files.read(bad)).getMessage().contains("UTF-8"));
    }

    @Test
    void theReadmesExampleIsAValidScenario() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("### Scenario files");
        int start = readme.indexOf("```json", section) + "```json".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        Scenario s = files.parse(json, "README.md");
        assertEquals("two-moons", s.config().target().preset());
        assertEquals(42, s.config().seed());
        assertEquals(ColorMode.FINAL_MODE, s.overlays().color());
        assertEquals(new Scenario.View(0.5, 0.25, 120.0), s.view());
        String text = share.encode(s);
        assertTrue(text.length() < 600, "the share string is short: " + text.length());
    }
}
