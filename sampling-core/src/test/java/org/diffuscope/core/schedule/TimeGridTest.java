package org.diffuscope.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.diffuscope.core.process.ForwardProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeGridTest {

    /** Endpoints exact, strictly decreasing, and equal spacing in the grid's own variable u. */
    static void assertUniformIn(TimeGrid grid, int steps, double tMin, double tMax, DoubleUnaryOperator u) {
        double[] t = grid.times();
        assertEquals(steps + 1, t.length);
        assertEquals(steps, grid.steps());
        assertEquals(tMax, t[0], 0.0, "t_0 must be t-max exactly");
        assertEquals(tMin, t[steps], 0.0, "t_N must be t-min exactly");
        double du = (u.applyAsDouble(tMin) - u.applyAsDouble(tMax)) / steps;
        for (int i = 1; i <= steps; i++) {
            assertTrue(t[i] < t[i - 1], grid.name() + " not strictly decreasing at " + i);
            double step = u.applyAsDouble(t[i]) - u.applyAsDouble(t[i - 1]);
            assertEquals(du, step, 1e-9 * Math.max(1, Math.abs(du)), grid.name() + " step " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ou", "vp-linear", "vp-cosine", "ve"})
    void eachGridIsUniformInItsOwnVariable(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        double tMin = p.tMin();
        double tMax = p.tMax();
        for (int n : new int[] {1, 2, 7, 40}) {
            assertUniformIn(TimeGrid.uniform(tMin, tMax, n), n, tMin, tMax, t -> t);
            assertUniformIn(TimeGrid.logSnr(p, tMin, tMax, n), n, tMin, tMax, p::lambda);
            double rho = 7;
            assertUniformIn(TimeGrid.edm(p, tMin, tMax, n, rho), n, tMin, tMax,
                    t -> Math.pow(p.noiseLevel(t), 1 / rho));
            if (p.variancePreserving()) {
                assertUniformIn(TimeGrid.ouUniform(p, tMin, tMax, n), n, tMin, tMax, p::ouClock);
            }
        }
    }

    @Test
    void ouUniformRejectsVeNamingTheGrid() {
        ForwardProcess ve = ForwardProcess.named("ve");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeGrid.ouUniform(ve, 1e-3, 1, 10));
        assertTrue(e.getMessage().contains("ou-uniform"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.named("ou-uniform", ve, 1e-3, 1, 10, 7));
    }

    @Test
    void namedGridsAndDefaults() {
        ForwardProcess ou = ForwardProcess.named("ou");
        assertEquals("log-snr", TimeGrid.standard(ou, 5).name());
        for (String name : new String[] {"log-snr", "uniform", "ou-uniform", "edm"}) {
            assertEquals(name, TimeGrid.named(name, ou, 1e-3, 5, 5, 7).name());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeGrid.named("cosine", ou, 1e-3, 5, 5, 7));
        assertTrue(e.getMessage().contains("log-snr"), e.getMessage());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(1e-3, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.uniform(5, 1e-3, 3));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.explicit(1, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.explicit(1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> TimeGrid.edm(ForwardProcess.named("ou"), 1e-3, 5, 4, 0));
        assertEquals(3, TimeGrid.explicit(1, 0.5, 0.25, 0.1).steps());
    }

    @Test
    void logSnrSpacingMatchesTheLambdaInterval() {
        // an independent check of the mapping: OU lambda = -1/2 log(e^{2t} - 1)
        TimeGrid g = TimeGrid.logSnr(ForwardProcess.named("ou"), 1e-3, 5, 4);
        for (int i = 0; i <= 4; i++) {
            double lambda = -0.5 * Math.log(Math.expm1(2 * g.time(i)));
            double want = -0.5 * Math.log(Math.expm1(10)) + i * (-0.5 * Math.log(Math.expm1(2e-3))
                    + 0.5 * Math.log(Math.expm1(10))) / 4;
            assertEquals(want, lambda, 1e-9);
        }
    }
}
