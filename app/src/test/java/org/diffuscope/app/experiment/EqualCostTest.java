package org.diffuscope.app.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.RaceLane;
import org.junit.jupiter.api.Test;

class EqualCostTest {

    private static final ExperimentConfig SHARED = ExperimentConfig.defaults().withParticles(200);

    @Test
    void theCheapMethodsGetMoreStepsForTheSameNumberOfScoreEvaluations() {
        List<ExperimentConfig> panes = List.of(
                new RaceLane("ode-ei", 40, "none").apply(SHARED),
                new RaceLane("ode-ei", 40, "ulmc").apply(SHARED),
                new RaceLane("ode-heun", 40, "none").apply(SHARED));
        assertEquals(40, EqualCost.nfe(panes.get(0)));
        assertEquals(80, EqualCost.nfe(panes.get(1)), "a predictor and a corrector evaluation per step");
        assertEquals(80, EqualCost.nfe(panes.get(2)), "Heun evaluates twice per step");
        assertArrayEquals(new int[] {80, 40, 40}, EqualCost.steps(panes));
    }

    @Test
    void everyPaneSpendsAtMostTheBudgetAndOneMoreStepWouldExceedIt() {
        ExperimentConfig sparse = new RaceLane("sde-em", 30, "ula").apply(SHARED);
        sparse = sparse.withCorrector(sparse.corrector().withSteps(3).withEvery(2));
        List<ExperimentConfig> panes = List.of(new RaceLane("dpmpp-2m", 25, "none").apply(SHARED), sparse,
                new RaceLane("ddim", 10, "mala").apply(SHARED));
        long budget = panes.stream().mapToLong(EqualCost::nfe).max().orElseThrow();
        int[] steps = EqualCost.steps(panes);
        for (int i = 0; i < panes.size(); i++) {
            ExperimentConfig c = panes.get(i);
            long at = EqualCost.nfe(c.withSampler(c.sampler().withSteps(steps[i])));
            long over = EqualCost.nfe(c.withSampler(c.sampler().withSteps(steps[i] + 1)));
            assertTrue(at <= budget && over > budget, "pane " + i + ": " + at + " <= " + budget + " < " + over);
        }
    }
}
