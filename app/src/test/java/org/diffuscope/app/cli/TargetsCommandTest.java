package org.diffuscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetsCommandTest {

    @Test
    void listsEveryRequiredPresetAsFourTabSeparatedFields() {
        CliRunner r = CliRunner.run("targets");
        assertEquals(0, r.code(), r.err());
        Map<String, String[]> rows = new HashMap<>();
        for (String line : r.out().split("\n")) {
            String[] f = line.split("\t", -1);
            assertEquals(4, f.length, "line: " + line);
            assertTrue(Integer.parseInt(f[1]) >= 1);
            assertTrue(!f[2].isBlank() && !f[3].isBlank(), "kind and description: " + line);
            rows.put(f[0], f);
        }
        for (String name : List.of("ring8", "grid25", "two-moons", "spiral", "checkerboard", "circle", "word",
                "point-masses", "smiley", "sphere", "helix", "linked-rings", "gmm-d", "peer-gmm")) {
            assertTrue(rows.containsKey(name), "missing preset " + name);
        }
        assertEquals("2", rows.get("ring8")[1]);
        assertEquals("3", rows.get("sphere")[1]);
        assertEquals("3", rows.get("linked-rings")[1]);
        assertEquals("2", rows.get("peer-gmm")[1]);
    }

    @Test
    void helpListsTheSubcommands() {
        CliRunner r = CliRunner.run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("targets") && r.out().contains("score"), r.out());
    }
}
