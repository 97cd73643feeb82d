package org.diffuscope.core.run;

import org.diffuscope.core.particles.Particles;

/**
 * A read-only view of a run's current particles (row-major, point i at {@code i d .. i d + d}); valid only until
 * the run moves on. Copy what you need to keep.
 */
public final class ParticlesView {

    private final int count;
    private final int dim;
    private final double[] data;

    ParticlesView(int count, int dim, double[] data) {
        this.count = count;
        this.dim = dim;
        this.data = data;
    }

    public int count() {
        return count;
    }

    public int dim() {
        return dim;
    }

    public double get(int i, int j) {
        return data[i * dim + j];
    }

    /** Copies all coordinates into {@code dst[0 .. count d)}. dst: Modified. */
    public void copyTo(double[] dst) {
        System.arraycopy(data, 0, dst, 0, count * dim);
    }

    /** Copies the rows {@code [from, to)} into {@code dst[dstOff ..)}. dst: Modified. */
    public void copyRows(int from, int to, double[] dst, int dstOff) {
        System.arraycopy(data, from * dim, dst, dstOff, (to - from) * dim);
    }

    /** A deep copy. */
    public Particles copy() {
        return new Particles(count, dim, data.clone());
    }
}
