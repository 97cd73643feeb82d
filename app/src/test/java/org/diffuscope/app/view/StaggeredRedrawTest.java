package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * While playing, a panel's parts follow the newest frame at most every {@link StaggeredRedraw#INTERVAL_NANOS}, one part
 * a frame; asked for all (paused, scrubbed), every part at once.
 */
class StaggeredRedrawTest {

    private static final long MS = 1_000_000L;

    private final List<String> shown = new ArrayList<>();
    private final StaggeredRedraw<String> redraw = new StaggeredRedraw<>(3, (f, p) -> shown.add(f + p));

    @Test
    void aPlayingRunShowsOnePartAFrameThenWaitsForTheInterval() {
        redraw.offer("a", 0, false);
        redraw.offer("b", 16 * MS, false);
        redraw.offer("c", 33 * MS, false);
        assertEquals(List.of("a0", "a1", "a2"), shown, "the frame taken first, a part each frame");
        redraw.offer("d", 50 * MS, false);
        redraw.offer("e", StaggeredRedraw.INTERVAL_NANOS - 1, false);
        assertEquals(3, shown.size(), "nothing more before the interval");
        redraw.offer("f", StaggeredRedraw.INTERVAL_NANOS, false);
        assertEquals("f0", shown.get(3));
    }

    @Test
    void allPartsAtOnceWhenAskedAndTheRestDroppedWhenNothingIsNew() {
        redraw.offer("a", 0, false);
        redraw.offer("b", MS, true);
        assertEquals(List.of("a0", "b0", "b1", "b2"), shown, "a pause shows its frame whole, ending the playing one");
        redraw.offer("c", 2 * MS, true);
        assertEquals(List.of("a0", "b0", "b1", "b2", "c0", "c1", "c2"), shown, "and so does each scrubbed frame");
        AtomicReference<StaggeredRedraw<String>> self = new AtomicReference<>();
        List<String> parts = new ArrayList<>();
        self.set(new StaggeredRedraw<>(3, (f, p) -> {
            parts.add(f + p);
            self.get().skipRest();
        }));
        self.get().offer("x", 0, false);
        self.get().offer("y", MS, false);
        assertEquals(List.of("x0"), parts, "a first part with nothing new behind it ends the frame");
        self.get().offer("z", StaggeredRedraw.INTERVAL_NANOS, false);
        assertEquals(List.of("x0", "z0"), parts);
    }

    @Test
    void aPanelHasAtLeastOnePart() {
        assertThrows(IllegalArgumentException.class, () -> new StaggeredRedraw<String>(0, (f, p) -> { }));
    }
}
