package org.diffuscope.app.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import org.diffuscope.app.engine.RunFactory;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;

/**
 * The experiment lab's five experiments (issue 6; science.md §8): error vs steps, dimension scaling, the
 * smoothness dial, score error and the wrong start. Each is a plain function of an experiment and its settings,
 * reports progress, stops when cancelled, and returns a {@link LabResult}; the lab's window runs them in the
 * background, and error vs steps is exactly the CLI's {@code sweep}.
 */
public final class LabExperiments {

    /**
     * Progress and cancellation of a running experiment.
     *
     * @param progress  what is running, in words
     * @param cancelled polled between runs
     * @param partial   the result so far, after each point (the chart fills while the experiment runs)
     * @param fraction  the fraction of the points done, in [0, 1]
     */
    public record Control(Consumer<String> progress, BooleanSupplier cancelled, Consumer<LabResult> partial,
                          DoubleConsumer fraction) {

        /** Words and cancellation only. */
        public Control(Consumer<String> progress, BooleanSupplier cancelled) {
            this(progress, cancelled, r -> { }, f -> { });
        }

        public static Control silent() {
            return new Control(s -> { }, () -> false);
        }

        /** Tells the words, the fraction done and the result so far. */
        void after(String words, int done, int total, Supplier<LabResult> soFar) {
            progress.accept(words);
            fraction.accept(total == 0 ? 1 : done / (double) total);
            partial.accept(soFar.get());
        }
    }

    private LabExperiments() {
    }

    /** The metric against the step count (or NFE), for every sampler x corrector: the CLI's sweep over steps. */
    public static LabResult errorVsSteps(ExperimentConfig base, List<String> samplers, List<String> correctors,
                                         List<Double> steps, String metric, boolean againstNfe, int threads,
                                         Control control) {
        List<SweepRow> rows = Sweep.run(base, "steps", steps, samplers, correctors, threads,
                (done, total) -> control.after(done.size() + "/" + total + " runs", done.size(), total,
                        () -> LabResult.fromSweep(done, metric, "steps", againstNfe)), control.cancelled());
        return LabResult.fromSweep(rows, metric, "steps", againstNfe);
    }

    /**
     * Steps needed to reach error eps against the dimension, per method, with fitted log-log slopes beside the
     * exponents of the paper's bounds (upper bounds: the measurement decides).
     */
    public static LabResult dimensionScaling(ExperimentConfig base, List<Integer> dims, List<Method> methods,
                                             String metric, double eps, int maxSteps, int threads, Control control) {
        if (!base.target().isPreset() || !Presets.byName(base.target().preset()).orElseThrow().scalesWithDim()) {
            throw new IllegalArgumentException("dimension scaling needs a preset that scales with d "
                    + "(laplace-d, gmm-d, gaussian, peer-gmm), got " + describe(base.target()));
        }
        List<LabResult.Series> series = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String title = "Steps to reach " + metric + " <= " + eps + " vs dimension (" + base.target().preset() + ")";
        int total = methods.size() * dims.size();
        for (Method m : methods) {
            double[] x = new double[dims.size()];
            double[] y = new double[dims.size()];
            for (int i = 0; i < dims.size(); i++) {
                if (control.cancelled().getAsBoolean()) {
                    return new LabResult(title, "dimension d", "steps needed", series, true, true, notes);
                }
                ExperimentConfig c = with(base, m).withTarget(TargetChoice.preset(base.target().preset(), dims.get(i)));
                control.progress().accept(m.label() + " at d = " + dims.get(i));
                StepsToTarget s = StepsToTarget.search(c, metric, eps, maxSteps, threads, control.cancelled());
                x[i] = dims.get(i);
                y[i] = s.reached() ? s.steps() : Double.NaN;
                int upTo = i + 1;
                control.after(m.label() + " at d = " + dims.get(i) + ": " + (s.reached() ? s.steps() + " steps"
                        : "not reached"), series.size() * dims.size() + upTo, total, () -> soFar(title, "dimension d",
                        series, m.label(), x, y, upTo));
            }
            LabResult.Series s = LabResult.Series.of(m.label(), x, y);
            series.add(s);
            notes.add(String.format(Locale.ROOT, "%s: measured slope %s, paper's bound %s", m.label(),
                    Double.isNaN(s.fit().slope()) ? "–" : String.format(Locale.ROOT, "%.2f", s.fit().slope()),
                    Double.isNaN(m.boundExponentInD()) ? "none (the ODE alone has no bound)"
                            : "d^" + m.boundExponentInD()));
        }
        notes.add("The paper's bounds are upper bounds; on product targets every sampler acts coordinate-wise.");
        return new LabResult(title, "dimension d", "steps needed", series, true, true, notes);
    }

    /**
     * The smoothness dial: a ring of 8 Gaussians whose variance shrinks by the given factors; for each, L(t-min)
     * (the score's Lipschitz constant near the data) and the steps each method needs to reach eps.
     */
    public static LabResult smoothnessDial(ExperimentConfig base, List<Double> varianceFactors, List<Method> methods,
                                           String metric, double eps, int maxSteps, int threads, Control control) {
        double[] smoothness = new double[varianceFactors.size()];
        List<ExperimentConfig> configs = new ArrayList<>();
        for (int i = 0; i < varianceFactors.size(); i++) {
            ExperimentConfig c = base.withTarget(TargetChoice.custom(ring(0.02 * varianceFactors.get(i))));
            DiffusedTarget dt = RunFactory.diffusedTarget(c);
            smoothness[i] = dt.smoothness(dt.process().tMin(), 256);
            configs.add(c);
        }
        List<LabResult.Series> series = new ArrayList<>();
        String title = "Steps to reach " + metric + " <= " + eps + " vs smoothness L(t-min)";
        int total = methods.size() * configs.size();
        for (Method m : methods) {
            double[] y = new double[configs.size()];
            java.util.Arrays.fill(y, Double.NaN);
            for (int i = 0; i < configs.size(); i++) {
                if (control.cancelled().getAsBoolean()) {
                    break;
                }
                String words = String.format(Locale.ROOT, "%s, variance x %.3g", m.label(), varianceFactors.get(i));
                control.progress().accept(words);
                StepsToTarget s = StepsToTarget.search(with(configs.get(i), m), metric, eps, maxSteps, threads,
                        control.cancelled());
                y[i] = s.reached() ? s.steps() : Double.NaN;
                int upTo = i + 1;
                control.after(words + ": " + (s.reached() ? s.steps() + " steps" : "not reached"),
                        series.size() * configs.size() + upTo, total,
                        () -> soFar(title, "L(t-min)", series, m.label(), smoothness, y, upTo));
            }
            series.add(LabResult.Series.of(m.label(), smoothness.clone(), y));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Ring of 8 Gaussians, variance 0.02 x " + varianceFactors + "; x = L(t-min).");
        notes.add("Non-smooth data (point masses, a circle, a box) has L(t) growing without bound as t -> 0.");
        return new LabResult(title, "L(t-min)", "steps needed", series, true, true, notes);
    }

    /** The final metric against the size of a simulated score error, per method. */
    public static LabResult scoreError(ExperimentConfig base, String kind, List<Double> sizes, List<Method> methods,
                                       String metric, int threads, Control control) {
        ExperimentConfig withKind = base.withScoreError(new org.diffuscope.app.viewmodel.ScoreErrorChoice(kind, 0.0));
        return perMethod(withKind, "score-error", sizes, methods, metric, threads, control,
                metric + " vs score error (" + kind + ", RMS under p_t)", "score error ε",
                "The plain ODE carries the error to the end; a corrector pulls it back.");
    }

    /** The final metric against t-max (the prior N(0, I) is wrong when t-max is small), per method. */
    public static LabResult wrongStart(ExperimentConfig base, List<Double> tMaxes, List<Method> methods, String metric,
                                       int threads, Control control) {
        return perMethod(base, "t-max", tMaxes, methods, metric, threads, control, metric + " vs t-max (wrong start)",
                "t-max", "The ODE keeps the bias of a wrong start; the SDE and the corrector remove it.");
    }

    /** A sweep over one setting for each method in turn, the result so far told after every run. */
    private static LabResult perMethod(ExperimentConfig base, String vary, List<Double> values, List<Method> methods,
                                       String metric, int threads, Control control, String title, String xLabel,
                                       String note) {
        List<SweepRow> rows = new ArrayList<>();
        int total = methods.size() * values.size();
        for (Method m : methods) {
            rows.addAll(Sweep.run(base, vary, values, List.of(m.sampler()), List.of(m.corrector()), threads,
                    (done, count) -> {
                        List<SweepRow> all = new ArrayList<>(rows);
                        all.addAll(done);
                        control.after(m.label() + ": " + done.size() + "/" + count, all.size(), total,
                                () -> titled(LabResult.fromSweep(all, metric, vary, false), title, xLabel, metric, note));
                    }, control.cancelled()));
        }
        return titled(LabResult.fromSweep(rows, metric, vary, false), title, xLabel, metric, note);
    }

    private static LabResult titled(LabResult r, String title, String xLabel, String metric, String note) {
        return new LabResult(title, xLabel, metric, r.series(), r.logX(), true, List.of(note));
    }

    /** The finished series and the first upTo points of the running one. */
    private static LabResult soFar(String title, String xLabel, List<LabResult.Series> finished, String running,
                                   double[] x, double[] y, int upTo) {
        List<LabResult.Series> all = new ArrayList<>(finished);
        all.add(LabResult.Series.of(running, java.util.Arrays.copyOf(x, upTo), java.util.Arrays.copyOf(y, upTo)));
        return new LabResult(title, xLabel, "steps needed", all, true, true, List.of());
    }

    private static ExperimentConfig with(ExperimentConfig base, Method m) {
        return base.withSampler(base.sampler().withName(m.sampler()))
                .withCorrector(base.corrector().withName(m.corrector()));
    }

    /** Target-file JSON of the ring of 8 (radius 2) with isotropic component variance v. */
    static String ring(double v) {
        StringBuilder sb = new StringBuilder("{\"type\": \"gaussian-mixture\", \"components\": [");
        for (int k = 0; k < 8; k++) {
            double a = 2 * Math.PI * k / 8;
            sb.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"weight\": 1, \"mean\": [%s, %s], \"covariance\": [[%s, 0], [0, %s]]}",
                    2 * Math.cos(a), 2 * Math.sin(a), v, v));
        }
        return sb.append("]}").toString();
    }

    private static String describe(TargetChoice t) {
        return t.isPreset() ? t.preset() : "a custom target";
    }
}
