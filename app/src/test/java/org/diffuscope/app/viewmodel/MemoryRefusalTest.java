package org.diffuscope.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Particle counts that cannot fit in the heap are refused with a message; the experiment stays as it was. */
class MemoryRefusalTest {

    @Test
    void theBudgetIsFourHundredBytesAParticleInTwoDimensions() {
        assertEquals(2_500_000, MemoryBudget.maxParticles(1_000_000_000L, 2));
        assertEquals(ExperimentConfig.MAX_PARTICLES, MemoryBudget.maxParticles(8L << 30, 2));
        assertEquals(1000, MemoryBudget.maxParticles(100_000, 2), "never fewer than 1000");
        assertTrue(MemoryBudget.maxParticles(1L << 30, 64) < MemoryBudget.maxParticles(1L << 30, 2));
        assertNull(MemoryBudget.check(2_500_000, 2, 1_000_000_000L));
        String m = MemoryBudget.check(2_500_001, 2, 1_000_000_000L);
        assertTrue(m.contains("do not fit") && m.contains("at most 2500000") && m.contains("-Xmx"), m);
    }

    @Test
    void theViewModelRefusesAnExperimentThatCannotFit() {
        try (ExplorerViewModel vm = new ExplorerViewModel(Runnable::run, 1, 16L << 20)) {
            ExperimentConfig before = vm.config();
            ExperimentConfig huge = before.withTarget(TargetChoice.preset("gmm-d", 4096))
                    .withParticles(ExperimentConfig.MAX_PARTICLES);
            vm.setConfig(huge);
            assertEquals(before, vm.config(), "refused");
            assertTrue(vm.problemProperty().get().contains("do not fit"), vm.problemProperty().get());
            vm.setConfig(before.withParticles(1234));
            assertEquals(1234, vm.config().particles(), "a count that fits is taken");
            assertNull(vm.problemProperty().get());
        }
    }
}
