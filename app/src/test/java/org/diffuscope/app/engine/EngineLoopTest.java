package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.core.particles.Particles;
import org.junit.jupiter.api.Test;

/** Loop playback and the history hand-outs used by the exports. */
class EngineLoopTest extends EngineHarness {

    EngineLoopTest() {
        super(64L << 20);
    }

    private static ExperimentConfig tiny(int steps) {
        return ExperimentConfig.defaults().withParticles(500).withSampler(SamplerChoice.defaults("ode-ei").withSteps(steps));
    }

    @Test
    void aLoopingRunRestartsFromThePriorWhenItFinishesAndPlaysOn() throws Exception {
        engine.speed(Engine.MAX_SPEED);
        engine.loop(true);
        engine.load(tiny(3));
        sync();
        long first = engine.latest().generation();
        engine.play();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (engine.latest().generation() < first + 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(engine.latest().generation() >= first + 3, "three restarts");
        engine.pause();
        sync();
        statuses.clear();
        // without the loop, the run stops at the end and says it finished
        engine.loop(false);
        engine.load(tiny(3));
        engine.play();
        EngineStatus s;
        do {
            s = statuses.poll(60, TimeUnit.SECONDS);
            assertNotNull(s, "a status");
        } while (!s.finished());
        assertFalse(s.playing());
        sync();
        assertEquals(3, engine.latest().step());
    }

    @Test
    void playOnAFinishedRunWithTheLoopOnStartsAgain() throws Exception {
        engine.load(tiny(2));
        engine.stepOnce();
        engine.stepOnce();
        sync();
        long g = engine.latest().generation();
        assertEquals(2, engine.latest().step());
        engine.loop(true);
        engine.play();
        engine.pause();
        sync();
        assertTrue(engine.latest().generation() > g, "restarted from the prior");
    }

    @Test
    void recordedFramesAndTheParticlesOnDisplayAreHandedOut() throws Exception {
        ExperimentConfig c = tiny(4);
        engine.load(c);
        for (int i = 0; i < 4; i++) {
            engine.stepOnce();
        }
        CompletableFuture<List<Frame>> frames = new CompletableFuture<>();
        engine.recordedFrames(frames::complete);
        CompletableFuture<Particles> live = new CompletableFuture<>();
        engine.particlesOnDisplay(live::complete);
        List<Frame> f = frames.get(60, TimeUnit.SECONDS);
        assertEquals(5, f.size(), "the prior and four steps");
        Particles p = live.get(60, TimeUnit.SECONDS);
        assertEquals(500, p.count());
        float[] shown = f.get(4).points();
        for (int i = 0; i < 500 * 2; i++) {
            assertEquals(shown[i], (float) p.data()[i], "the full-precision particles are the ones on display");
        }
        engine.seek(1);
        CompletableFuture<Particles> back = new CompletableFuture<>();
        engine.particlesOnDisplay(back::complete);
        Particles b = back.get(60, TimeUnit.SECONDS);
        assertNotNull(b, "a snapshot is kept at every step end");
        assertEquals(f.get(1).points()[0], (float) b.data()[0]);
    }
}
