package org.diffuscope.app.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.ScoreErrorChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.run.SamplingRun;
import org.diffuscope.core.run.StepResult;

/**
 * Runs every sampler x corrector at every value of one varied setting (steps, dim, corrector-steps, score-error,
 * t-max)
 * and measures each run against the exact law: the engine of the CLI {@code sweep} and of the experiment lab, so
 * both give the same numbers for the same settings.
 */
public final class Sweep {

    /** The settings a sweep can vary. */
    public static final List<String> VARIES = List.of("steps", "dim", "corrector-steps", "score-error", "t-max");

    private Sweep() {
    }

    /**
     * @param base       every other setting
     * @param vary       one of {@link #VARIES}
     * @param values     the values, validated by {@link #config}
     * @param samplers   predictor names
     * @param correctors corrector names (none included if wanted)
     * @param threads    worker threads per run
     * @param progress   told after each run (the rows so far, the total)
     * @param cancelled  polled between runs; true stops the sweep with the rows so far
     */
    public static List<SweepRow> run(ExperimentConfig base, String vary, List<Double> values, List<String> samplers,
                                     List<String> correctors, int threads, Progress progress,
                                     BooleanSupplier cancelled) {
        return grid(base, vary, values, samplers, correctors, progress, cancelled,
                (c, value) -> measure(c, vary, value, threads));
    }

    /**
     * Like {@link #run}, but each row holds the fewest steps at which the metric falls to eps (and the metrics of that
     * run); a target not reached within maxSteps leaves the metric key {@code steps} out (NaN in plots).
     */
    public static List<SweepRow> reach(ExperimentConfig base, String vary, List<Double> values, List<String> samplers,
                                       List<String> correctors, String metric, double eps, int maxSteps, int threads,
                                       Progress progress, BooleanSupplier cancelled) {
        return grid(base, vary, values, samplers, correctors, progress, cancelled, (c, value) -> {
            StepsToTarget s = StepsToTarget.search(c, metric, eps, maxSteps, threads, cancelled);
            SweepRow r = measure(c.withSampler(c.sampler().withSteps(s.steps())), vary, value, threads);
            Map<String, Object> m = new java.util.LinkedHashMap<>(r.metrics());
            m.put("reached", s.reached());
            m.put("search_runs", s.runs());
            if (!s.reached()) {
                m.remove("steps");
            }
            return new SweepRow(r.sampler(), r.corrector(), vary, value, s.steps(), r.nfe(), m, r.diverged());
        });
    }

    /** Told after each run of a sweep. */
    public interface Progress {
        /**
         * @param rows  the rows so far, in order (a read-only view, valid during the call)
         * @param total the rows the whole sweep makes
         */
        void after(List<SweepRow> rows, int total);
    }

    /** One row from the experiment of one grid point and its value of the varied setting. */
    private interface RowMaker {
        SweepRow row(ExperimentConfig c, double value);
    }

    /** Every sampler x corrector x value in that order, one row each, until done or cancelled. */
    private static List<SweepRow> grid(ExperimentConfig base, String vary, List<Double> values, List<String> samplers,
                                       List<String> correctors, Progress progress, BooleanSupplier cancelled,
                                       RowMaker maker) {
        List<SweepRow> rows = new ArrayList<>();
        int total = samplers.size() * correctors.size() * values.size();
        for (String sampler : samplers) {
            for (String corrector : correctors) {
                for (double value : values) {
                    if (cancelled.getAsBoolean()) {
                        return rows;
                    }
                    rows.add(maker.row(config(base, vary, value, sampler, corrector), value));
                    progress.after(java.util.Collections.unmodifiableList(rows), total);
                }
            }
        }
        return rows;
    }

    /** The experiment for one point of the sweep; a bad value throws IllegalArgumentException naming it. */
    public static ExperimentConfig config(ExperimentConfig base, String vary, double value, String sampler,
                                          String corrector) {
        CorrectorChoice cc = corrector.equals(base.corrector().name()) ? base.corrector() : base.corrector().withName(corrector);
        ExperimentConfig c = base.withSampler(base.sampler().withName(sampler)).withCorrector(cc);
        return switch (vary) {
            case "steps" -> c.withSampler(c.sampler().withSteps(whole(value, "steps")));
            case "corrector-steps" -> c.withCorrector(c.corrector().withSteps(whole(value, "corrector-steps")));
            case "dim" -> {
                if (!c.target().isPreset()) {
                    throw new IllegalArgumentException("--vary dim needs a preset that scales with d, not a target file");
                }
                yield c.withTarget(TargetChoice.preset(c.target().preset(), whole(value, "dim")));
            }
            case "score-error" -> c.withScoreError(new ScoreErrorChoice(
                    c.scoreError().enabled() || !"none".equals(c.scoreError().kind()) ? c.scoreError().kind() : "field", value));
            case "t-max" -> c.withProcess(c.process().withTMax(value));
            default -> throw new IllegalArgumentException("--vary must be one of " + String.join(", ", VARIES) + ", got " + vary);
        };
    }

    private static int whole(double v, String name) {
        if (v != Math.rint(v) || v < 1 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("--values for " + name + " must be whole numbers >= 1, got "
                    + String.format(Locale.ROOT, "%s", v));
        }
        return (int) v;
    }

    /** One run, measured; a divergence is a data point, not an error. */
    public static SweepRow measure(ExperimentConfig c, String vary, double value, int threads) {
        DiffusedTarget dt = RunFactory.diffusedTarget(c);
        try (SamplingRun run = RunFactory.builder(c, dt, threads).build()) {
            long t0 = System.nanoTime();
            StepResult r = run.solve();
            double seconds = (System.nanoTime() - t0) * 1e-9;
            if (r.diverged()) {
                return new SweepRow(c.sampler().name(), c.corrector().name(), vary, value, r.step(), run.nfe(),
                        Map.of(), true);
            }
            Map<String, Object> metrics = RunMeasure.of(run, dt, seconds).json();
            int steps = ((Number) metrics.get("steps")).intValue();
            return new SweepRow(c.sampler().name(), c.corrector().name(), vary, value, steps, run.nfe(), metrics, false);
        }
    }
}
