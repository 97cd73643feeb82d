package org.diffuscope.app.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diffuscope.app.engine.ColorMode;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Phase;

/**
 * Times the 3D renderer alone (no window): a turning camera over N exact samples of linked-rings near t = 0,
 * with the axes box and the exact cloud, into a 1100 x 760 raster. Prints the median milliseconds per frame of
 * 5 alternating rounds per N, wall-clock and CPU time of the painting thread (on a shared machine the CPU time
 * is what the frame costs; the wall time includes waiting for a core). A benchmark, not a test: run its main by
 * hand.
 */
public final class Render3DBenchmark {

    private Render3DBenchmark() {
    }

    /** A frame of n exact samples of linked-rings at t = 0.05 (display = coordinates). */
    public static Frame rings(int n) {
        DiffusedTarget dt = new DiffusedTarget(Presets.byName("linked-rings").orElseThrow().build(),
                ForwardProcess.named("ou"));
        Particles s = dt.sample(0.05, n, 3L);
        float[] pts = new float[n * 3];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = (float) s.data()[i];
        }
        return new Frame(0, 0, 0, 0.05, Phase.INIT, 0, pts, n, 3, null, null, Map.of(), Double.NaN, List.of(),
                List.of(), Map.of(), 1);
    }

    public static void main(String[] args) {
        int[] sizes = {10_000, 100_000, 1_000_000};
        Frame[] frames = new Frame[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            frames[k] = rings(sizes[k]);
        }
        Frame exactFrame = rings(20_000);
        Frame3DRenderer.Exact exact = new Frame3DRenderer.Exact(exactFrame.points(), exactFrame.count());
        AxesBox3D box = AxesBox3D.around(new double[] {-2.8, -2.8, -2.8}, new double[] {2.8, 2.8, 2.8},
                new String[] {"x0", "x1", "x2"});
        Raster r = new Raster(1100, 760);
        Overlays o = Overlays.defaults().withColor(ColorMode.PLAIN);
        Frame3DRenderer renderer = new Frame3DRenderer();
        double[][] ms = new double[sizes.length][5];
        double[][] cpu = new double[sizes.length][5];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < sizes.length; k++) {
                Camera3D cam = Camera3D.fitting(box.lo(), box.hi(), r.width(), r.height());
                int count = sizes[k] >= 1_000_000 ? 30 : 120;
                // warm-up frames, then timed frames, the camera turning 1 degree per frame
                for (int i = 0; i < count / 3; i++) {
                    cam = cam.orbited(Math.toRadians(1), 0);
                    renderer.paint(r, frames[k], cam, box, exact, true, o, Theme.light());
                }
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    cam = cam.orbited(Math.toRadians(1), 0);
                    renderer.paint(r, frames[k], cam, box, exact, true, o, Theme.light());
                }
                ms[k][round] = (System.nanoTime() - t0) / 1e6 / count;
                cpu[k][round] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / count;
            }
        }
        for (int k = 0; k < sizes.length; k++) {
            Arrays.sort(ms[k]);
            Arrays.sort(cpu[k]);
            System.out.printf(Locale.ROOT, "3D render only, %,9d particles: median wall %.2f ms/frame (%.0f fps), "
                    + "CPU %.2f ms/frame (%.0f fps)%n", sizes[k], ms[k][2], 1000 / ms[k][2], cpu[k][2], 1000 / cpu[k][2]);
        }
    }
}
