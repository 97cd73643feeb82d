package org.diffuscope.app.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A sweep's chosen metric against the varied value on log-log axes, one line per sampler x corrector (cli.md). */
public final class SweepPlot {

    private SweepPlot() {
    }

    /** Writes the plot as PNG. */
    public static void writePng(List<SweepRow> rows, String metric, String vary, OutputStream out) throws IOException {
        ResultPlot.writePng(LabResult.fromSweep(rows, metric, vary, false), out);
    }
}
