package org.diffuscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCommandTest {

    @TempDir
    Path dir;

    private String p(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void writesParticlesMetricsAndTrajectories() throws IOException {
        CliRunner r = CliRunner.run("sample", "--sampler", "ode-ei", "--steps", "20", "--particles", "3000",
                "--corrector", "ulmc", "--out", p("x.csv"), "--metrics", p("m.json"),
                "--trajectory", p("tr.csv"), "--every", "5", "--trajectory-particles", "4");
        assertEquals(0, r.code(), r.err());
        List<String> x = Files.readAllLines(dir.resolve("x.csv"));
        assertEquals("x0,x1", x.get(0));
        assertEquals(3001, x.size());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("m.json").toFile());
        for (String key : new String[] {"nfe", "logp_evals", "steps", "rejected_steps", "seconds", "t_final",
            "mean_error", "cov_error", "mode_weight_error", "sliced_w2", "cross_entropy", "entropy", "acceptance"}) {
            assertTrue(m.has(key), "metrics has " + key);
        }
        assertEquals(40, m.get("nfe").asInt(), "20 predictor + 20 corrector evaluations");
        assertEquals(20, m.get("steps").asInt());
        assertEquals(1e-3, m.get("t_final").asDouble());
        assertTrue(m.get("mean_error").asDouble() < 0.1, m.toString());
        List<String> tr = Files.readAllLines(dir.resolve("tr.csv"));
        assertEquals("step,t,phase,particle,x0,x1", tr.get(0));
        // steps 5, 10, 15, 20; a predictor and a corrector phase each; 4 particles
        assertEquals(1 + 4 * 2 * 4, tr.size());
        assertTrue(tr.get(1).startsWith("5,") && tr.get(1).contains(",predictor,0,"), tr.get(1));
        assertTrue(tr.stream().anyMatch(l -> l.contains(",corrector,3,")));
    }

    @Test
    void sameSeedSameParticlesForAnyThreadCount() throws IOException {
        for (String threads : new String[] {"1", "2", "3"}) {
            CliRunner r = CliRunner.run("sample", "--sampler", "sde-em", "--steps", "15", "--particles", "1500",
                    "--corrector", "ula", "--seed", "42", "--threads", threads, "--out", p("x" + threads + ".csv"));
            assertEquals(0, r.code(), r.err());
        }
        byte[] one = Files.readAllBytes(dir.resolve("x1.csv"));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("x2.csv")));
        assertArrayEquals(one, Files.readAllBytes(dir.resolve("x3.csv")));
        CliRunner other = CliRunner.run("sample", "--sampler", "sde-em", "--steps", "15", "--particles", "1500",
                "--corrector", "ula", "--seed", "43", "--out", p("y.csv"));
        assertEquals(0, other.code());
        assertFalse(java.util.Arrays.equals(one, Files.readAllBytes(dir.resolve("y.csv"))), "another seed differs");
    }

    @Test
    void initStartsFromTheGivenParticles() throws IOException {
        Files.writeString(dir.resolve("init.csv"), "x0,x1\n0.5,0.5\n-1,2\n");
        CliRunner r = CliRunner.run("sample", "--sampler", "ddim", "--steps", "10", "--init", p("init.csv"),
                "--out", p("x.csv"));
        assertEquals(0, r.code(), r.err());
        assertEquals(3, Files.readAllLines(dir.resolve("x.csv")).size());
        r = CliRunner.run("sample", "--sampler", "ddim", "--steps", "10", "--init", p("init.csv"), "--particles", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--particles") && r.err().contains("--init"), r.err());
    }

    @Test
    void aDivergingRunExitsThreeNamingStepTimeAndCountAndWritesNothing() {
        CliRunner r = CliRunner.run("sample", "--sampler", "ode-ei", "--steps", "10", "--particles", "500",
                "--corrector", "ula", "--corrector-step", "5", "--corrector-steps", "200",
                "--out", p("x.csv"), "--metrics", p("m.json"));
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("diverged") && r.err().contains("step") && r.err().contains("t = ")
                && r.err().contains("particle") && r.err().contains("smaller"), r.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
        assertFalse(Files.exists(dir.resolve("m.json")));
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badFlagsAreExitTwoNamingTheFlag() {
        String[][] cases = {
            {"--sampler", "rk4", "--sampler"},
            {"--steps", "0", "--steps"},
            {"--particles", "-5", "--particles"},
            {"--corrector", "hmc", "--corrector"},
            {"--corrector-step", "big", "--corrector-step"},
            {"--friction", "-1", "--friction"},
            {"--score-error", "wobble:1", "--score-error"},
            {"--score-error", "field:x", "--score-error"},
            {"--grid", "cosine", "--grid"},
            {"--prior", "flat", "--prior"},
            {"--corrector-schedule", "paper", "--corrector-schedule"},
            {"--rtol", "2", "--rtol"},
        };
        for (String[] c : cases) {
            CliRunner r = CliRunner.run("sample", c[0], c[1], "--out", p("never.csv"));
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[2]), c[0] + " " + c[1] + " -> " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(dir.resolve("never.csv")));
        }
        CliRunner ve = CliRunner.run("sample", "--process", "ve", "--grid", "ou-uniform");
        assertEquals(2, ve.code());
        assertTrue(ve.err().contains("ou-uniform"), ve.err());
        CliRunner tr = CliRunner.run("sample", "--trajectory", p("t.csv"));
        assertEquals(2, tr.code());
        assertTrue(tr.err().contains("--every"), tr.err());
    }
}
