package org.diffuscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepAndBenchTest {

    @TempDir
    Path dir;

    @Test
    void sweepWritesOneRowPerRunAndAPlot() throws IOException {
        Path out = dir.resolve("r.csv");
        Path png = dir.resolve("r.png");
        CliRunner r = CliRunner.run("sweep", "--vary", "steps", "--values", "4,16", "--samplers", "ode-ei,sde-em",
                "--correctors", "none,ula", "--particles", "800", "--metric", "cov_error",
                "--out", out.toString(), "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        String[] header = lines.get(0).split(",");
        assertEquals(List.of("sampler", "corrector", "vary", "value", "steps", "nfe"), List.of(header).subList(0, 6));
        assertEquals("diverged", header[header.length - 1]);
        assertTrue(List.of(header).contains("cov_error") && List.of(header).contains("sliced_w2"));
        assertEquals(1 + 2 * 2 * 2, lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals("ode-ei", first[0]);
        assertEquals("none", first[1]);
        assertEquals("steps", first[2]);
        assertEquals(4.0, Double.parseDouble(first[3]));
        assertEquals("4", first[4]);
        assertEquals("4", first[5]);
        assertEquals("false", first[first.length - 1]);
        // ode-ei with ula at 16 steps: 16 predictor + 16 corrector evaluations
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("ode-ei,ula,steps,16.0,16,32,")), String.join("\n", lines));
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertTrue(img.getWidth() >= 640);
    }

    @Test
    void reachFindsTheStepsNeededPerDimensionAndPlotsThem() throws IOException {
        Path out = dir.resolve("reach.csv");
        Path png = dir.resolve("reach.png");
        CliRunner r = CliRunner.run("sweep", "--vary", "dim", "--values", "1,8", "--target", "laplace-d",
                "--samplers", "ode-ei", "--metric", "product_kl", "--reach", "0.05", "--max-steps", "256",
                "--particles", "2000", "--out", out.toString(), "--plot", png.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(3, lines.size());
        int reached = header.indexOf("reached");
        int kl = header.indexOf("product_kl");
        for (String line : lines.subList(1, 3)) {
            String[] f = line.split(",", -1);
            assertEquals("true", f[reached], line);
            assertTrue(Integer.parseInt(f[4]) >= 2, line);
            assertTrue(Double.parseDouble(f[kl]) <= 0.05, line);
        }
        assertNotNull(ImageIO.read(png.toFile()));
        CliRunner bad = CliRunner.run("sweep", "--vary", "steps", "--values", "4", "--samplers", "ode-ei",
                "--reach", "0.1", "--out", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--reach"), bad.err());
    }

    @Test
    void aDivergedRunIsADataPointNotAnExit() throws IOException {
        Path out = dir.resolve("d.csv");
        CliRunner r = CliRunner.run("sweep", "--vary", "corrector-steps", "--values", "1,200", "--samplers", "ode-ei",
                "--correctors", "ula", "--corrector-step", "5", "--steps", "5", "--particles", "300", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(2).endsWith(",true"), lines.get(2));
    }

    @Test
    void badSweepsAreExitTwoAndRunNothing() {
        Path out = dir.resolve("never.csv");
        String[][] cases = {
            {"--vary", "temperature", "--values", "1", "--samplers", "ode-ei"},
            {"--vary", "steps", "--values", "1,x", "--samplers", "ode-ei"},
            {"--vary", "steps", "--values", "2.5", "--samplers", "ode-ei"},
            {"--vary", "steps", "--values", "4", "--samplers", "ode-rk9"},
            {"--vary", "steps", "--values", "4", "--samplers", "ode-ei", "--correctors", "hmc"},
            {"--vary", "dim", "--values", "0", "--samplers", "ode-ei", "--target", "gmm-d"},
        };
        for (String[] c : cases) {
            String[] args = new String[c.length + 3];
            args[0] = "sweep";
            System.arraycopy(c, 0, args, 1, c.length);
            args[c.length + 1] = "--out";
            args[c.length + 2] = out.toString();
            CliRunner r = CliRunner.run(args);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains("--"), r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void benchEndsWithTheSteadyTimePerStep() {
        CliRunner r = CliRunner.run("bench", "--target", "peer-gmm", "--process", "ou", "--t-max", "5", "--grid",
                "uniform", "--sampler", "sde-em", "--particles", "2000", "--steps", "6", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("steady_ms_per_step=[0-9.]+"), last);
        assertEquals(6, java.util.Arrays.stream(lines).filter(l -> l.startsWith("step ")).count());
    }
}
