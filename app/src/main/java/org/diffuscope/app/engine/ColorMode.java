package org.diffuscope.app.engine;

/** How particles are coloured; the engine computes the per-particle values a mode needs when it publishes a frame. */
public enum ColorMode {
    /** One colour for all. */
    PLAIN("Plain"),
    /** The mode of p_t each particle most likely belongs to now: argmax of the exact responsibilities. */
    MODE("Mode now"),
    /** The mode each particle ends in at t-min, shown at every time (the flow map on the noise). */
    FINAL_MODE("Final mode"),
    /** Distance moved since the previous frame per unit time. */
    SPEED("Speed"),
    /** The exact log p_t at the particle: low values are particles where the truth has little mass. */
    ERROR("Log density");

    private final String label;

    ColorMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
