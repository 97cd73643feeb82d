package org.diffuscope.app.io;

/**
 * Bad user input (a file, a flag value, a field): the message names what is wrong and the allowed range; shown
 * to the user as it is, without a stack trace (the CLI exits 2).
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
