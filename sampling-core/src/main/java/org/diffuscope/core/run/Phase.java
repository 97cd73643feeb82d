package org.diffuscope.core.run;

/** What produced a state of a run: the initial draw, a predictor step, a corrector call, the final denoise. */
public enum Phase {
    INIT, PREDICTOR, CORRECTOR, DENOISE;

    /** Lower-case name, as in trajectory files ({@code predictor}, {@code corrector}, ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
