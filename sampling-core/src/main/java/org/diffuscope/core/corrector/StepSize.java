package org.diffuscope.core.corrector;

/**
 * A corrector step size: a fixed number, or automatic, {@code factor / L(t)} (ula, mala) or
 * {@code factor / sqrt(L(t))} (ulmc), with the corrector's default factor when none is given.
 *
 * @param automatic true for an automatic step
 * @param value the fixed step (> 0), or the automatic factor (> 0, or NaN for the corrector's default)
 */
public record StepSize(boolean automatic, double value) {

    public StepSize {
        boolean defaultFactor = automatic && Double.isNaN(value);
        if (!defaultFactor && (!(value > 0) || !Double.isFinite(value))) {
            throw new IllegalArgumentException("corrector step must be a finite number > 0 or auto, got " + value);
        }
    }

    public static StepSize fixed(double h) {
        return new StepSize(false, h);
    }

    /** Automatic, with the corrector's default factor. */
    public static StepSize auto() {
        return new StepSize(true, Double.NaN);
    }

    public static StepSize auto(double factor) {
        return new StepSize(true, factor);
    }

    /** Parses {@code auto} or a number. */
    public static StepSize parse(String text) {
        if (text.equals("auto")) {
            return auto();
        }
        try {
            return fixed(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("corrector step must be a number or auto, got '" + text + "'");
        }
    }

    /** The step: the fixed value, or {@code factor * scale} (scale = 1/L or 1/sqrt(L)). */
    public double resolve(double defaultFactor, double scale) {
        return !automatic ? value : (Double.isNaN(value) ? defaultFactor : value) * scale;
    }

    @Override
    public String toString() {
        return automatic ? (Double.isNaN(value) ? "auto" : "auto(" + value + ")") : Double.toString(value);
    }
}
