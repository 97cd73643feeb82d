package org.diffuscope.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cli.md's error contract, checked on the built jar as a user runs it ({@code java -jar diffuscope.jar ...} in its
 * own process): exit 0 with the output, 2 with one message naming the flag or field and no stack trace, 3 for a
 * diverging run naming step, time and particles; after 2 or 3 no output file exists; 1 when the window cannot open.
 */
class CliContractIT {

    private static Path jar;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("diffuscope.jar", "target/diffuscope.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar exists (built in package): " + jar.toAbsolutePath());
    }

    private Result run(List<String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Ddiffuscope.config.dir=none", "-jar", jar.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        if (env != null) {
            pb.environment().clear();
            for (String kv : env) {
                pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        Path out = dir.resolve(".stdout");
        Path err = dir.resolve(".stderr");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no exit within 300 s: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(null, args);
    }

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    /** Exit 2: one line on standard error that names what is wrong, no stack trace, no output files. */
    private void assertBadInput(Result r, String names, String... outputs) {
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(names), "names " + names + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        for (String o : outputs) {
            assertFalse(Files.exists(dir.resolve(o)), o + " must not exist after exit 2");
        }
    }

    @Test
    void helpListsEverySubcommandAndEverySubcommandHasHelp() throws Exception {
        Result r = run("--help");
        assertEquals(0, r.code(), r.err());
        for (String sub : List.of("targets", "score", "sample", "sweep", "bench")) {
            assertTrue(r.out().contains(sub), sub + " in --help");
            Result h = run(sub, "--help");
            assertEquals(0, h.code(), sub + " --help: " + h.err());
            assertTrue(h.out().contains("--"), sub + " --help lists flags");
        }
        assertBadInput(run("transmogrify"), "transmogrify");
        assertBadInput(run("--frobnicate"), "--frobnicate");
    }

    @Test
    void targetsListsThePresets() throws Exception {
        Result r = run("targets");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("ring8\t2\t")), r.out());
        assertBadInput(run("targets", "--colour"), "--colour");
    }

    @Test
    void scoreWritesItsFileOrNothing() throws Exception {
        Files.writeString(dir.resolve("in.csv"), "x0,x1\n0,0\n1.5,-2\n");
        Result ok = run("score", "--target", "ring8", "--process", "ou", "--t", "0.1", "--points", p("in.csv"),
                "--out", p("out.csv"));
        assertEquals(0, ok.code(), ok.err());
        assertEquals(3, Files.readAllLines(dir.resolve("out.csv")).size());
        assertBadInput(run("score", "--target", "ring8", "--t", "0.1", "--points", p("in.csv"), "--out",
                p("o1.csv"), "--process", "ouu"), "ouu", "o1.csv");
        assertBadInput(run("score", "--target", "ring8", "--t", "-1", "--points", p("in.csv"), "--out", p("o2.csv")),
                "--t", "o2.csv");
        Files.writeString(dir.resolve("bad.csv"), "x0,x1\n0,zero\n");
        assertBadInput(run("score", "--target", "ring8", "--t", "0.1", "--points", p("bad.csv"), "--out", p("o3.csv")),
                "line 2", "o3.csv");
        Files.writeString(dir.resolve("t.json"), "{\"type\": \"gaussian-mixture\", \"components\": [{\"weight\": 1, "
                + "\"mean\": [0, 0], \"covariance\": [[1, 2], [2, 1]]}]}");
        assertBadInput(run("score", "--target", p("t.json"), "--t", "0.1", "--points", p("in.csv"), "--out",
                p("o4.csv")), "components[0].covariance is not positive definite", "o4.csv");
    }

    @Test
    void sampleExitsZeroTwoOrThreeAndWritesOnlyOnSuccess() throws Exception {
        Result ok = run("sample", "--sampler", "ode-ei", "--steps", "8", "--particles", "500", "--out", p("x.csv"),
                "--metrics", p("m.json"), "--trajectory", p("tr.csv"), "--every", "2");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(501, Files.readAllLines(dir.resolve("x.csv")).size());
        assertTrue(Files.readString(dir.resolve("m.json")).contains("\"nfe\""));
        assertBadInput(run("sample", "--sampler", "rk4", "--steps", "8", "--out", p("y.csv")), "--sampler", "y.csv");
        assertBadInput(run("sample", "--sampler", "ode-ei", "--steps", "0", "--out", p("y.csv"), "--metrics",
                p("y.json")), "--steps", "y.csv", "y.json");
        Result diverged = run("sample", "--sampler", "ode-ei", "--steps", "10", "--particles", "500", "--corrector",
                "ula", "--corrector-step", "5", "--corrector-steps", "200", "--out", p("d.csv"), "--metrics",
                p("d.json"), "--trajectory", p("dt.csv"), "--every", "1");
        assertEquals(3, diverged.code(), diverged.err());
        assertTrue(diverged.err().matches("(?s).*diverged.*step \\d+, t = .*"), diverged.err());
        assertTrue(diverged.err().contains("particle") && diverged.err().contains("smaller"), diverged.err());
        assertFalse(diverged.err().contains("Exception"), diverged.err());
        for (String f : List.of("d.csv", "d.json", "dt.csv")) {
            assertFalse(Files.exists(dir.resolve(f)), f + " must not exist after exit 3");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void sweepAndBenchFollowTheContract() throws Exception {
        Result ok = run("sweep", "--vary", "steps", "--values", "2,4", "--samplers", "ode-ei", "--particles", "300",
                "--out", p("s.csv"));
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readAllLines(dir.resolve("s.csv")).get(0).startsWith("sampler,corrector,vary,value,steps,nfe"));
        assertBadInput(run("sweep", "--vary", "temperature", "--values", "1", "--samplers", "ode-ei", "--out",
                p("s2.csv"), "--plot", p("s2.png")), "--vary", "s2.csv", "s2.png");
        Result bench = run("bench", "--target", "ring8", "--process", "ou", "--sampler", "sde-em", "--particles",
                "1000", "--steps", "4", "--threads", "1");
        assertEquals(0, bench.code(), bench.err());
        List<String> lines = bench.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("steady_ms_per_step=[0-9.eE+-]+"), bench.out());
        assertBadInput(run("bench", "--target", "ring8", "--process", "ou", "--sampler", "sde-em", "--particles",
                "-1", "--steps", "4"), "--particles");
    }

    @Test
    void withoutADisplayTheWindowExitsOneWithAMessage() throws Exception {
        Result r = run(List.of("PATH=" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "DISPLAY="));
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("cannot open the explorer window") && r.err().contains("display"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        // one scenario file goes to the window too (the CLI has no bare .json argument); a missing one is bad input
        Files.writeString(dir.resolve("scene.json"), "{\"format\": \"diffuscope-scenario\"}");
        Result scene = run(List.of("PATH=" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "DISPLAY="),
                p("scene.json"));
        assertEquals(1, scene.code(), scene.out() + scene.err());
        assertTrue(scene.err().contains("cannot open the explorer window"), scene.err());
        assertEquals(2, run(p("missing.json")).code());
    }
}
