package org.diffuscope.benchmarks;

import java.util.concurrent.TimeUnit;

import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.Snapshot;
import org.diffuscope.core.run.StepResult;
import org.diffuscope.core.sampler.Predictors;
import org.diffuscope.core.schedule.TimeGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Microseconds per step of a whole run (score, noise, update; corrector included when one is set) for every
 * predictor, and for every corrector after an ode-euler predictor: 10,000 particles of peer-gmm in d = 2 under OU,
 * 1,000 uniform steps, one thread. A run that finishes starts again from its initial state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StepBench {

    /** predictor+corrector. */
    @Param({"sde-em+none", "sde-ei+none", "ancestral+none", "ode-euler+none", "ddim+none", "ode-heun+none",
            "ode-ei+none", "dpmpp-2m+none", "rk45+none", "ode-euler+ula", "ode-euler+ulmc", "ode-euler+langevin-snr",
            "ode-euler+mala"})
    public String method;

    @Param({"10000"})
    public int particles;

    private SamplingRun run;
    private Snapshot start;

    @Setup(Level.Trial)
    public void setUp() {
        String[] m = method.split("\\+");
        ForwardProcess ou = ForwardProcess.named("ou");
        DiffusedTarget dt = new DiffusedTarget(Presets.byName("peer-gmm").orElseThrow().build(2), ou);
        run = SamplingRun.builder(dt)
                .predictor(Predictors.byName(m[0]))
                .corrector(m[1].equals("none") ? CorrectorSettings.none() : CorrectorSettings.of(Correctors.byName(m[1])))
                .grid(TimeGrid.named("uniform", ou, ou.tMin(), ou.tMax(), 1000, 7))
                .particles(particles)
                .seed(1)
                .threads(1)
                .build();
        run.init();
        start = run.snapshot();
    }

    @Benchmark
    public StepResult step() {
        if (run.isFinished()) {
            run.restore(start);
        }
        return run.step();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        run.close();
    }
}
