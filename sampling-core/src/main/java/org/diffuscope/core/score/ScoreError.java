package org.diffuscope.core.score;

import java.util.Locale;

/**
 * A simulated learned-score error {@code e(x, t)} of RMS size {@code size} under p_t (science.md §6): {@code bias}
 * (a constant vector), {@code field} (a fixed smooth random vector field), {@code noise} (fresh Gaussian noise at
 * every evaluation), {@code scale} ({@code c s}).
 *
 * @param kind the shape of the error
 * @param size {@code sqrt(E_{p_t} |e|^2)}, >= 0
 */
public record ScoreError(Kind kind, double size) {

    /** The shapes of simulated score error. */
    public enum Kind {
        BIAS, FIELD, NOISE, SCALE;

        /** The command-line name ({@code bias}, {@code field}, {@code noise}, {@code scale}). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ScoreError {
        if (kind == null) {
            throw new IllegalArgumentException("score error kind is required");
        }
        if (!(size >= 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("score error size must be a finite number >= 0, got " + size);
        }
    }

    /** Parses {@code KIND:SIZE}, e.g. {@code field:0.5}. */
    public static ScoreError parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("score error must look like KIND:SIZE (kinds: bias, field, noise, scale), got '" + text + "'");
        }
        String name = text.substring(0, colon).trim();
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.label().equals(name)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException("unknown score error kind '" + name + "' (allowed: bias, field, noise, scale)");
        }
        double size;
        try {
            size = Double.parseDouble(text.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("score error size must be a number, got '" + text.substring(colon + 1) + "'");
        }
        return new ScoreError(kind, size);
    }

    @Override
    public String toString() {
        return kind.label() + ":" + size;
    }
}
