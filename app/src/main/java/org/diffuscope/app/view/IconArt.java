package org.diffuscope.app.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.diffuscope.app.io.Images;
import org.diffuscope.app.render.Colors;
import org.diffuscope.app.render.Raster;

/**
 * The application icon, drawn by arithmetic so that every size is sharp and the files in assets/icons can be
 * checked against it: a cloud of noise dots flowing along the probability-flow paths into a ring of eight modes,
 * on a blue rounded square. Pixels are covered analytically (coverage = clamp(r + 1/2 - distance)), so the
 * result is the same on every Java.
 */
public final class IconArt {

    /** The sizes shipped in assets/icons. */
    public static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final int PARTICLES = 160;
    private static final int MODES = 8;

    private IconArt() {
    }

    /** The icon at size x size pixels. */
    public static Raster draw(int size) {
        Raster r = new Raster(size, size);
        double s = size;
        double corner = 0.2 * s;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double cov = roundedSquareCoverage(x + 0.5, y + 0.5, s, corner);
                double u = (x + y) / (2.0 * s);
                int bg = mix(0xFF1F4E79, 0xFF2E75B6, u);
                r.set(x, y, Colors.withAlpha(bg, (int) Math.round(255 * cov)));
            }
        }
        double cx = 0.5 * s;
        double cy = 0.5 * s;
        double ring = 0.31 * s;
        // the ring the modes sit on, faint
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double d = Math.abs(Math.hypot(x + 0.5 - cx, y + 0.5 - cy) - ring);
                double cov = clamp(Math.max(0.5, 0.008 * s) + 0.5 - d);
                if (cov > 0) {
                    int under = r.get(x, y);
                    int blended = Colors.over(Colors.withAlpha(0xFFFFFFFF, (int) Math.round(70 * cov)), under | 0xFF000000);
                    r.set(x, y, Colors.withAlpha(blended, Colors.alpha(under)));
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(8);
        for (int i = 0; i < PARTICLES; i++) {
            int mode = i % MODES;
            double angle = 2 * Math.PI * mode / MODES + 0.35;
            // a noise point near the centre, and where the flow takes it: a mode on the ring
            double nx = cx + 0.11 * s * rng.nextGaussian();
            double ny = cy + 0.11 * s * rng.nextGaussian();
            double tx = cx + ring * Math.cos(angle) + 0.025 * s * rng.nextGaussian();
            double ty = cy + ring * Math.sin(angle) + 0.025 * s * rng.nextGaussian();
            double progress = Math.sqrt(rng.nextDouble());
            // a slight swirl: the path bends by a quarter turn's share of its progress
            double px = nx + (tx - nx) * progress;
            double py = ny + (ty - ny) * progress;
            double swirl = 0.8 * progress * (1 - progress);
            double qx = px - swirl * (py - cy);
            double qy = py + swirl * (px - cx);
            double radius = Math.max(0.5, s * (0.007 + 0.011 * progress));
            int colour = mix(0xFFE8EEF5, 0xFFF28E2B, progress * progress);
            disc(r, qx, qy, radius, colour, 0.55 + 0.45 * progress);
        }
        for (int k = 0; k < MODES; k++) {
            double angle = 2 * Math.PI * k / MODES + 0.35;
            disc(r, cx + ring * Math.cos(angle), cy + ring * Math.sin(angle), Math.max(1.0, 0.04 * s), 0xFFF28E2B, 1.0);
        }
        return r;
    }

    private static double roundedSquareCoverage(double x, double y, double s, double corner) {
        double dx = Math.max(Math.max(corner - x, x - (s - corner)), 0);
        double dy = Math.max(Math.max(corner - y, y - (s - corner)), 0);
        double outside = Math.hypot(dx, dy) - corner;
        return clamp(0.5 - outside);
    }

    private static void disc(Raster r, double x, double y, double radius, int argb, double opacity) {
        int x0 = (int) Math.floor(x - radius - 1);
        int x1 = (int) Math.ceil(x + radius + 1);
        int y0 = (int) Math.floor(y - radius - 1);
        int y1 = (int) Math.ceil(y + radius + 1);
        for (int py = Math.max(0, y0); py <= Math.min(r.height() - 1, y1); py++) {
            for (int px = Math.max(0, x0); px <= Math.min(r.width() - 1, x1); px++) {
                double cov = clamp(radius + 0.5 - Math.hypot(px + 0.5 - x, py + 0.5 - y));
                int a = (int) Math.round(255 * cov * opacity);
                if (a > 0) {
                    int under = r.get(px, py);
                    int blended = Colors.over(Colors.withAlpha(argb, a), under | 0xFF000000);
                    r.set(px, py, Colors.withAlpha(blended, Colors.alpha(under)));
                }
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int mix(int a, int b, double u) {
        int red = (int) Math.round(Colors.red(a) + (Colors.red(b) - Colors.red(a)) * u);
        int green = (int) Math.round(Colors.green(a) + (Colors.green(b) - Colors.green(a)) * u);
        int blue = (int) Math.round(Colors.blue(a) + (Colors.blue(b) - Colors.blue(a)) * u);
        return 0xFF000000 | red << 16 | green << 8 | blue;
    }

    /** Writes every size as diffuscope-N.png into the folder given (assets/icons). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(dir);
        for (int size : SIZES) {
            Raster r = draw(size);
            Images.writePng(dir.resolve("diffuscope-" + size + ".png"), Images.fromArgb(r.pixels(), size, size));
        }
    }
}
