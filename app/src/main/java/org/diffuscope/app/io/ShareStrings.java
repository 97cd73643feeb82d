package org.diffuscope.app.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.diffuscope.app.viewmodel.Scenario;

/**
 * A scenario as one short line of text to paste into a mail or a chat: {@code diffuscope:} followed by the
 * base64url (no padding) of the raw-deflated compact scenario JSON. Pasting ignores white space and line breaks
 * (mail clients wrap long lines), refuses anything that inflates beyond {@link #MAX_JSON_BYTES}, and reports every
 * problem as an {@link InputException}.
 */
public final class ShareStrings {

    /** The prefix that marks a share string. */
    public static final String PREFIX = "diffuscope:";
    /** The most bytes a share string may inflate to (a scenario is a few kilobytes). */
    public static final int MAX_JSON_BYTES = 1 << 20;

    private final ObjectMapper compact = new ObjectMapper();
    private final ScenarioFiles files = new ScenarioFiles();

    /** The share string of a scenario. */
    public String encode(Scenario s) {
        byte[] json;
        try {
            json = compact.writeValueAsBytes(ScenarioJson.toTree(s, compact));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario cannot be written as JSON", e);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** The scenario of a share string; an InputException says what is wrong with it. */
    public Scenario decode(String text) {
        return files.parse(json(text), "the shared scenario");
    }

    /** The scenario JSON inside a share string. */
    String json(String text) {
        if (text == null) {
            throw new InputException("the clipboard holds no text (copy a string that starts with " + PREFIX + ")");
        }
        String s = text.replaceAll("\\s+", "");
        if (!s.startsWith(PREFIX)) {
            throw new InputException("a shared scenario starts with " + PREFIX + " (got '"
                    + (s.length() > 24 ? s.substring(0, 24) + "…" : s) + "')");
        }
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(s.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InputException("the shared scenario is damaged (not base64url: " + e.getMessage() + ")");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(4 * packed.length + 64);
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new InputException("the shared scenario is incomplete (was it cut off when copied?)");
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_JSON_BYTES) {
                    throw new InputException("the shared scenario unpacks to more than " + (MAX_JSON_BYTES >> 10)
                            + " KiB: it is not one");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new InputException("the shared scenario is damaged (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
    }
}
