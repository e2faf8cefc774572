package viva.bank;

import viva.text.Visible;

/**
 * One thing wrong with a bank, printed as {@code file:line:col: message}. The file's name and the
 * message (which may quote the bank) are made {@link Visible}: a problem is shown, never executed.
 */
public record Problem(Location at, String message) {
    @Override
    public String toString() {
        return Visible.of(at + ": " + message);
    }
}
