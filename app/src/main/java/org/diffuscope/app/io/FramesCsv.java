package org.diffuscope.app.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.engine.SeriesPoint;

/**
 * A run's history as CSV: the trajectories of the first particles in display coordinates (cli.md's trajectory
 * layout, {@code step,t,phase,particle,x0,...}), and the metrics of every frame ({@code index,step,t,phase,nfe,L,}
 * then every metric key in alphabetical order; an empty cell where a frame lacks one).
 */
public final class FramesCsv {

    private FramesCsv() {
    }

    /**
     * Writes one row per frame and particle for the first {@code particles} particles.
     *
     * @param frames  recorded frames with points, oldest first. Not modified.
     * @param columns the name of each display coordinate: the projection's axes ({@code x0}, {@code r1},
     *                {@code PC1}, ...), since the frames hold the projected coordinates
     */
    public static void writeTrajectories(Writer out, List<Frame> frames, int particles, IntFunction<String> columns)
            throws IOException {
        int k = frames.isEmpty() ? 2 : frames.get(0).viewDim();
        StringBuilder sb = new StringBuilder("step,t,phase,particle");
        for (int j = 0; j < k; j++) {
            sb.append(',').append(columns.apply(j));
        }
        out.write(sb.append('\n').toString());
        for (Frame f : frames) {
            float[] p = f.points();
            if (p == null) {
                continue;
            }
            int n = Math.min(particles, f.count());
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append(f.step()).append(',').append(f.t()).append(',').append(f.phase().name().toLowerCase(java.util.Locale.ROOT))
                        .append(',').append(i);
                for (int j = 0; j < f.viewDim(); j++) {
                    sb.append(',').append(p[i * f.viewDim() + j]);
                }
                out.write(sb.append('\n').toString());
            }
        }
    }

    /** Writes one row per frame of the series. Not modified. */
    public static void writeMetrics(Writer out, List<SeriesPoint> series) throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (SeriesPoint s : series) {
            keys.addAll(s.metrics().keySet());
        }
        StringBuilder sb = new StringBuilder("index,step,t,phase,nfe,L");
        for (String key : keys) {
            sb.append(',').append(key);
        }
        out.write(sb.append('\n').toString());
        for (SeriesPoint s : series) {
            sb.setLength(0);
            sb.append(s.index()).append(',').append(s.step()).append(',').append(s.t()).append(',')
                    .append(s.phase().name().toLowerCase(java.util.Locale.ROOT)).append(',').append(s.nfe()).append(',');
            if (Double.isFinite(s.smoothness())) {
                sb.append(s.smoothness());
            }
            Map<String, Double> m = s.metrics();
            for (String key : keys) {
                sb.append(',');
                Double v = m.get(key);
                if (v != null) {
                    sb.append(v.doubleValue());
                }
            }
            out.write(sb.append('\n').toString());
        }
    }
}
