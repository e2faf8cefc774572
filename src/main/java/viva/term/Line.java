package viva.term;

/** A line of output with the tone it is shown in; a plain printer ignores the tone. */
public record Line(String text, Tone tone) {
    public enum Tone { PLAIN, TITLE, DIM, GOOD, BAD, WARN }

    public static Line plain(String text) {
        return new Line(text, Tone.PLAIN);
    }

    public static Line of(Tone tone, String text) {
        return new Line(text, tone);
    }
}
