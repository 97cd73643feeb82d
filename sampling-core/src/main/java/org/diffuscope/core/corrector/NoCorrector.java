package org.diffuscope.core.corrector;

import org.diffuscope.core.sampler.StepContext;

/** No correction: the run calls it never. */
public record NoCorrector() implements Corrector {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public boolean isNone() {
        return true;
    }

    @Override
    public boolean needsSmoothness(boolean paperSchedule) {
        return false;
    }

    @Override
    public CorrectorCall plan(double smoothness, int iterations, boolean paperSchedule) {
        return new CorrectorCall(0, Double.NaN, Double.NaN);
    }

    @Override
    public CorrectorStepper stepper(StepContext ctx) {
        return (step, t, tNext, call, x, out) -> {
            System.arraycopy(x, 0, out, 0, x.length);
            return 0;
        };
    }
}
