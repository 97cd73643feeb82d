package org.diffuscope.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 2D target drawn with the mouse: isotropic Gaussians dropped with a brush, {@code N(center, variance I)} with a
 * weight each, and polylines (uniform in arc length) with a weight each. Its target file (cli.md) is a
 * {@code gaussian-mixture} when there are only Gaussians, a {@code polyline} for one line alone, and a
 * {@code mixture} of those otherwise, so every drawn target is exact at once. Immutable.
 */
public record DrawnTarget(List<Blob> blobs, List<Stroke> strokes) {

    /** An isotropic Gaussian component N((x, y), variance I). */
    public record Blob(double x, double y, double variance, double weight) {
        public Blob {
            ExperimentConfig.require(Double.isFinite(x) && Double.isFinite(y), "a Gaussian's centre must be finite");
            ExperimentConfig.require(variance > 0 && variance <= 1e6, "variance must be in (0, 1e6], got " + variance);
            ExperimentConfig.require(weight > 0 && weight <= 1e6, "weight must be in (0, 1e6], got " + weight);
        }
    }

    /** A polyline through points (x0, y0, x1, y1, ...) with a weight. */
    public record Stroke(double[] xy, double weight) {
        public Stroke {
            ExperimentConfig.require(xy.length >= 4 && xy.length % 2 == 0, "a line needs at least two points");
            ExperimentConfig.require(weight > 0 && weight <= 1e6, "weight must be in (0, 1e6], got " + weight);
            xy = xy.clone();
        }

        @Override
        public double[] xy() {
            return xy.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Stroke s && java.util.Arrays.equals(xy, s.xy) && weight == s.weight;
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(xy) + Double.hashCode(weight);
        }
    }

    public DrawnTarget {
        blobs = List.copyOf(blobs);
        strokes = List.copyOf(strokes);
    }

    public static DrawnTarget empty() {
        return new DrawnTarget(List.of(), List.of());
    }

    public boolean isEmpty() {
        return blobs.isEmpty() && strokes.isEmpty();
    }

    public DrawnTarget withBlob(Blob b) {
        List<Blob> next = new ArrayList<>(blobs);
        next.add(b);
        return new DrawnTarget(next, strokes);
    }

    public DrawnTarget withStroke(Stroke s) {
        List<Stroke> next = new ArrayList<>(strokes);
        next.add(s);
        return new DrawnTarget(blobs, next);
    }

    /** Without the last Gaussian or line drawn (lines count after Gaussians when both exist: see {@code lastWasLine}). */
    public DrawnTarget undo(boolean lastWasLine) {
        if (lastWasLine && !strokes.isEmpty()) {
            return new DrawnTarget(blobs, strokes.subList(0, strokes.size() - 1));
        }
        if (!blobs.isEmpty()) {
            return new DrawnTarget(blobs.subList(0, blobs.size() - 1), strokes);
        }
        return strokes.isEmpty() ? this : new DrawnTarget(blobs, strokes.subList(0, strokes.size() - 1));
    }

    /** The target file JSON (cli.md), compact; numbers printed so that they read back as the same doubles. */
    public String json() {
        ExperimentConfig.require(!isEmpty(), "draw at least one Gaussian or one line");
        double blobWeight = 0;
        for (Blob b : blobs) {
            blobWeight += b.weight();
        }
        String gmm = blobs.isEmpty() ? null : gaussians();
        if (strokes.isEmpty()) {
            return gmm;
        }
        if (gmm == null && strokes.size() == 1) {
            return line(strokes.get(0));
        }
        StringBuilder sb = new StringBuilder("{\"type\":\"mixture\",\"components\":[");
        boolean first = true;
        if (gmm != null) {
            sb.append("{\"weight\":").append(blobWeight).append(",\"target\":").append(gmm).append('}');
            first = false;
        }
        for (Stroke s : strokes) {
            sb.append(first ? "" : ",").append("{\"weight\":").append(s.weight()).append(",\"target\":")
                    .append(line(s)).append('}');
            first = false;
        }
        return sb.append("]}").toString();
    }

    private String gaussians() {
        StringBuilder sb = new StringBuilder("{\"type\":\"gaussian-mixture\",\"components\":[");
        for (int i = 0; i < blobs.size(); i++) {
            Blob b = blobs.get(i);
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"weight\":%s,\"mean\":[%s,%s],\"covariance\":[[%s,0.0],[0.0,%s]]}", b.weight(), b.x(), b.y(),
                    b.variance(), b.variance()));
        }
        return sb.append("]}").toString();
    }

    private static String line(Stroke s) {
        StringBuilder sb = new StringBuilder("{\"type\":\"polyline\",\"points\":[");
        double[] xy = s.xy();
        for (int i = 0; i < xy.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append('[').append(xy[i]).append(',').append(xy[i + 1]).append(']');
        }
        return sb.append("]}").toString();
    }
}
