package org.diffuscope.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.StepResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times the sampling loop step by step; the last line is {@code steady_ms_per_step=<mean over the
 * second half>}, the figure the numpy peer prints as "second half: X ms/step".
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the sampling loop; last line: steady_ms_per_step=<mean ms per step over the second half>.")
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    SampleOptions options;

    @Override
    public void run() {
        DiffusedTarget dt = common.diffusedTarget();
        ExperimentConfig config = options.config(common, options.particleCount());
        PrintWriter out = spec.commandLine().getOut();
        int threads = common.threads();
        long setup = System.nanoTime();
        try (SamplingRun run = RunFactory.builder(config, dt, threads).build()) {
            run.init();
            out.printf(Locale.ROOT, "bench %s %s N=%d d=%d steps=%d threads=%d: setup %.1f ms%n", config.sampler().name(),
                    dt.target().kind(), config.particles(), dt.dim(), config.sampler().steps(), threads,
                    (System.nanoTime() - setup) * 1e-6);
            int steps = config.sampler().steps();
            double[] ms = new double[steps];
            int done = 0;
            long loop = System.nanoTime();
            while (!run.isFinished() && done < steps) {
                long t0 = System.nanoTime();
                StepResult r = run.step();
                ms[done] = (System.nanoTime() - t0) * 1e-6;
                out.printf(Locale.ROOT, "step %d t=%.6g %.3f ms%n", done + 1, r.t(), ms[done]);
                done++;
                if (r.diverged()) {
                    out.flush();
                    throw new DivergenceException(r.divergence().message());
                }
            }
            double total = (System.nanoTime() - loop) * 1e-9;
            double sum = 0;
            int half = done / 2;
            for (int i = half; i < done; i++) {
                sum += ms[i];
            }
            double steady = sum / Math.max(1, done - half);
            out.printf(Locale.ROOT, "loop %.3f s, %d steps, %d score evaluations, %.3e particle-score-evals/s%n", total,
                    done, run.nfe(), run.nfe() * (double) config.particles() / total);
            out.printf(Locale.ROOT, "steady_ms_per_step=%.4f%n", steady);
            out.flush();
        }
    }
}
