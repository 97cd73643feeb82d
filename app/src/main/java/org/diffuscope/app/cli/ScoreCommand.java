package org.diffuscope.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

import org.diffuscope.app.io.AtomicFiles;
import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.PointsCsv;
import org.diffuscope.core.particles.Particles;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.target.Evaluator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score}: the exact log-density and score of p_t at the given points. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Exact log p_t and score of p_t at the points of a CSV file.")
public final class ScoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--t", paramLabel = "TIME", required = true,
            description = "Time, 0 < TIME <= t-max (0 allowed when the target has a density).")
    double t;

    @Option(names = "--points", paramLabel = "IN.csv", required = true,
            description = "A header line, then one point per row, d comma-separated numbers.")
    Path points;

    @Option(names = "--out", paramLabel = "OUT.csv",
            description = "Output CSV (header logp,s0,...); standard output when left out.")
    Path out;

    @Override
    public void run() {
        DiffusedTarget dt = common.diffusedTarget();
        double tMax = dt.process().tMax();
        boolean zeroOk = dt.target().hasDensity();
        if (!(t > 0 || (t == 0 && zeroOk)) || !(t <= tMax)) {
            throw new InputException("--t must be in " + (zeroOk ? "[0, " : "(0, ") + tMax + "] (t-max), got " + t
                    + (t == 0 ? " (this target has no density at t = 0)" : ""));
        }
        if (out != null) {
            AtomicFiles.checkWritable(out, "--out");
        }
        Particles x = PointsCsv.read(points, dt.dim(), "--points");
        try {
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                write(dt, x, w);
                w.flush();
            } else {
                AtomicFiles.writeText(out, w -> write(dt, x, w));
            }
        } catch (IOException e) {
            throw new InputException("--out: cannot write " + out + " (" + e.getMessage() + ")");
        }
    }

    private void write(DiffusedTarget dt, Particles x, Writer w) throws IOException {
        int d = dt.dim();
        Evaluator ev = dt.marginal(t).evaluator();
        StringBuilder sb = new StringBuilder("logp");
        for (int j = 0; j < d; j++) {
            sb.append(",s").append(j);
        }
        w.write(sb.append('\n').toString());
        double[] s = new double[d];
        for (int i = 0; i < x.count(); i++) {
            double logp = ev.score(x.data(), i * d, s, 0);
            sb.setLength(0);
            sb.append(logp);
            for (int j = 0; j < d; j++) {
                sb.append(',').append(s[j]);
            }
            w.write(sb.append('\n').toString());
        }
    }
}
