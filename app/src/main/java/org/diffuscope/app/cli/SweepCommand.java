package org.diffuscope.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diffuscope.app.experiment.Sweep;
import org.diffuscope.app.experiment.SweepPlot;
import org.diffuscope.app.experiment.SweepRow;
import org.diffuscope.app.io.AtomicFiles;
import org.diffuscope.app.io.InputException;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: every sampler x corrector at every value of one setting, as CSV and a log-log PNG plot. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run every sampler x corrector at every value of one setting; CSV of metrics and a log-log plot.")
public final class SweepCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    SampleOptions options;

    @Option(names = "--vary", required = true, paramLabel = "steps|dim|corrector-steps|score-error|t-max",
            description = "The setting to vary.")
    String vary;

    @Option(names = "--values", required = true, split = ",", paramLabel = "v1,v2,...",
            description = "Its values (whole numbers >= 1 for steps, dim, corrector-steps; sizes >= 0 for score-error).")
    List<String> values;

    @Option(names = "--samplers", required = true, split = ",", paramLabel = "s1,s2,...", description = "Predictors to run.")
    List<String> samplers;

    @Option(names = "--correctors", split = ",", paramLabel = "c1,c2,...", description = "Correctors to run. Default: none.")
    List<String> correctors;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = "sliced_w2",
            description = "The metric to plot (any --metrics key). Default: ${DEFAULT-VALUE}.")
    String metric;

    @Option(names = "--reach", paramLabel = "EPS",
            description = "Instead of one run per value, find the fewest steps at which --metric <= EPS (doubling, then "
                    + "bisection to 10%); the steps column and the plot then show the steps needed. EPS > 0.")
    Double reach;

    @Option(names = "--max-steps", defaultValue = "4096",
            description = "With --reach: give up above this many steps, 2..100000. Default: ${DEFAULT-VALUE}.")
    int maxSteps;

    @Option(names = "--out", required = true, paramLabel = "RESULT.csv", description = "The results, one row per run.")
    Path out;

    @Option(names = "--plot", paramLabel = "RESULT.png", description = "The chosen metric vs the varied value, log-log.")
    Path plot;

    @Override
    public void run() {
        if (!Sweep.VARIES.contains(vary)) {
            throw new InputException("--vary must be one of " + String.join(", ", Sweep.VARIES) + ", got " + vary);
        }
        AtomicFiles.checkWritable(out, "--out");
        if (plot != null) {
            AtomicFiles.checkWritable(plot, "--plot");
        }
        List<Double> vs = parseValues();
        List<String> cs = correctors == null ? List.of("none") : correctors;
        for (String s : samplers) {
            if (!SamplerChoice.NAMES.contains(s)) {
                throw new InputException("--samplers: unknown sampler '" + s + "' (allowed: " + String.join(", ", SamplerChoice.NAMES) + ")");
            }
        }
        for (String c : cs) {
            if (!CorrectorChoice.NAMES.contains(c)) {
                throw new InputException("--correctors: unknown corrector '" + c + "' (allowed: " + String.join(", ", CorrectorChoice.NAMES) + ")");
            }
        }
        ExperimentConfig base = options.config(common, options.particleCount());
        // validate every point before the first run, so that bad input costs nothing
        for (String s : samplers) {
            for (String c : cs) {
                for (double v : vs) {
                    try {
                        Sweep.config(base, vary, v, s, c);
                    } catch (IllegalArgumentException e) {
                        throw new InputException(e.getMessage().startsWith("--") ? e.getMessage() : "--values: " + e.getMessage());
                    }
                }
            }
        }
        if (reach != null && !(reach > 0 && Double.isFinite(reach))) {
            throw new InputException("--reach must be a number > 0, got " + reach);
        }
        if (maxSteps < 2 || maxSteps > 100_000) {
            throw new InputException("--max-steps must be in 2..100000, got " + maxSteps);
        }
        if (reach != null && "steps".equals(vary)) {
            throw new InputException("--reach searches the steps itself: vary dim, corrector-steps, score-error or t-max");
        }
        var err = spec.commandLine().getErr();
        Sweep.Progress progress = (done, total) -> {
            err.printf("sweep: %d/%d done%n", done.size(), total);
            err.flush();
        };
        List<SweepRow> rows = reach == null
                ? Sweep.run(base, vary, vs, samplers, cs, common.threads(), progress, () -> false)
                : Sweep.reach(base, vary, vs, samplers, cs, metric, reach, maxSteps, common.threads(), progress, () -> false);
        String plotted = reach == null ? metric : "steps";
        try {
            AtomicFiles.writeText(out, w -> writeCsv(w, rows));
            if (plot != null) {
                AtomicFiles.writeBytes(plot, o -> SweepPlot.writePng(rows, plotted, vary, o));
            }
        } catch (IOException e) {
            throw new InputException("cannot write the sweep results (" + e.getMessage() + ")");
        }
    }

    private List<Double> parseValues() {
        List<Double> vs = new ArrayList<>();
        for (String v : values) {
            try {
                double x = Double.parseDouble(v.strip());
                if (!Double.isFinite(x)) {
                    throw new NumberFormatException();
                }
                vs.add(x);
            } catch (NumberFormatException e) {
                throw new InputException("--values: '" + v + "' is not a finite number");
            }
        }
        return vs;
    }

    /** The CSV of cli.md: sampler,corrector,vary,value,steps,nfe, every metric, diverged. */
    static void writeCsv(Writer w, List<SweepRow> rows) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (SweepRow r : rows) {
            keys.addAll(r.metrics().keySet());
        }
        keys.remove("nfe");
        keys.remove("steps");
        StringBuilder sb = new StringBuilder("sampler,corrector,vary,value,steps,nfe");
        for (String k : keys) {
            sb.append(',').append(k);
        }
        w.write(sb.append(",diverged\n").toString());
        for (SweepRow r : rows) {
            sb.setLength(0);
            sb.append(r.sampler()).append(',').append(r.corrector()).append(',').append(r.vary()).append(',')
                    .append(r.value()).append(',').append(r.steps()).append(',').append(r.nfe());
            for (String k : keys) {
                Object v = r.metrics().get(k);
                sb.append(',');
                if (v instanceof Double d && !Double.isFinite(d)) {
                    continue;
                }
                if (v != null) {
                    sb.append(v);
                }
            }
            w.write(sb.append(',').append(r.diverged()).append('\n').toString());
        }
    }
}
