package org.diffuscope.app.cli;

/** A sampling run whose particles became non-finite; the CLI exits 3 with this message. */
public final class DivergenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DivergenceException(String message) {
        super(message);
    }
}
