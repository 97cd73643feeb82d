package org.diffuscope.app.experiment;

import java.util.List;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.run.SamplingRun;

/**
 * Equal cost for a race: the step count of each configuration such that its run spends at most as many score
 * evaluations (NFE) as the most expensive one does with its own steps, and one more step would spend more. The NFE
 * of a configuration at N steps is measured by a dry run on a handful of particles, so every predictor, corrector
 * and schedule is counted exactly as the real run counts it (adaptive rk45 keeps its steps: its cost depends on the
 * particles).
 */
public final class EqualCost {

    /** Particles of a dry run: enough to exercise every block path, few enough to cost microseconds per step. */
    static final int DRY_PARTICLES = 16;

    private EqualCost() {
    }

    /** The NFE a configuration spends at its own step count (dry run). */
    public static long nfe(ExperimentConfig c) {
        ExperimentConfig dry = c.withParticles(DRY_PARTICLES);
        DiffusedTarget dt = RunFactory.diffusedTarget(dry);
        try (SamplingRun run = RunFactory.builder(dry, dt, 1).build()) {
            run.solve();
            return run.nfe();
        }
    }

    /** The equal-cost step counts, in the order of the configurations. */
    public static int[] steps(List<ExperimentConfig> configs) {
        long budget = 0;
        for (ExperimentConfig c : configs) {
            budget = Math.max(budget, nfe(c));
        }
        int[] out = new int[configs.size()];
        for (int i = 0; i < out.length; i++) {
            ExperimentConfig c = configs.get(i);
            out[i] = "rk45".equals(c.sampler().name()) ? c.sampler().steps() : largestWithin(c, budget);
        }
        return out;
    }

    /** The largest N with nfe(N) <= budget (NFE grows with N), at least 1. */
    static int largestWithin(ExperimentConfig c, long budget) {
        int lo = 1;
        int hi = 1;
        while (hi < 100_000 && nfeAt(c, hi) <= budget) {
            lo = hi;
            hi = Math.min(100_000, hi * 2);
        }
        if (nfeAt(c, hi) <= budget) {
            return hi;
        }
        // nfe(lo) <= budget < nfe(hi)
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (nfeAt(c, mid) <= budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long nfeAt(ExperimentConfig c, int steps) {
        return nfe(c.withSampler(c.sampler().withSteps(steps)));
    }
}
