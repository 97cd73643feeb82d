package org.diffuscope.core.sampler;

/**
 * DPM-Solver++(2M) (Lu et al. 2022; k-diffusion's {@code sample_dpmpp_2m}), a multistep method on the denoiser
 * {@code D = (x + sigma^2 s)/alpha}: with {@code lambda = log(alpha/sigma)}, {@code hl = lambda' - lambda},
 * {@code r = hl_prev/hl}: {@code x' = (sigma'/sigma) x - alpha' (e^-hl - 1) [(1 + 1/(2r)) D_i - 1/(2r) D_{i-1}]};
 * the first step uses D_i alone (= DDIM). Exact for a single point mass (science.md §4).
 */
public record DpmSolver2m() implements Predictor {

    @Override
    public String name() {
        return "dpmpp-2m";
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public boolean stochastic() {
        return false;
    }

    @Override
    public Stepper stepper(StepContext ctx) {
        return new DpmSolver2mStepper(ctx);
    }
}
