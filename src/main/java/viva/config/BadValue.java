package viva.config;

/** A setting's text that does not parse; the message says what was expected, for a located error. */
final class BadValue extends Exception {
    BadValue(String message) {
        super(message);
    }
}
