package org.diffuscope.app.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diffuscope.app.viewmodel.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LessonFilesTest {

    private final LessonFiles files = new LessonFiles();

    @Test
    void theSixDemonstrationsAreBundledAndValid() {
        List<Lesson> lessons = files.bundled();
        assertEquals(6, lessons.size());
        for (Lesson l : lessons) {
            assertFalse(l.summary().isBlank(), l.title());
            assertFalse(l.watch().isEmpty(), l.title());
        }
        assertEquals(Lesson.Mode.RACE, lessons.get(0).mode());
        assertEquals(3, lessons.get(0).lanes().size());
        Lesson wrong = lessons.get(1);
        assertEquals(0.7, wrong.scenario().config().process().tMax(), "the wrong start's short t-max");
        Lesson smooth = lessons.get(2);
        assertFalse(smooth.scenario().config().target().isPreset(), "a custom narrow ring");
        assertEquals("field", lessons.get(3).scenario().config().scoreError().kind());
        assertEquals(Lesson.Mode.LAB, lessons.get(4).mode());
        assertEquals("dimension", lessons.get(4).lab().experiment());
        assertEquals("final-mode", lessons.get(5).scenario().overlays().color().name().toLowerCase().replace('_', '-'));
    }

    private static final String GOOD = "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", "
            + "\"mode\": \"explore\", \"scenario\": {\"sampler\": {\"name\": \"ode-ei\", \"steps\": 10}}}";

    @Test
    void aMinimalLessonTakesTheDefaultsForEverythingElse() {
        Lesson l = files.parse(GOOD, "min.json");
        assertEquals(10, l.scenario().config().sampler().steps());
        assertTrue(l.autoplay());
        assertTrue(l.watch().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"format\": \"diffuscope-scenario\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"explore\", \"scenario\": {}}|format must be diffuscope-lesson",
        "{\"format\": \"diffuscope-lesson\", \"summary\": \"s\", \"mode\": \"explore\", \"scenario\": {}}|title is missing",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"cinema\", \"scenario\": {}}|mode must be explore, race or lab",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"explore\", \"scenario\": {\"particles\": -4}}|particles",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"explore\", \"scenario\": {}, \"colour\": 1}|colour is not a known field",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"race\", \"scenario\": {}, \"race\": {\"lanes\": [{\"sampler\": \"ode-ei\"}, {\"sampler\": \"warp\"}]}}|race.lanes[1]: sampler must be one of",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"race\", \"scenario\": {}}|race.lanes must list 2 to 4 panes",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"lab\", \"scenario\": {}, \"lab\": {\"experiment\": \"alchemy\", \"values\": [1]}}|lab.experiment must be one of",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"lab\", \"scenario\": {}}|lab is required",
        "{\"format\": \"diffuscope-lesson\", \"title\": \"t\", \"summary\": \"s\", \"mode\": \"explore\", \"scenario\": {}, \"watch\": [1]}|watch[0] must be a string",
        "{\"format\": \"diffuscope-lesson\", |not valid JSON",
    })
    void badLessonsNameTheField(String json, String expected) {
        InputException e = assertThrows(InputException.class, () -> files.parse(json, "l.json"));
        assertTrue(e.getMessage().startsWith("l.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should contain '" + expected + "'");
    }
}
