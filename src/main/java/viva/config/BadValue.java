package viva.config;

import java.io.Serial;

/** A setting's text that does not parse; the message says what was expected, for a located error. */
final class BadValue extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
        super(message);
    }
}
