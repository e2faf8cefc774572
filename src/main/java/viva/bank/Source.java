package viva.bank;

/** Where a bank's text came from: a name for messages, and the text itself. */
public record Source(String name, String text) {
}
