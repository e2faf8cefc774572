package viva.term;

import org.jline.utils.WCWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in terminal columns, not chars: a Chinese character takes two columns, a combining
 * mark none. Everything that wraps, cuts or aligns goes through here.
 */
public final class Columns {
    /** The width of output that goes to a pipe or a file: lines are never cut or wrapped for it. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
    private Columns() {
    }

    public static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** Pads with spaces on the right to {@code columns}; longer text is returned as it is. */
    public static String pad(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** Cuts to at most {@code columns}, marking the cut with an ellipsis. */
    public static String cut(String text, int columns) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (width(line) <= columns) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    /** Prose for the terminal: wrapped to its width, the last column left free; one line for a pipe. */
    public static List<String> fit(String text, int width) {
        return width == UNLIMITED ? List.of(text) : wrap(text, Math.max(20, width - 1));
    }

    /**
     * Wraps each line of {@code text} to {@code columns}. Latin words stay whole where they fit;
     * CJK text breaks between any two characters, as it is typeset. A line's leading spaces are kept
     * as a hanging indent, so lists and formulas in model answers stay readable.
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
        if (width(indent) > columns / 2) {
            indent = "";
        }
        StringBuilder current = new StringBuilder(indent);
        int used = width(indent);
        for (String unit : units(line.stripLeading())) {
            int w = width(unit);
            boolean space = unit.equals(" ");
            if (used + w > columns && used > width(indent)) {
                out.add(current.toString().stripTrailing());
                current = new StringBuilder(indent);
                used = width(indent);
                if (space) {
                    continue;
                }
            }
            if (space && used == width(indent)) {
                continue;
            }
            if (w > columns - used) {
                used = hardBreak(unit, columns, indent, current, out);
                continue;
            }
            current.append(unit);
            used += w;
        }
        out.add(current.toString().stripTrailing());
    }

    /** A word wider than the line is split by columns; returns the columns used on the last line. */
    private static int hardBreak(String word, int columns, String indent, StringBuilder current, List<String> out) {
        int used = width(current.toString());
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (used + w > columns) {
                out.add(current.toString());
                current.setLength(0);
                current.append(indent);
                used = width(indent);
            }
            current.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return used;
    }

    /** Chinese punctuation that may not begin a line, and the kind that may not end one (kinsoku). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〉〕…％";
    private static final String NO_LINE_END = "（《「『【〈〔";

    /**
     * Splits a line into words, single spaces and single wide characters, the units a line may break
     * between. Closing punctuation joins the unit before it and opening punctuation the unit after it,
     * so that no line starts with "，" or ends with "（".
     */
    static List<String> units(String line) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            String c = new String(Character.toChars(cp));
            if (NO_LINE_START.contains(c) && opening.length() == 0 && (word.length() > 0 || !units.isEmpty())) {
                if (word.length() > 0) {
                    word.append(c);
                } else {
                    units.set(units.size() - 1, units.get(units.size() - 1) + c);
                }
            } else if (NO_LINE_END.contains(c)) {
                flush(word, units);
                opening.append(c);
            } else if (cp == ' ' || WCWidth.wcwidth(cp) == 2) {
                flush(word, units);
                if (cp == ' ' && opening.length() > 0) {
                    units.add(opening.toString());
                    opening.setLength(0);
                }
                units.add(opening + c);
                opening.setLength(0);
            } else {
                word.append(opening).append(c);
                opening.setLength(0);
            }
        }
        word.append(opening);
        flush(word, units);
        return units;
    }

    private static void flush(StringBuilder word, List<String> units) {
        if (word.length() > 0) {
            units.add(word.toString());
            word.setLength(0);
        }
    }
}
