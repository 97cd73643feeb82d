package org.diffuscope.app.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal slots of direct (off-heap) memory for the history's run snapshots and frame points, handed out and taken
 * back explicitly. The garbage collector neither copies nor scans them: on the heap, each step of a 100k-particle run
 * added a 1.6 MB snapshot that survived, and the young collections copied every one of them on (100-400 ms pauses
 * about every second while a run played); the frames' 0.8 MB of points did the same once the snapshots were gone
 * (6-58 ms pauses every 2-5 s). Slabs of {@link #SLOTS_PER_SLAB} slots, at most {@link #SLAB_BYTES} (one slot when
 * a slot is larger), are kept from one run to the next whose slabs have the same size and cut again into its slots,
 * so a run of the same size leaves no direct memory behind for the collector to find; a small run reserves little
 * (the race holds up to five engines, each with a store of snapshots and one of frame points). Worker thread only.
 */
final class DirectSlots {

    /** The most bytes of one slab (or of one slot, when a slot is larger). */
    static final int SLAB_BYTES = 64 << 20;
    /** Slots cut from one slab when that stays under {@link #SLAB_BYTES}. */
    static final int SLOTS_PER_SLAB = 16;
    /** The largest slot: a direct buffer holds at most 2 GiB, and larger states stay on the heap. */
    static final long MAX_SLOT_BYTES = 1L << 30;

    private final List<ByteBuffer> slabs = new ArrayList<>();
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    private int slotBytes;
    private int slabBytes = SLAB_BYTES;
    private int perSlab;
    private int issued;

    /**
     * Takes every slot back and cuts the slabs into slots of this many bytes from now on (slabs of another size are
     * let go).
     */
    void reset(long bytes) {
        if (bytes <= 0 || bytes > MAX_SLOT_BYTES) {
            throw new IllegalArgumentException("slot size must be in 1.." + MAX_SLOT_BYTES + " bytes, got " + bytes);
        }
        int size = (int) Math.max(bytes, Math.min(SLAB_BYTES, SLOTS_PER_SLAB * bytes));
        if (size != slabBytes) {
            slabs.clear();
            slabBytes = size;
        }
        slotBytes = (int) bytes;
        perSlab = slabBytes / slotBytes;
        clear();
    }

    /** Takes every slot back (their contents are forgotten), keeping the slot size. */
    void clear() {
        free.clear();
        issued = 0;
    }

    /** The bytes of one slot (0 before the first reset). */
    long slotBytes() {
        return slotBytes;
    }

    /** Stores a snapshot's coordinates (exactly one slot of them) and returns the slot. */
    int put(org.diffuscope.core.run.Snapshot s) {
        int slot = take(8L * s.count() * s.dim(), "a snapshot of " + s.count() + " x " + s.dim());
        s.writeCoordinates(doubles(slot));
        return slot;
    }

    /** Stores floats (exactly one slot of them) and returns the slot. */
    int put(float[] values) {
        int slot = take(4L * values.length, values.length + " floats");
        slab(slot).asFloatBuffer().put(offset(slot) / 4, values);
        return slot;
    }

    /** The doubles stored in a slot (a fresh array). */
    double[] get(int slot) {
        double[] out = new double[slotBytes / 8];
        doubles(slot).get(0, out);
        return out;
    }

    /** The floats stored in a slot (a fresh array). */
    float[] getFloats(int slot) {
        float[] out = new float[slotBytes / 4];
        slab(slot).asFloatBuffer().get(offset(slot) / 4, out);
        return out;
    }

    /** Float i of a slot (no allocation: for reading a few values of many slots). */
    float getFloat(int slot, int i) {
        if (i < 0 || 4L * i >= slotBytes) {
            throw new IndexOutOfBoundsException("float " + i + " of a slot of " + slotBytes + " bytes");
        }
        return slab(slot).getFloat(offset(slot) + 4 * i);
    }

    /** Takes a slot back for reuse. */
    void release(int slot) {
        free.push(slot);
    }

    /** Slots handed out and not taken back. */
    int inUse() {
        return issued - free.size();
    }

    /** Slots handed out since the last reset, counting each reused one once (for tests). */
    int slotsCut() {
        return issued;
    }

    /** Direct memory held, in bytes (slabs in use and kept for reuse). */
    long reservedBytes() {
        return (long) slabs.size() * slabBytes;
    }

    private int take(long bytes, String what) {
        if (bytes != slotBytes) {
            throw new IllegalArgumentException(what + " does not fill a slot of " + slotBytes + " bytes");
        }
        int slot = free.isEmpty() ? issued++ : free.pop();
        while (slabs.size() <= slot / perSlab) {
            slabs.add(ByteBuffer.allocateDirect(slabBytes).order(ByteOrder.nativeOrder()));
        }
        return slot;
    }

    private ByteBuffer slab(int slot) {
        return slabs.get(slot / perSlab);
    }

    private int offset(int slot) {
        return (slot % perSlab) * slotBytes;
    }

    private DoubleBuffer doubles(int slot) {
        return slab(slot).slice(offset(slot), slotBytes).order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }
}
