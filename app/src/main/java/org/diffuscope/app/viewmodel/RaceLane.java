package org.diffuscope.app.viewmodel;

/**
 * One pane of a race: what differs from the shared experiment (sampler, steps, corrector). Everything else —
 * target, process, grid kind, particles, seed — is the shared experiment's, so all panes start from the same prior
 * samples and draw the same noise at the same step.
 */
public record RaceLane(String sampler, int steps, String corrector) {

    public RaceLane {
        ExperimentConfig.require(SamplerChoice.NAMES.contains(sampler), "sampler must be one of "
                + String.join(", ", SamplerChoice.NAMES) + ", got " + sampler);
        ExperimentConfig.require(steps >= 1 && steps <= SamplerChoice.MAX_STEPS,
                "steps must be in 1.." + SamplerChoice.MAX_STEPS + ", got " + steps);
        ExperimentConfig.require(CorrectorChoice.NAMES.contains(corrector), "corrector must be one of "
                + String.join(", ", CorrectorChoice.NAMES) + ", got " + corrector);
    }

    /** The shared experiment with this lane's sampler, steps and corrector. */
    public ExperimentConfig apply(ExperimentConfig shared) {
        CorrectorChoice c = shared.corrector().name().equals(corrector) ? shared.corrector()
                : CorrectorChoice.defaults(corrector);
        return shared.withSampler(shared.sampler().withName(sampler).withSteps(steps)).withCorrector(c)
                .withForward(false);
    }

    public RaceLane withSampler(String v) {
        return new RaceLane(v, steps, corrector);
    }

    public RaceLane withSteps(int v) {
        return new RaceLane(sampler, v, corrector);
    }

    public RaceLane withCorrector(String v) {
        return new RaceLane(sampler, steps, v);
    }

    /** A short name for legends: "ode-ei 40 + ulmc". */
    public String label() {
        return sampler + " " + steps + ("none".equals(corrector) ? "" : " + " + corrector);
    }

    /** The paper's comparison: SDE, ODE, ODE + ULMC, and a second-order ODE for a fourth pane. */
    public static java.util.List<RaceLane> defaults() {
        return java.util.List.of(new RaceLane("sde-em", 40, "none"), new RaceLane("ode-ei", 40, "none"),
                new RaceLane("ode-ei", 40, "ulmc"), new RaceLane("ode-heun", 20, "none"));
    }
}
