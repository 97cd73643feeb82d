package org.diffuscope.app.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.diffuscope.app.viewmodel.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every file loader fed truncated, mutated and random inputs from fixed seeds: each parse either succeeds or throws
 * an {@link InputException} with a message, never another exception, and returns within a time limit; a failed
 * parse leaves the loader as it was (the next valid file reads the same as before). Covered: target files,
 * scenario files, share strings and every bundled lesson file.
 */
class LoaderFuzzTest {

    /** Generous: a parse takes microseconds; only a hang (an endless loop, a runaway allocation) reaches it. */
    private static final long LIMIT_SECONDS = 10;
    private static final ExecutorService PARSER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-parse");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stop() {
        PARSER.shutdownNow();
    }

    static final List<String> TARGETS = List.of(
            ScenarioFilesTest.CUSTOM,
            "{\"type\": \"circle\", \"center\": [0, 1, 0], \"radius\": 2, \"normal\": [0, 0, 1]}",
            "{\"type\": \"sphere\", \"center\": [0, 0, 0], \"radius\": 1}",
            "{\"type\": \"polyline\", \"points\": [[0, 0], [1, 0], [1, 1]], \"closed\": true}",
            "{\"type\": \"box\", \"lo\": [0, 0, 0], \"hi\": [1, 2, 3]}",
            "{\"type\": \"point-masses\", \"points\": [[0, 0], [1, 0]], \"weights\": [1, 3]}",
            "{\"type\": \"laplace\", \"location\": [0, 0], \"scale\": [1, 2]}",
            "{\"type\": \"mixture\", \"components\": [{\"weight\": 1, \"target\": {\"type\": \"circle\", \"center\": [0, 0],"
                    + " \"radius\": 1}}, {\"weight\": 3, \"target\": {\"type\": \"box\", \"lo\": [-1, -1], \"hi\": [1, 1]}}]}");

    /** What a parse did: "ok", or the InputException's message. */
    private static String outcome(Function<String, ?> parser, String input) {
        Future<String> f = PARSER.submit(() -> {
            try {
                parser.apply(input);
                return "ok";
            } catch (InputException e) {
                return "error: " + e.getMessage();
            }
        });
        try {
            return f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("no answer within " + LIMIT_SECONDS + " s for input: " + abbreviate(input));
        } catch (ExecutionException e) {
            throw new AssertionError("not an InputException (" + e.getCause() + ") for input: " + abbreviate(input),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Every prefix (at every k-th length), one and a few characters changed, spans deleted and repeated, noise. */
    static List<String> mutants(String valid, long seed, int count) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int n = 0; n < valid.length(); n += Math.max(1, valid.length() / 60)) {
            out.add(valid.substring(0, n));
        }
        String alphabet = "{}[]:,\"-.0123456789eE+ntrufalsxyz\\ \n\u00e9\u0000";
        String[] tokens = {"null", "true", "-1", "0", "1e308", "-1e308", "1e-320", "NaN", "\"\"", "[]", "{}",
            "123456789012345678901234567890", "[[[[[[[[", "\"type\"", "\"mixture\"", "2147483648", "-0"};
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder(valid);
            int edits = 1 + rng.nextInt(4);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = rng.nextInt(s.length());
                switch (rng.nextInt(5)) {
                    case 0 -> s.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    case 1 -> s.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
                    case 2 -> s.delete(at, Math.min(s.length(), at + 1 + rng.nextInt(12)));
                    case 3 -> {
                        int end = Math.min(s.length(), at + 1 + rng.nextInt(40));
                        s.insert(end, s.substring(at, end));
                    }
                    default -> {
                        // replace a number-like or word-like run by a nasty token
                        int end = at;
                        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                            end++;
                        }
                        s.replace(at, Math.max(at + 1, end), tokens[rng.nextInt(tokens.length)]);
                    }
                }
            }
            out.add(s.toString());
        }
        for (int i = 0; i < count / 4; i++) {
            byte[] noise = new byte[rng.nextInt(200)];
            rng.nextBytes(noise);
            out.add(new String(noise, StandardCharsets.ISO_8859_1));
            StringBuilder json = new StringBuilder();
            for (int k = rng.nextInt(60); k > 0; k--) {
                json.append(rng.nextBoolean() ? tokens[rng.nextInt(tokens.length)] : alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            out.add(json.toString());
        }
        return out;
    }

    private static int check(Function<String, ?> parser, List<String> inputs) {
        int errors = 0;
        for (String input : inputs) {
            String o = outcome(parser, input);
            if (!"ok".equals(o)) {
                errors++;
                assertTrue(o.length() > "error: ".length() + 8, "a message that says something: " + o);
                assertFalse(o.contains("Exception") || o.contains("\tat "), "no Java internals in: " + o);
            }
        }
        return errors;
    }

    @Test
    void targetFilesFailCleanly() {
        TargetFiles files = new TargetFiles();
        Function<String, ?> parse = s -> files.parse(s, "t.json");
        int inputs = 0;
        int errors = 0;
        for (int i = 0; i < TARGETS.size(); i++) {
            List<String> m = mutants(TARGETS.get(i), 100 + i, 400);
            inputs += m.size();
            errors += check(parse, m);
            // state unchanged: the valid file still reads to the same target after all that
            assertEquals(files.parse(TARGETS.get(i), "a").kind(), new TargetFiles().parse(TARGETS.get(i), "b").kind());
            assertEquals("ok", outcome(parse, TARGETS.get(i)));
        }
        assertTrue(errors > inputs / 2, "most mutants are errors (" + errors + " of " + inputs + "): the fuzzing bites");
    }

    @Test
    void scenarioFilesFailCleanly() {
        ScenarioFiles files = new ScenarioFiles();
        String valid = files.text(ScenarioFilesTest.everythingChanged());
        Scenario before = files.parse(valid, "s");
        List<String> inputs = new ArrayList<>(mutants(valid, 7, 1500));
        inputs.addAll(mutants(files.text(Scenario.defaults()), 8, 500));
        int errors = check(s -> files.parse(s, "s.json"), inputs);
        assertTrue(errors > inputs.size() / 2, "most mutants are errors (" + errors + " of " + inputs.size() + ")");
        assertEquals(before, files.parse(valid, "s"), "the loader keeps no state from the failures");
    }

    @Test
    void shareStringsFailCleanly() {
        ShareStrings share = new ShareStrings();
        String valid = share.encode(ScenarioFilesTest.everythingChanged());
        List<String> inputs = mutants(valid, 9, 1500);
        int errors = check(share::decode, inputs);
        assertTrue(errors > inputs.size() / 2, "most mutants are errors (" + errors + " of " + inputs.size() + ")");
        assertEquals(ScenarioFilesTest.everythingChanged(), share.decode(valid));
    }

    @Test
    void lessonFilesFailCleanly() throws Exception {
        LessonFiles files = new LessonFiles();
        String index = resource("/assets/lessons/index.json");
        var names = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index).get("lessons");
        int inputs = 0;
        int errors = 0;
        for (int i = 0; i < names.size(); i++) {
            String valid = resource("/assets/lessons/" + names.get(i).asText());
            var before = files.parse(valid, "l");
            List<String> m = mutants(valid, 200 + i, 400);
            inputs += m.size();
            errors += check(s -> files.parse(s, "lesson.json"), m);
            assertEquals(before, files.parse(valid, "l"), "the loader keeps no state from the failures");
        }
        assertTrue(names.size() >= 3, "the bundled lessons: " + names.size());
        assertTrue(errors > inputs / 2, "most mutants are errors (" + errors + " of " + inputs + ")");
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = LoaderFuzzTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is in the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
