package org.diffuscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

    @TempDir
    Path dir;

    private Path points(String... rows) throws IOException {
        Path p = dir.resolve("in.csv");
        Files.writeString(p, "x0,x1\n" + String.join("\n", rows) + "\n");
        return p;
    }

    @Test
    void writesExactLogDensityAndScoreOfThePreset() throws IOException {
        Path in = points("0.5,1.5", "-3,40", "2,0");
        Path out = dir.resolve("out.csv");
        CliRunner r = CliRunner.run("score", "--target", "ring8", "--process", "vp-linear", "--t", "0.2",
                "--points", in.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("logp,s0,s1", lines.get(0));
        assertEquals(4, lines.size());
        Evaluator ev = new DiffusedTarget(Presets.byName("ring8").orElseThrow().build(2),
                ForwardProcess.named("vp-linear")).marginal(0.2).evaluator();
        double[][] xs = {{0.5, 1.5}, {-3, 40}, {2, 0}};
        for (int i = 0; i < 3; i++) {
            String[] f = lines.get(i + 1).split(",");
            double[] s = ev.score(xs[i]);
            assertEquals(ev.logDensity(xs[i]), Double.parseDouble(f[0]), 0.0, "logp round-trips");
            assertEquals(s[0], Double.parseDouble(f[1]), 0.0);
            assertEquals(s[1], Double.parseDouble(f[2]), 0.0);
        }
    }

    @Test
    void writesToStandardOutputWithoutOut() throws IOException {
        CliRunner r = CliRunner.run("score", "--t", "1", "--points", points("0,0").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("logp,s0,s1\n"), r.out());
        assertEquals(2, r.out().split("\n").length);
    }

    @Test
    void badTimeIsExitTwoNamingTheFlagAndWritesNothing() throws IOException {
        Path out = dir.resolve("never.csv");
        for (String t : new String[] {"-1", "5.5", "NaN", "-1e-9"}) {
            CliRunner r = CliRunner.run("score", "--t", t, "--points", points("0,0").toString(), "--out", out.toString());
            assertEquals(2, r.code(), "t=" + t);
            assertTrue(r.err().contains("--t"), r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void badPointsFilesNameLineAndColumn() throws IOException {
        CliRunner r = CliRunner.run("score", "--t", "1", "--points", points("0,0", "1,abc").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 3") && r.err().contains("abc"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", points("0,0,1").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("line 2") && r.err().contains("expected 2"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", dir.resolve("missing.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void unknownFlagsNamesAndValuesAreExitTwo() throws IOException {
        String in = points("0,0").toString();
        CliRunner r = CliRunner.run("score", "--t", "1", "--points", in, "--bogus");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--bogus"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", in, "--process", "heat");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--process") && r.err().contains("vp-linear"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", in, "--target", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--target") && r.err().contains("nope"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", in, "--seed", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--seed"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", in, "--t-max", "0.5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--t"), r.err());
        r = CliRunner.run("score", "--t", "0.5", "--points", in, "--process", "vp-linear", "--t-max", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--t-max"), r.err());
        r = CliRunner.run("score", "--t", "1", "--points", in, "--out", dir.resolve("no/such/dir.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
    }

    @Test
    void targetFilesWorkAndForbidDim() throws IOException {
        Path target = dir.resolve("two.json");
        Files.writeString(target, """
                {"type": "gaussian-mixture", "components": [
                  {"weight": 0.5, "mean": [-2.0, 0.0], "covariance": [[0.10, 0.02], [0.02, 0.20]]},
                  {"weight": 0.5, "mean": [2.0, 0.0], "covariance": [[0.10, 0.00], [0.00, 0.10]]}]}
                """);
        String in = points("2,0").toString();
        CliRunner r = CliRunner.run("score", "--target", target.toString(), "--t", "0", "--points", in);
        assertEquals(0, r.code(), r.err());
        double logp = Double.parseDouble(r.out().split("\n")[1].split(",")[0]);
        // at t = 0 and x = mu_2, the second component dominates: log(0.5 / (2 pi 0.1))
        assertEquals(Math.log(0.5 / (2 * Math.PI * 0.1)), logp, 1e-9);
        r = CliRunner.run("score", "--target", target.toString(), "--dim", "2", "--t", "1", "--points", in);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--dim"), r.err());
    }

    @Test
    void pointMassesHaveNoDensityAtTimeZero() throws IOException {
        CliRunner r = CliRunner.run("score", "--target", "point-masses", "--t", "0", "--points", points("0,0").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--t") && r.err().contains("no density"), r.err());
    }
}
