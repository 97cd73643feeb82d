package org.diffuscope.app.viewmodel;

import org.diffuscope.core.process.ForwardProcess;

/** The forward process by name with its time interval [tMin, tMax]. */
public record ProcessChoice(String name, double tMin, double tMax) {

    public ProcessChoice {
        ForwardProcess p = ForwardProcess.named(name);
        p.checkTimes(tMin, tMax);
    }

    /** The process with its default times (science.md §1). */
    public static ProcessChoice defaults(String name) {
        ForwardProcess p = ForwardProcess.named(name);
        return new ProcessChoice(name, p.tMin(), p.tMax());
    }

    public ForwardProcess build() {
        return ForwardProcess.named(name).withTimes(tMin, tMax);
    }

    public ProcessChoice withTMax(double v) {
        return new ProcessChoice(name, tMin, v);
    }

    public ProcessChoice withTMin(double v) {
        return new ProcessChoice(name, v, tMax);
    }
}
