package org.diffuscope.app.render;

import java.util.Arrays;

/**
 * What one painter keeps from one picture to the next: the trails counted so far ({@link TrailCoverage}) and the
 * count buffer of large clouds ({@link CoverageBlend}). A picture of 100k particles needs a 4-5 MB count array; made
 * afresh for each of ~57 pictures a second, those arrays were most of the window's young garbage (a G1 pause of 4-8 ms
 * every 0.3-0.7 s). One painter thread owns an instance.
 */
public final class PaintMemory {

    private final TrailCoverage trails = new TrailCoverage();
    private int[] counts = new int[0];

    TrailCoverage trails() {
        return trails;
    }

    /** An array of n zeros, the same one again when n has not changed (its earlier contents are lost). */
    int[] clearedCounts(int n) {
        if (counts.length != n) {
            counts = new int[n];
        } else {
            Arrays.fill(counts, 0);
        }
        return counts;
    }
}
