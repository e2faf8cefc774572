package viva.bank;

/** One thing wrong with a bank, printed as {@code file:line:col: message}. */
public record Problem(Location at, String message) {
    @Override
    public String toString() {
        return at + ": " + message;
    }
}
