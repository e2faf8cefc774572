package viva.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in terminal columns, not chars: a Chinese character takes two columns, a combining
 * mark none. Everything that wraps, cuts or aligns goes through here, in the terminal and in the tables.
 */
public final class Columns {
    /** The width of output that goes to a pipe or a file: lines are never cut or wrapped for it. */
    public static final int UNLIMITED = MarkdownLayout.UNLIMITED;
    private Columns() {
    }

    /** The terminal's measure of a code point (see {@link Cells#TERMINAL}). */
    public static final Cells CELLS = Cells.TERMINAL;

    public static int width(String text) {
        return CELLS.width(text);
    }

    /** Pads with spaces on the right to {@code columns}; longer text is returned as it is. */
    public static String pad(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** Pads with spaces on the left to {@code columns}, as a figure is aligned; longer text is returned as it is. */
    public static String padLeft(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : " ".repeat(missing) + text;
    }

    /** Cuts to at most {@code columns}, marking the cut with an ellipsis; runs of white space count as one space. */
    public static String cut(String text, int columns) {
        return Wrap.cut(StyledLine.of(Span.plain(text.replaceAll("\\s+", " ").strip())), columns, CELLS).text();
    }

    /** Prose for the terminal: wrapped to its width, the last column left free; one line for a pipe. */
    public static List<String> fit(String text, int width) {
        return width == UNLIMITED ? List.of(text) : wrap(text, Math.max(20, width - 1));
    }

    /**
     * Wraps each line of {@code text} to {@code columns} (see {@link Wrap}). A line's leading spaces are
     * kept as a hanging indent, so that lists in text stay readable.
     */
    public static List<String> wrap(String text, int columns) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapLine(paragraph.stripTrailing(), Math.max(columns, 10), out);
        }
        return out;
    }

    private static void wrapLine(String line, int columns, List<String> out) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        List<Span> prefix = width(indent) > columns / 2 ? List.of() : List.of(Span.plain(indent));
        Wrap.lines(List.of(Span.plain(line.stripLeading())), columns, prefix, prefix, CELLS)
                .forEach(l -> out.add(l.text()));
    }
}
