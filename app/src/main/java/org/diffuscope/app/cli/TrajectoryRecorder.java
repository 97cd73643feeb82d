package org.diffuscope.app.cli;

import java.io.IOException;
import java.io.Writer;

import org.diffuscope.core.run.Phase;
import org.diffuscope.core.run.StepEvent;
import org.diffuscope.core.run.StepObserver;

/**
 * Keeps the first M particles at every K-th step, predictor and corrector phases told apart, and writes them as
 * rows {@code step,t,phase,particle,x0,...} (cli.md {@code --trajectory}).
 */
final class TrajectoryRecorder implements StepObserver {

    private final int every;
    private final int particles;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private int dim = -1;

    TrajectoryRecorder(int every, int particles) {
        this.every = every;
        this.particles = particles;
    }

    @Override
    public void onStep(StepEvent e) {
        if ((e.phase() != Phase.PREDICTOR && e.phase() != Phase.CORRECTOR) || e.step() % every != 0) {
            return;
        }
        dim = e.particles().dim();
        int m = Math.min(particles, e.particles().count());
        for (int i = 0; i < m; i++) {
            rows.append(e.step()).append(',').append(e.t()).append(',').append(e.phase().label()).append(',').append(i);
            for (int j = 0; j < dim; j++) {
                rows.append(',').append(e.particles().get(i, j));
            }
            rows.append('\n');
        }
    }

    void write(Writer w) throws IOException {
        StringBuilder header = new StringBuilder("step,t,phase,particle");
        for (int j = 0; j < Math.max(dim, 0); j++) {
            header.append(",x").append(j);
        }
        w.write(header.append('\n').toString());
        w.write(rows.toString());
    }
}
