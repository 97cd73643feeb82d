package org.diffuscope.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.experiment.RunMeasure;
import org.diffuscope.app.io.AtomicFiles;
import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.PointsCsv;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.run.RunConfig;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.StepResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sample}: one sampling run; particles, metrics and trajectories to files (cli.md). */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one sampler (with an optional corrector) and write the particles, metrics and trajectories.")
public final class SampleCommand implements Runnable {

    @Mixin
    CommonOptions common;

    @Mixin
    SampleOptions options;

    @Option(names = "--init", paramLabel = "FILE.csv", description = "Start from these particles (same layout as --out).")
    Path init;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "The particles at t-min: header x0,...,x{d-1}, one per row.")
    Path out;

    @Option(names = "--metrics", paramLabel = "FILE.json", description = "Metrics against the exact p(t-min) (p_0 after --denoise).")
    Path metrics;

    @Option(names = "--trajectory", paramLabel = "FILE.csv", description = "Rows step,t,phase,particle,x0,... (needs --every).")
    Path trajectory;

    @Option(names = "--every", paramLabel = "K", description = "Trajectory rows every K-th step, K >= 1.")
    Integer every;

    @Option(names = "--trajectory-particles", paramLabel = "M", defaultValue = "100",
            description = "Particles in the trajectory file, >= 1. Default: ${DEFAULT-VALUE}.")
    int trajectoryParticles;

    @Override
    public void run() {
        DiffusedTarget dt = common.diffusedTarget();
        checkOutputs();
        Particles start = init == null ? null : PointsCsv.read(init, dt.dim(), "--init");
        if (start != null && start.count() == 0) {
            throw new InputException("--init " + init + " holds no particles");
        }
        if (start != null && options.particles != null && options.particles != start.count()) {
            throw new InputException("--particles " + options.particles + " disagrees with --init, which holds "
                    + start.count() + " particles");
        }
        int count = start != null ? start.count() : options.particleCount();
        ExperimentConfig config = options.config(common, count);
        RunConfig.Builder b = RunFactory.builder(config, dt, common.threads());
        if (start != null) {
            b.initial(start);
        }
        TrajectoryRecorder recorder = trajectory == null ? null
                : new TrajectoryRecorder(every, Math.min(trajectoryParticles, count));
        RunMeasure outcome;
        try (SamplingRun run = build(b)) {
            if (recorder != null) {
                run.addObserver(recorder);
            }
            long t0 = System.nanoTime();
            StepResult r = run.solve();
            double seconds = (System.nanoTime() - t0) * 1e-9;
            if (r.diverged()) {
                throw new DivergenceException(r.divergence().message());
            }
            outcome = RunMeasure.of(run, dt, seconds);
        }
        write(outcome, recorder);
    }

    private static SamplingRun build(RunConfig.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private void checkOutputs() {
        if (out != null) {
            AtomicFiles.checkWritable(out, "--out");
        }
        if (metrics != null) {
            AtomicFiles.checkWritable(metrics, "--metrics");
        }
        if (trajectory != null) {
            AtomicFiles.checkWritable(trajectory, "--trajectory");
            if (every == null) {
                throw new InputException("--trajectory needs --every K (rows every K-th step)");
            }
        }
        if (every != null && every < 1) {
            throw new InputException("--every must be >= 1, got " + every);
        }
        if (trajectoryParticles < 1) {
            throw new InputException("--trajectory-particles must be >= 1, got " + trajectoryParticles);
        }
    }

    private void write(RunMeasure outcome, TrajectoryRecorder recorder) {
        try {
            if (out != null) {
                AtomicFiles.writeText(out, w -> PointsCsv.write(w, outcome.particles(), "x"));
            }
            if (metrics != null) {
                Map<String, Object> json = outcome.json();
                AtomicFiles.writeString(metrics, MetricsJson.write(json));
            }
            if (recorder != null) {
                AtomicFiles.writeText(trajectory, recorder::write);
            }
        } catch (IOException e) {
            throw new InputException("cannot write an output file (" + e.getMessage() + ")");
        }
    }
}
