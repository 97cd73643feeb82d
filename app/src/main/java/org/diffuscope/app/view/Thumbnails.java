package org.diffuscope.app.view;

import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;

import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.diffuscope.app.render.Colors;
import org.diffuscope.app.render.Raster;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.preset.Preset;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;

/** Small pictures of each preset: exact samples of p_t at a small t, first two coordinates, fitted to the box. */
final class Thumbnails {

    static final int SIZE = 36;

    private final Map<String, Image> cache = new HashMap<>();
    private final int ink;

    Thumbnails(int ink) {
        this.ink = ink;
    }

    Image of(Preset p) {
        return cache.computeIfAbsent(p.name(), n -> draw(p));
    }

    private Image draw(Preset p) {
        Raster r = new Raster(SIZE, SIZE);
        r.fill(0x00FFFFFF);
        DiffusedTarget dt = new DiffusedTarget(p.build(p.dim()), ForwardProcess.named("ou"));
        Particles s = dt.sample(0.01, 1200, 3L);
        int d = s.dim();
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.count(); i++) {
            double x = s.get(i, 0);
            double y = d > 1 ? s.get(i, 1) : 0;
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-9) * 1.1;
        double cx = 0.5 * (x0 + x1);
        double cy = 0.5 * (y0 + y1);
        int dot = Colors.withAlpha(ink, 90);
        for (int i = 0; i < s.count(); i++) {
            double x = s.get(i, 0);
            double y = d > 1 ? s.get(i, 1) : 0;
            int px = (int) ((x - cx) / span * SIZE + SIZE / 2.0);
            int py = (int) (SIZE / 2.0 - (y - cy) / span * SIZE);
            if (px >= 0 && py >= 0 && px < SIZE && py < SIZE) {
                int old = r.get(px, py);
                r.set(px, py, Colors.alpha(old) == 0 ? dot : Colors.withAlpha(ink, Math.min(255, Colors.alpha(old) + 60)));
            }
        }
        // premultiply: the pixel buffer format is pre-multiplied ARGB
        int[] px = r.pixels();
        for (int i = 0; i < px.length; i++) {
            int a = Colors.alpha(px[i]);
            px[i] = a == 0 ? 0 : Colors.argb(a, Colors.red(px[i]) * a / 255, Colors.green(px[i]) * a / 255,
                    Colors.blue(px[i]) * a / 255);
        }
        PixelBuffer<IntBuffer> buf = new PixelBuffer<>(SIZE, SIZE, IntBuffer.wrap(px), PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buf);
    }
}
