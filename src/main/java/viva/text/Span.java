package viva.text;

/** A run of text in one style. */
public record Span(String text, Style style) {
    public static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }
}
