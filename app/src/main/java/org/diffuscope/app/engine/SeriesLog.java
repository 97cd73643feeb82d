package org.diffuscope.app.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The frames' numbers in order, appended as frames are recorded, with views that stay as they were when taken: a
 * published frame carries a view of every frame so far without a copy of them (at 60 frames a second over a
 * thousands-step run, a copy per frame was most of the engine's garbage). Appends write past every view taken; a
 * truncation (a branch) writes over, so it copies the array first. Written on the worker thread only; a view may be
 * read on any thread that received it through a safe publication (the engine's latest frame).
 */
final class SeriesLog {

    private SeriesPoint[] items = new SeriesPoint[64];
    private int size;

    void add(SeriesPoint p) {
        if (size == items.length) {
            items = Arrays.copyOf(items, 2 * size);
        }
        items[size++] = p;
    }

    /** Keeps the first count points (views taken before keep theirs). */
    void truncate(int count) {
        if (count < size) {
            items = Arrays.copyOf(items, items.length);
            Arrays.fill(items, count, size, null);
            size = count;
        }
    }

    int size() {
        return size;
    }

    /** The points so far, unmodifiable and unchanged by later appends or truncations. */
    List<SeriesPoint> view() {
        return new View(items, size);
    }

    private static final class View extends AbstractList<SeriesPoint> implements RandomAccess {

        private final SeriesPoint[] items;
        private final int size;

        View(SeriesPoint[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public SeriesPoint get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("point " + index + " of " + size);
            }
            return items[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
