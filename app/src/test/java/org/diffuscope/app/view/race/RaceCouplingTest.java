package org.diffuscope.app.view.race;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.diffuscope.app.engine.Engine;
import org.diffuscope.app.engine.Frame;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.RaceLane;
import org.diffuscope.core.run.Phase;
import org.junit.jupiter.api.Test;

/** Race panes share the prior samples and the noise: only the method differs. */
class RaceCouplingTest {

    private static void sync(Engine e) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        e.post(done::countDown);
        assertTrue(done.await(60, TimeUnit.SECONDS));
    }

    @Test
    void panesStartFromTheSamePriorAndDrawTheSameNoise() throws InterruptedException {
        ExperimentConfig shared = ExperimentConfig.defaults().withParticles(1500).withSeed(11);
        RaceLane sde = new RaceLane("sde-em", 20, "none");
        RaceLane sdeUlmc = new RaceLane("sde-em", 20, "ulmc");
        RaceLane ode = new RaceLane("ode-ei", 10, "none");
        try (Engine a = new Engine(1, 64L << 20, s -> { });
             Engine b = new Engine(2, 64L << 20, s -> { });
             Engine c = new Engine(1, 64L << 20, s -> { })) {
            a.load(sde.apply(shared));
            b.load(sdeUlmc.apply(shared));
            c.load(ode.apply(shared));
            sync(a);
            sync(b);
            sync(c);
            assertArrayEquals(a.latest().points(), b.latest().points(), "same prior");
            assertArrayEquals(a.latest().points(), c.latest().points(), "same prior");
            // one step: the SDE predictor from the same prior with the same noise gives the same particles
            a.stepOnce();
            b.stepOnce();
            sync(a);
            sync(b);
            b.seek(1);
            sync(b);
            Frame bAfterPredictor = b.latest();
            assertEquals(Phase.PREDICTOR, bAfterPredictor.phase());
            assertArrayEquals(a.latest().points(), bAfterPredictor.points(), "same predictor noise at step 0");
            b.seek(2);
            sync(b);
            assertEquals(Phase.CORRECTOR, b.latest().phase());
            assertFalse(java.util.Arrays.equals(a.latest().points(), b.latest().points()), "the corrector moved them");
        }
    }

    @Test
    void advancingToACommonTimeShowsEachPaneAtOrBeforeIt() throws InterruptedException {
        ExperimentConfig shared = ExperimentConfig.defaults().withParticles(500);
        try (Engine fine = new Engine(1, 64L << 20, s -> { });
             Engine coarse = new Engine(1, 64L << 20, s -> { })) {
            fine.load(new RaceLane("ode-ei", 40, "none").apply(shared));
            coarse.load(new RaceLane("ode-ei", 8, "none").apply(shared));
            double tau = 0.5;
            fine.advanceTo(tau);
            coarse.advanceTo(tau);
            sync(fine);
            sync(coarse);
            for (Engine e : new Engine[] {fine, coarse}) {
                Frame f = e.latest();
                assertTrue(f.t() >= tau, "not past the common time: " + f.t());
            }
            assertTrue(fine.latest().t() <= coarse.latest().t(), "the finer grid gets closer");
            fine.advanceTo(1e-3);
            sync(fine);
            assertEquals(1e-3, fine.latest().t(), 1e-15);
            assertEquals(40, fine.latest().step());
        }
    }
}
