package org.diffuscope.app.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The start-up warm-up runs all its problems (samplers, correctors, painting) without failing. */
class WarmUpTest {

    @Test
    void everyWarmUpProblemRuns() {
        assertTrue(WarmUp.run());
    }
}
