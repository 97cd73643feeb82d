package org.diffuscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window with a document, and which go to the command line. */
class LauncherTest {

    @Test
    void oneExistingJsonFileOrAShareStringOpensTheWindow(@TempDir Path dir) throws Exception {
        Path scene = Files.writeString(dir.resolve("scene.JSON"), "{}");
        assertEquals(scene.toString(), Launcher.windowDocument(new String[] {scene.toString()}));
        assertEquals("diffuscope:AbC", Launcher.windowDocument(new String[] {"diffuscope:AbC"}));
        // everything else is the command line's, which explains what is wrong
        assertNull(Launcher.windowDocument(new String[] {dir.resolve("missing.json").toString()}));
        assertNull(Launcher.windowDocument(new String[] {"targets"}));
        assertNull(Launcher.windowDocument(new String[] {scene.toString(), "--help"}));
        assertNull(Launcher.windowDocument(new String[] {dir.toString()}));
    }
}
