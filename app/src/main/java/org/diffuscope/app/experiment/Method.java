package org.diffuscope.app.experiment;

import java.util.List;

import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.SamplerChoice;

/** A sampling method as the paper names them: a predictor with an optional corrector. */
public record Method(String sampler, String corrector) {

    public Method {
        if (!SamplerChoice.NAMES.contains(sampler)) {
            throw new IllegalArgumentException("sampler must be one of " + String.join(", ", SamplerChoice.NAMES) + ", got " + sampler);
        }
        if (!CorrectorChoice.NAMES.contains(corrector)) {
            throw new IllegalArgumentException("corrector must be one of " + String.join(", ", CorrectorChoice.NAMES) + ", got " + corrector);
        }
    }

    /** "sde-ei", "ode-ei + ulmc", ... */
    public String label() {
        return "none".equals(corrector) ? sampler : sampler + " + " + corrector;
    }

    /** The four of the paper's comparison (science.md §8.5): DDPM-type SDE, the ODE, ODE + ULA, ODE + ULMC. */
    public static List<Method> paper() {
        return List.of(new Method("sde-ei", "none"), new Method("ode-ei", "none"), new Method("ode-ei", "ula"),
                new Method("ode-ei", "ulmc"));
    }

    /** The exponent of d in the paper's step bound for this method, or NaN when the paper gives none. */
    public double boundExponentInD() {
        if (sampler.startsWith("sde")) {
            return 1.0;
        }
        return switch (corrector) {
            case "ulmc" -> 0.5;
            case "ula" -> 1.0;
            default -> Double.NaN;
        };
    }
}
