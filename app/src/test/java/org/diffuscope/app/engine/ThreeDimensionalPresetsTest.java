package org.diffuscope.app.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.run.SamplingRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 3D presets (and a 3D mixture) run to the end under every predictor and corrector and land in the 3D view
 * as their own coordinates.
 */
class ThreeDimensionalPresetsTest {

    static List<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String target : new String[] {"sphere", "helix", "linked-rings", "gmm-d"}) {
            for (String sampler : new String[] {"sde-em", "sde-ei", "ancestral", "ode-euler", "ddim", "ode-heun",
                "ode-ei", "dpmpp-2m", "rk45"}) {
                for (String corrector : new String[] {"none", "ula", "ulmc", "langevin-snr", "mala"}) {
                    all.add(Arguments.of(target, sampler, corrector));
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} under {1} + {2}")
    @MethodSource("cases")
    void runsToTheEndAndShowsInThreeDimensions(String target, String sampler, String corrector) {
        ExperimentConfig c = ExperimentConfig.defaults().withTarget(TargetChoice.preset(target, 3)).withParticles(128)
                .withSampler(SamplerChoice.defaults(sampler).withSteps(6))
                .withCorrector("none".equals(corrector) ? CorrectorChoice.none() : CorrectorChoice.defaults(corrector));
        var dt = RunFactory.diffusedTarget(c);
        Projection p = ProjectionChoice.defaults().build(dt.target());
        assertEquals(3, p.viewDim());
        assertTrue(p.isIdentity());
        try (SamplingRun run = RunFactory.builder(c, dt, 1).build()) {
            run.solve();
            assertNull(run.divergence(), () -> "diverged: " + run.divergence().message());
            double[] x = run.particles().data();
            float[] shown = new float[x.length];
            p.project(x, run.particles().count(), shown);
            for (int i = 0; i < x.length; i++) {
                assertTrue(Double.isFinite(x[i]));
                assertEquals((float) x[i], shown[i]);
            }
        }
    }
}
