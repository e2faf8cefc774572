package viva.bank;

import viva.text.Visible;

/**
 * One thing wrong with a bank, printed as {@code file:line:col: message}. The file's name and the
 * message (which may quote the bank) are made {@link Visible}: a problem is shown, never executed.
 */
public record Problem(Location at, String message) {
    @Override
    public String toString() {
        return Visible.of(oneLine(at + ": " + message));
    }

    /**
     * A problem is one line, whatever it quotes: a line break in a file name, a key or a value (a quoted
     * "\n" in YAML) is shown as ^J, ^M or <U+2028>, so that a list of problems stays one per line.
     */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("^J");
                case '\r' -> out.append("^M");
                case '\u000B' -> out.append("^K");
                case '\u000C' -> out.append("^L");
                case '\u0085', '\u2028', '\u2029' -> out.append(String.format("<U+%04X>", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
