package org.diffuscope.app.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.diffuscope.app.engine.Frame;

/**
 * The trails of successive frames, kept as coverage counts between paintings: each pixel holds how many trail
 * segments cross it, and the trail colour is blended onto it that many times from a table ({@link OverPowers}), the
 * same pixels as drawing the segments one by one ({@link Lines#draw}). A trail is a window over the frame history,
 * so from one frame to the next one set of segments arrives (previous frame to this one) and one leaves (the oldest):
 * two walks of {@link Overlays#TRAIL_PARTICLES} segments instead of the trail's length of them. Frames and their
 * point arrays are immutable, so a set of segments is known by the identity of its two arrays; a new view or picture
 * size starts the counts afresh. One painter thread owns an instance.
 */
public final class TrailCoverage {

    /** The segments from one frame's points to the next frame's: particles 0..n-1, k numbers per particle. */
    private record Leg(float[] from, float[] to, int n, int k) {
    }

    private final List<Leg> counted = new ArrayList<>();
    private int[] counts = new int[0];
    private Viewport view;
    private OverPowers powers;

    /** Blends the trail of frame f (its last length frames) onto out as seen through view. */
    public void draw(Raster out, Frame f, Viewport view, int length, int argb) {
        int w = out.width();
        int h = out.height();
        if (!view.equals(this.view) || counts.length != w * h) {
            this.view = view;
            counts = counts.length == w * h ? counts : new int[w * h];
            Arrays.fill(counts, 0);
            counted.clear();
        }
        List<Leg> wanted = legs(f, length);
        for (int i = counted.size() - 1; i >= 0; i--) {
            if (!wanted.contains(counted.get(i))) {
                walk(counted.remove(i), w, h, -1);
            }
        }
        for (Leg leg : wanted) {
            if (!counted.contains(leg)) {
                walk(leg, w, h, 1);
                counted.add(leg);
            }
        }
        if (powers == null || powers.color() != argb) {
            powers = new OverPowers(argb);
        }
        int[] px = out.pixels();
        // no branch per pixel: an uncovered pixel gets f^0, the identity
        for (int i = 0; i < px.length; i++) {
            px[i] = powers.apply(counts[i], px[i]);
        }
    }

    /** Forgets the counted trail (and the frames it holds on to). */
    public void clear() {
        counted.clear();
        view = null;
    }

    /** The legs of f's trail, oldest first: each earlier frame to the next, the newest to f itself. */
    private static List<Leg> legs(Frame f, int length) {
        List<float[]> trail = f.trail();
        int from = Math.max(0, trail.size() - length);
        int n = Math.min(f.count(), Overlays.TRAIL_PARTICLES);
        List<Leg> out = new ArrayList<>();
        for (int j = from; j < trail.size(); j++) {
            out.add(new Leg(trail.get(j), j + 1 < trail.size() ? trail.get(j + 1) : f.points(), n, f.viewDim()));
        }
        return out;
    }

    private void walk(Leg leg, int w, int h, int delta) {
        float[] a = leg.from();
        float[] b = leg.to();
        int k = leg.k();
        for (int i = 0; i < leg.n(); i++) {
            Lines.count(counts, w, h, view.toPixelX(a[i * k]), view.toPixelY(a[i * k + 1]),
                    view.toPixelX(b[i * k]), view.toPixelY(b[i * k + 1]), delta);
        }
    }
}
