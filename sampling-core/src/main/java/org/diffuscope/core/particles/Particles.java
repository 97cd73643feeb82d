package org.diffuscope.core.particles;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

/**
 * N points in R^d stored row-major in one flat array: coordinate j of particle i is {@code data[i * dim + j]}. No
 * per-particle objects. The array is exposed on purpose: samplers and renderers work on it in place.
 */
public final class Particles {

    private final int count;
    private final int dim;
    private final double[] data;

    public Particles(int count, int dim) {
        this(count, dim, new double[checkedSize(count, dim)]);
    }

    /** Wraps data (not copied); its length must be count * dim. */
    public Particles(int count, int dim, double[] data) {
        if (data.length != checkedSize(count, dim)) {
            throw new IllegalArgumentException("data has length " + data.length + ", expected " + count + " x " + dim);
        }
        this.count = count;
        this.dim = dim;
        this.data = data;
    }

    private static int checkedSize(int count, int dim) {
        if (count < 0 || dim < 1) {
            throw new IllegalArgumentException("particles need count >= 0 and dim >= 1, got " + count + " x " + dim);
        }
        long size = (long) count * dim;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(count + " particles in dimension " + dim + " do not fit in one array");
        }
        return (int) size;
    }

    public int count() {
        return count;
    }

    public int dim() {
        return dim;
    }

    /** The backing array (not a copy). */
    public double[] data() {
        return data;
    }

    public double get(int i, int j) {
        return data[i * dim + j];
    }

    public void set(int i, int j, double v) {
        data[i * dim + j] = v;
    }

    /** A deep copy. */
    public Particles copy() {
        return new Particles(count, dim, data.clone());
    }

    /** Copies the coordinates of other into this. other: Not modified. */
    public void setTo(Particles other) {
        if (other.count != count || other.dim != dim) {
            throw new IllegalArgumentException("shape mismatch: " + other.count + "x" + other.dim + " into " + count + "x" + dim);
        }
        System.arraycopy(other.data, 0, data, 0, data.length);
    }

    /** An EJML view of the same array (no copy), count x dim. */
    public DMatrixRMaj asMatrix() {
        return DMatrixRMaj.wrap(count, dim, data);
    }

    /** Number of particles with a non-finite coordinate. */
    public int countNonFinite() {
        return countNonFiniteRows(data, dim, 0, count);
    }

    /**
     * Rows from..to of a row-major array with a non-finite value. A first pass reads only the exponent bits (all ones
     * for NaN and the infinities), a loop without branches that runs at the speed of memory; the rows are counted one
     * by one only when it finds some.
     */
    public static int countNonFiniteRows(double[] a, int dim, int from, int to) {
        long exponentsAllOnes = 0;
        for (int q = from * dim; q < to * dim; q++) {
            // (e + 1) >>> 11 is 1 for e = 0x7ff and 0 below
            exponentsAllOnes += ((Double.doubleToRawLongBits(a[q]) >>> 52) & 0x7ff) + 1 >>> 11;
        }
        if (exponentsAllOnes == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = from; i < to; i++) {
            for (int q = i * dim; q < i * dim + dim; q++) {
                if (!Double.isFinite(a[q])) {
                    bad++;
                    break;
                }
            }
        }
        return bad;
    }

    @Override
    public String toString() {
        return "Particles[" + count + " x " + dim + (count > 0 ? ", first=" + Arrays.toString(Arrays.copyOf(data, dim)) : "") + "]";
    }
}
