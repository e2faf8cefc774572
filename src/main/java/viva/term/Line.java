package viva.term;

import viva.text.Visible;

/**
 * A line of output with the tone it is shown in; a plain printer ignores the tone. Its text is made
 * {@link Visible} here, once, so that nothing a bank or an answer holds acts on the terminal it is shown in.
 */
public record Line(String text, Tone tone) {
    public enum Tone { PLAIN, TITLE, DIM, GOOD, BAD, WARN }

    public Line {
        text = Visible.of(text);
    }

    public static Line plain(String text) {
        return new Line(text, Tone.PLAIN);
    }

    public static Line of(Tone tone, String text) {
        return new Line(text, tone);
    }
}
