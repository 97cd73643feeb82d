package org.diffuscope.core.preset;

import java.util.function.IntFunction;

import org.diffuscope.core.target.Target;

/**
 * A named target of the {@code targets} listing (cli.md): its default dimension, whether {@code --dim} may change
 * it, its kind (as in target files), a one-line description, and the factory that builds it for a dimension.
 *
 * @param name          the preset's name on the command line
 * @param dim           the default dimension (the only one unless scalesWithDim)
 * @param scalesWithDim whether any dimension in [1, {@link #MAX_DIM}] is allowed
 * @param kind          the kind of the built target ({@code gaussian-mixture}, {@code mixture}, ...)
 * @param description   one line for a student
 * @param factory       builds the target for an already validated dimension
 */
public record Preset(String name, int dim, boolean scalesWithDim, String kind, String description,
        IntFunction<Target> factory) {

    /** The largest dimension a scaling preset accepts. */
    public static final int MAX_DIM = 4096;

    public Preset {
        if (name == null || name.isBlank() || kind == null || description == null || factory == null) {
            throw new IllegalArgumentException("name, kind, description and factory are required");
        }
        if (dim < 1 || dim > MAX_DIM) {
            throw new IllegalArgumentException("dim must be in [1, " + MAX_DIM + "], got " + dim);
        }
    }

    /** Builds the target in the given dimension (validated: see {@link #scalesWithDim}). */
    public Target build(int dim) {
        if (!scalesWithDim && dim != this.dim) {
            throw new IllegalArgumentException("dim must be " + this.dim + " for preset " + name + ", got " + dim);
        }
        if (dim < 1 || dim > MAX_DIM) {
            throw new IllegalArgumentException("dim must be in [1, " + MAX_DIM + "] for preset " + name + ", got " + dim);
        }
        return factory.apply(dim);
    }

    /** Builds the target in its default dimension. */
    public Target build() {
        return build(dim);
    }
}
