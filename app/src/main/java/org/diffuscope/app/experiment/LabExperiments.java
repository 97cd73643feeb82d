package org.diffuscope.app.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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

    /** Progress and cancellation of a running experiment. */
    public record Control(Consumer<String> progress, BooleanSupplier cancelled) {
        public static Control silent() {
            return new Control(s -> { }, () -> false);
        }
    }

    private LabExperiments() {
    }

    /** The metric against the step count (or NFE), for every sampler x corrector: the CLI's sweep over steps. */
    public static LabResult errorVsSteps(ExperimentConfig base, List<String> samplers, List<String> correctors,
                                         List<Double> steps, String metric, boolean againstNfe, int threads,
                                         Control control) {
        List<SweepRow> rows = Sweep.run(base, "steps", steps, samplers, correctors, threads,
                p -> control.progress().accept(p[0] + "/" + p[1] + " runs"), control.cancelled());
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
        for (Method m : methods) {
            double[] x = new double[dims.size()];
            double[] y = new double[dims.size()];
            for (int i = 0; i < dims.size(); i++) {
                if (control.cancelled().getAsBoolean()) {
                    return new LabResult("Steps to reach " + metric + " <= " + eps, "dimension d", "steps needed",
                            series, true, true, notes);
                }
                ExperimentConfig c = with(base, m).withTarget(TargetChoice.preset(base.target().preset(), dims.get(i)));
                control.progress().accept(m.label() + " at d = " + dims.get(i));
                StepsToTarget s = StepsToTarget.search(c, metric, eps, maxSteps, threads, control.cancelled());
                x[i] = dims.get(i);
                y[i] = s.reached() ? s.steps() : Double.NaN;
            }
            LabResult.Series s = LabResult.Series.of(m.label(), x, y);
            series.add(s);
            notes.add(String.format(Locale.ROOT, "%s: measured slope %s, paper's bound %s", m.label(),
                    Double.isNaN(s.fit().slope()) ? "–" : String.format(Locale.ROOT, "%.2f", s.fit().slope()),
                    Double.isNaN(m.boundExponentInD()) ? "none (the ODE alone has no bound)"
                            : "d^" + m.boundExponentInD()));
        }
        notes.add("The paper's bounds are upper bounds; on product targets every sampler acts coordinate-wise.");
        return new LabResult("Steps to reach " + metric + " <= " + eps + " vs dimension (" + base.target().preset() + ")",
                "dimension d", "steps needed", series, true, true, notes);
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
        for (Method m : methods) {
            double[] y = new double[configs.size()];
            for (int i = 0; i < configs.size(); i++) {
                if (control.cancelled().getAsBoolean()) {
                    break;
                }
                control.progress().accept(String.format(Locale.ROOT, "%s, variance x %.3g", m.label(), varianceFactors.get(i)));
                StepsToTarget s = StepsToTarget.search(with(configs.get(i), m), metric, eps, maxSteps, threads,
                        control.cancelled());
                y[i] = s.reached() ? s.steps() : Double.NaN;
            }
            series.add(LabResult.Series.of(m.label(), smoothness.clone(), y));
        }
        List<String> notes = new ArrayList<>();
        notes.add("Ring of 8 Gaussians, variance 0.02 x " + varianceFactors + "; x = L(t-min).");
        notes.add("Non-smooth data (point masses, a circle, a box) has L(t) growing without bound as t -> 0.");
        return new LabResult("Steps to reach " + metric + " <= " + eps + " vs smoothness L(t-min)", "L(t-min)",
                "steps needed", series, true, true, notes);
    }

    /** The final metric against the size of a simulated score error, per method. */
    public static LabResult scoreError(ExperimentConfig base, String kind, List<Double> sizes, List<Method> methods,
                                       String metric, int threads, Control control) {
        ExperimentConfig withKind = base.withScoreError(new org.diffuscope.app.viewmodel.ScoreErrorChoice(kind, 0.0));
        List<SweepRow> rows = new ArrayList<>();
        for (Method m : methods) {
            rows.addAll(Sweep.run(withKind, "score-error", sizes, List.of(m.sampler()), List.of(m.corrector()), threads,
                    p -> control.progress().accept(m.label() + ": " + p[0] + "/" + p[1]), control.cancelled()));
        }
        LabResult r = LabResult.fromSweep(rows, metric, "score-error", false);
        return new LabResult(metric + " vs score error (" + kind + ", RMS under p_t)", "score error ε", metric,
                r.series(), r.logX(), true, List.of("The plain ODE carries the error to the end; a corrector pulls it back."));
    }

    /** The final metric against t-max (the prior N(0, I) is wrong when t-max is small), per method. */
    public static LabResult wrongStart(ExperimentConfig base, List<Double> tMaxes, List<Method> methods, String metric,
                                       int threads, Control control) {
        List<SweepRow> rows = new ArrayList<>();
        for (Method m : methods) {
            rows.addAll(Sweep.run(base, "t-max", tMaxes, List.of(m.sampler()), List.of(m.corrector()), threads,
                    p -> control.progress().accept(m.label() + ": " + p[0] + "/" + p[1]), control.cancelled()));
        }
        LabResult r = LabResult.fromSweep(rows, metric, "t-max", false);
        return new LabResult(metric + " vs t-max (wrong start)", "t-max", metric, r.series(), true, true,
                List.of("The ODE keeps the bias of a wrong start; the SDE and the corrector remove it."));
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
