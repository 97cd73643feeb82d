package org.diffuscope.app.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared first steps of every JSON data file the app loads (targets, scenarios, lessons): read the text within
 * a size limit and parse it to a tree, each failure an {@link InputException} that names the kind of file, the file
 * and what is wrong with it.
 */
final class JsonInput {

    private JsonInput() {
    }

    /**
     * The file's UTF-8 text.
     *
     * @param kind "target", "scenario", ...: the start of every message
     */
    static String text(Path path, String kind, long maxBytes) {
        try {
            if (Files.size(path) > maxBytes) {
                throw new InputException(kind + " file " + path + " is larger than " + (maxBytes >> 20) + " MiB");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(kind + " file " + path + " does not exist");
        } catch (CharacterCodingException e) {
            throw new InputException(kind + " file " + path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException("cannot read " + kind + " file " + path + " (" + e.getMessage() + ")");
        }
    }

    /** The JSON tree of a non-empty text; source names it in messages. */
    static JsonNode tree(ObjectMapper mapper, String json, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(source + ": not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InputException(source + ": the file is empty");
        }
        return root;
    }
}
