package org.diffuscope.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Evaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread, nanoseconds per particle-score of the exact score of p_t (OU, t = 0.5) over one block of 256
 * particles: the blocked {@code scoreRows} path the samplers use ({@code rows}) and the per-point {@code score}
 * ({@code points}). Compare with the physical limit in docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScoreKernelBench {

    static final int ROWS = 256;

    /** preset:dimension. */
    @Param({"peer-gmm:2", "peer-gmm-iso:100", "peer-gmm-diag:100", "peer-gmm:100", "peer-gmm:1000", "ring8:2",
            "two-moons:2", "helix:3"})
    public String target;

    @Param({"rows", "points"})
    public String path;

    private Evaluator ev;
    private double[] x;
    private double[] s;
    private int d;

    @Setup
    public void setUp() {
        String[] p = target.split(":");
        d = Integer.parseInt(p[1]);
        DiffusedTarget dt = new DiffusedTarget(Presets.byName(p[0]).orElseThrow().build(d), ForwardProcess.named("ou"));
        ev = dt.marginal(0.5).evaluator();
        x = new double[ROWS * d];
        s = new double[ROWS * d];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < x.length; i++) {
            x[i] = 1.5 * rng.nextGaussian();
        }
        ev.scoreRows(x, 0, ROWS, s);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public double score() {
        if (path.equals("rows")) {
            ev.scoreRows(x, 0, ROWS, s);
        } else {
            for (int i = 0; i < ROWS; i++) {
                ev.score(x, i * d, s, i * d);
            }
        }
        return s[0] + s[s.length - 1];
    }
}
