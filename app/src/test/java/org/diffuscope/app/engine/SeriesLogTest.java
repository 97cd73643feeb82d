package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;

/** Views of the frames' numbers stay as they were taken while the log grows and is cut back by a branch. */
class SeriesLogTest {

    private static SeriesPoint point(int index, double t) {
        return new SeriesPoint(index, index, t, Phase.PREDICTOR, index, Map.of("mean_error", t), Double.NaN);
    }

    @Test
    void viewsKeepTheirPointsThroughGrowthAndABranch() {
        SeriesLog log = new SeriesLog();
        List<SeriesPoint> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            log.add(point(i, 1.0 - i * 1e-3));
            expected.add(point(i, 1.0 - i * 1e-3));
        }
        List<SeriesPoint> before = log.view();
        for (int i = 100; i < 300; i++) {
            log.add(point(i, 1.0 - i * 1e-3));
        }
        assertEquals(expected, before, "appends, and the array growing past 64 and 128, leave the view alone");
        assertEquals(300, log.view().size());
        List<SeriesPoint> full = List.copyOf(log.view());
        List<SeriesPoint> taken = log.view();
        log.truncate(50);
        for (int i = 50; i < 120; i++) {
            log.add(point(i, -i));
        }
        assertEquals(full, taken, "a branch writes over the points after it, not over a view taken before");
        assertEquals(120, log.size());
        assertEquals(point(49, 1.0 - 49 * 1e-3), log.view().get(49));
        assertEquals(point(50, -50), log.view().get(50));
        assertThrows(IndexOutOfBoundsException.class, () -> before.get(100));
        assertThrows(UnsupportedOperationException.class, () -> before.add(point(0, 0)));
    }
}
