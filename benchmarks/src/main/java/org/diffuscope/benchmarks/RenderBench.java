package org.diffuscope.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.FrameRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.PaintMemory;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Phase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Frames per second of the window's pixel work, {@link FrameRenderer#paint}, on a 1200 x 800 raster: ring8's
 * particles at t = 0.3, with the exact-density heat map (a grid cached per time, as the window does) and trails of
 * 16 frames of 1,500 particles ({@code overlays = on}: successive frames painted in turn with the trail kept between
 * paintings, as the window's painter does), or the particles alone ({@code off}). The FX thread's upload of the
 * pixel buffer is not included (measure it in the window: see docs/performance.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RenderBench {

    @Param({"100000", "1000000"})
    public int particles;

    @Param({"on", "off"})
    public String overlays;

    private static final int HISTORY = 64;

    private Raster raster;
    /** Frames painted in turn (with the window's trail kept between paintings; one restart in 48). */
    private final List<Frame> frames = new ArrayList<>();
    private final PaintMemory memory = new PaintMemory();
    private int next;
    private Viewport view;
    private DensityGrid grid;
    private Overlays o;
    private final Theme theme = Theme.light();

    @Setup
    public void setUp() {
        DiffusedTarget dt = new DiffusedTarget(Presets.byName("ring8").orElseThrow().build(), ForwardProcess.named("ou"));
        raster = new Raster(1200, 800);
        view = Viewport.fitting(-3.5, 3.5, -3.5, 3.5, raster.width(), raster.height());
        boolean on = overlays.equals("on");
        // successive frames as a run makes them: the followed particles take a step of ~0.1 (an sde-em step of a
        // 1,000-step run, ~13 pixels) from one frame to the next, and each frame's trail is the 16 frames before it
        float[] points = points(dt.sample(0.3, particles, 1L));
        SplittableRandom rng = new SplittableRandom(2);
        List<float[]> history = new ArrayList<>();
        for (int j = 0; j < (on ? HISTORY : 1); j++) {
            points = points.clone();
            for (int q = 0; q < 2 * Math.min(particles, Overlays.TRAIL_PARTICLES); q++) {
                points[q] += (float) (0.1 * rng.nextGaussian());
            }
            history.add(points);
        }
        for (int j = on ? 16 : 0; j < history.size(); j++) {
            frames.add(new Frame(1, j, j, 0.3, Phase.PREDICTOR, j, history.get(j), particles, 2, null, null, Map.of(), 0,
                    on ? List.copyOf(history.subList(j - 16, j)) : List.of(), List.of(), Map.of(), j + 1));
        }
        o = Overlays.defaults().withDensity(on).withTrailLength(on ? 16 : 0);
        grid = on ? DensityGrid.compute(dt.marginal(0.3), view, 4) : null;
    }

    private static float[] points(Particles p) {
        float[] f = new float[p.count() * 2];
        for (int i = 0; i < p.count(); i++) {
            f[2 * i] = (float) p.get(i, 0);
            f[2 * i + 1] = (float) p.get(i, 1);
        }
        return f;
    }

    @Benchmark
    public int paint() {
        Frame f = frames.get(next++ % frames.size());
        FrameRenderer.paint(raster, f, view, grid, null, o, theme, memory);
        return raster.pixels()[raster.width() * 400 + 600];
    }
}
