package org.diffuscope.app.view;

import java.util.List;
import java.util.Map;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.render.DensityGrid;
import org.diffuscope.app.render.FrameRenderer;
import org.diffuscope.app.render.Overlays;
import org.diffuscope.app.render.Raster;
import org.diffuscope.app.render.Theme;
import org.diffuscope.app.render.Viewport;
import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Phase;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.sampler.Predictors;
import org.diffuscope.core.schedule.TimeGrid;

/**
 * Runs the hot loops once on small problems (score kernels of every mixture shape and of the curve targets, the
 * predictor and corrector steps, frame painting) on a low-priority background thread, so that HotSpot has compiled
 * them by the time the user presses play: the first second of a cold JVM otherwise runs interpreted code
 * (performance.md, lesson 7). Touches no JavaFX node and no shared state.
 */
final class WarmUp {

    /** target preset, dimension, predictor, corrector. */
    private static final List<String[]> RUNS = List.of(
            new String[] {"ring8", "2", "ode-ei", "none"},
            new String[] {"peer-gmm", "2", "sde-em", "ula"},
            new String[] {"peer-gmm", "3", "ode-heun", "none"},
            new String[] {"gmm-d", "10", "dpmpp-2m", "langevin-snr"},
            new String[] {"two-moons", "2", "ddim", "ulmc"});

    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread of minimum priority and returns it. */
    static Thread start() {
        Thread t = new Thread(WarmUp::run, "diffuscope-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /**
     * Runs every warm-up problem; returns false if one failed, which only ends the warm-up early (it is an
     * optimisation: the user's own run reports any real problem).
     */
    static boolean run() {
        try {
            for (int round = 0; round < 2; round++) {
                for (String[] r : RUNS) {
                    Particles p = sample(r[0], Integer.parseInt(r[1]), r[2], r[3]);
                    if (p.dim() == 2) {
                        paint(r[0], p);
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Particles sample(String preset, int dim, String predictor, String corrector) {
        ForwardProcess ou = ForwardProcess.named("ou");
        DiffusedTarget dt = new DiffusedTarget(Presets.byName(preset).orElseThrow().build(dim), ou);
        try (SamplingRun run = SamplingRun.builder(dt)
                .predictor(Predictors.byName(predictor))
                .corrector(corrector.equals("none") ? CorrectorSettings.none()
                        : CorrectorSettings.of(Correctors.byName(corrector)))
                .grid(TimeGrid.named("log-snr", ou, ou.tMin(), ou.tMax(), 12, 7))
                .particles(2048)
                .threads(1)
                .build()) {
            run.solve();
            return run.particles();
        }
    }

    private static void paint(String preset, Particles p) {
        float[] points = new float[2 * p.count()];
        for (int i = 0; i < p.count(); i++) {
            points[2 * i] = (float) p.get(i, 0);
            points[2 * i + 1] = (float) p.get(i, 1);
        }
        DiffusedTarget dt = new DiffusedTarget(Presets.byName(preset).orElseThrow().build(), ForwardProcess.named("ou"));
        Raster raster = new Raster(320, 240);
        Viewport view = Viewport.fitting(-3.5, 3.5, -3.5, 3.5, raster.width(), raster.height());
        DensityGrid grid = DensityGrid.compute(dt.marginal(0.1), view, 4);
        Frame f = new Frame(0, 1, 1, 0.1, Phase.PREDICTOR, 1, points, p.count(), 2, null, null, Map.of(), 0,
                List.of(points), List.of(), Map.of(), 2);
        for (int i = 0; i < 4; i++) {
            FrameRenderer.paint(raster, f, view, grid, null, Overlays.defaults().withTrailLength(4), Theme.light());
        }
    }
}
