package org.diffuscope.app.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.diffuscope.core.target.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetFilesTest {

    private final TargetFiles files = new TargetFiles();

    private Target parse(String json) {
        return files.parse(json, "t.json");
    }

    @Test
    void readsEveryKind() {
        assertEquals("gaussian-mixture", parse("""
                {"type": "gaussian-mixture", "components": [
                  {"weight": 0.5, "mean": [-2.0, 0.0], "covariance": [[0.10, 0.02], [0.02, 0.20]]},
                  {"weight": 1.5, "mean": [2.0, 0.0], "covariance": [[0.10, 0.00], [0.00, 0.10]]}]}""").kind());
        assertEquals(2, parse("{\"type\": \"circle\", \"center\": [0, 1], \"radius\": 2}").dim());
        assertEquals(3, parse("{\"type\": \"circle\", \"center\": [0, 1, 0], \"radius\": 2, \"normal\": [0, 0, 1]}").dim());
        assertEquals("sphere", parse("{\"type\": \"sphere\", \"center\": [0, 0, 0], \"radius\": 1}").kind());
        assertEquals("polyline", parse("{\"type\": \"polyline\", \"points\": [[0, 0], [1, 0], [1, 1]], \"closed\": true}").kind());
        assertEquals(3, parse("{\"type\": \"box\", \"lo\": [0, 0, 0], \"hi\": [1, 2, 3]}").dim());
        Target pm = parse("{\"type\": \"point-masses\", \"points\": [[0, 0], [1, 0]], \"weights\": [1, 3]}");
        assertEquals("point-masses", pm.kind());
        assertEquals(0.75, pm.modeWeights()[1], 1e-15);
        assertEquals(4, parse("{\"type\": \"laplace\", \"location\": [0, 0, 0, 0], \"scale\": [1, 1, 2, 2]}").dim());
        Target mix = parse("""
                {"type": "mixture", "components": [
                  {"weight": 1, "target": {"type": "circle", "center": [0, 0], "radius": 1}},
                  {"weight": 3, "target": {"type": "box", "lo": [-1, -1], "hi": [1, 1]}}]}""");
        assertEquals(2, mix.modeCount());
        assertEquals(0.25, mix.modeWeights()[0], 1e-15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": 1, \"mean\": [0, 0], \"covariance\": [[1, 0], [0, 1]]}, {\"weight\": 1, \"mean\": [0, 0], \"covariance\": [[1, 2], [2, 1]]}]}"
            + "|components[1].covariance is not positive definite",
        "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": 1, \"mean\": [0, 0], \"covariance\": [[1, 0.5], [0, 1]]}]}"
            + "|components[0].covariance is not symmetric",
        "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": -1, \"mean\": [0, 0], \"covariance\": [[1, 0], [0, 1]]}]}"
            + "|components[0].weight must be > 0",
        "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": 1, \"mean\": [0, 0], \"covariance\": [[1, 0], [0, 1]]}, {\"weight\": 1, \"mean\": [0, 0, 0], \"covariance\": [[1, 0], [0, 1]]}]}"
            + "|components[1].mean has length 3, expected 2",
        "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": 1, \"mean\": [0, 0], \"covarance\": [[1, 0], [0, 1]]}]}"
            + "|components[0].covarance is not a known field",
        "{\"type\": \"gaussian-mixture\", \"components\": []}|components must have at least 1 element",
        "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": 1, \"mean\": [0, \"a\"], \"covariance\": [[1, 0], [0, 1]]}]}"
            + "|components[0].mean[1] must be a number",
        "{\"type\": \"circle\", \"center\": [0, 0], \"radius\": 0}|radius must be > 0",
        "{\"type\": \"circle\", \"center\": [0, 0, 0], \"radius\": 1}|normal is missing",
        "{\"type\": \"circle\", \"center\": [0], \"radius\": 1}|center must have 2 or 3 numbers",
        "{\"type\": \"box\", \"lo\": [0, 0], \"hi\": [1, 0]}|hi[1] must be > lo[1]",
        "{\"type\": \"laplace\", \"location\": [0, 0], \"scale\": [1]}|scale has length 1, expected 2",
        "{\"type\": \"blob\"}|type 'blob' is not a target type",
        "{\"radius\": 1}|type is missing",
        "[1, 2]|the file must be a JSON object",
        "{\"type\": \"mixture\", \"components\": [{\"weight\": 1, \"target\": {\"type\": \"circle\", \"center\": [0, 0], \"radius\": -1}}]}"
            + "|components[0].target.radius must be > 0",
        "{\"type\": \"mixture\", \"components\": [{\"weight\": 1, \"target\": {\"type\": \"sphere\", \"center\": [0, 0, 0], \"radius\": 1}}, {\"weight\": 1, \"target\": {\"type\": \"circle\", \"center\": [0, 0], \"radius\": 1}}]}"
            + "|components[1].target has dimension 2",
        "{\"type\": \"circle\", \"center\": [0, 0], |not valid JSON",
    })
    void badFilesNameTheField(String json, String expected) {
        InputException e = assertThrows(InputException.class, () -> parse(json));
        assertTrue(e.getMessage().startsWith("t.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should contain '" + expected + "'");
    }
}
