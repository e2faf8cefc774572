package viva.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a number of terminal columns. Latin words stay whole where they fit; CJK text breaks
 * between any two characters, as it is typeset, but no line starts with "，" or ends with "（".
 * Styles ride along with the characters they belong to, so a word in code style stays in code style
 * on whichever line it lands.
 */
public final class Wrap {
    /** Chinese punctuation that may not begin a line, and the kind that may not end one (kinsoku). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〉〕…％";
    private static final String NO_LINE_END = "（《「『【〈〔";
    private static final String CUT = "…";

    private Wrap() {
    }

    /**
     * {@code text} wrapped to {@code columns}, its first line after {@code first} and the others after
     * {@code rest}: a list item's marker, then its hanging indent. Never fewer than one line.
     */
    public static List<StyledLine> lines(List<Span> text, int columns, List<Span> first, List<Span> rest, Cells cells) {
        StringBuilder chars = new StringBuilder();
        List<Style> styles = new ArrayList<>();
        for (Span s : text) {
            chars.append(s.text());
            s.text().chars().forEach(c -> styles.add(s.style()));
        }
        return new Filler(columns, first, rest, cells).fill(chars.toString(), styles);
    }

    /** {@code line} cut to {@code columns}, the cut marked with an ellipsis so that the reader knows there is more. */
    public static StyledLine cut(StyledLine line, int columns, Cells cells) {
        if (cells.width(line.text()) <= columns) {
            return line;
        }
        List<Span> kept = new ArrayList<>();
        int used = 0;
        for (Span s : line.spans()) {
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < s.text().length(); ) {
                int cp = s.text().codePointAt(i);
                if (used + cells.of(cp) > columns - cells.width(CUT)) {
                    kept.add(new Span(part.toString(), s.style()));
                    kept.add(new Span(CUT, Style.DIM));
                    return new StyledLine(StyledLine.merge(kept));
                }
                part.appendCodePoint(cp);
                used += cells.of(cp);
                i += Character.charCount(cp);
            }
            kept.add(new Span(part.toString(), s.style()));
        }
        return new StyledLine(kept);
    }

    /** The lines being filled, one unit at a time. */
    private static final class Filler {
        private final int columns;
        private final List<Span> rest;
        private final Cells cells;
        private final List<StyledLine> out = new ArrayList<>();
        private List<Span> current;
        private int indent;
        private int used;

        Filler(int columns, List<Span> first, List<Span> rest, Cells cells) {
            this.columns = columns;
            this.rest = rest;
            this.cells = cells;
            start(first);
        }

        private void start(List<Span> prefix) {
            current = new ArrayList<>(prefix);
            indent = cells.width(new StyledLine(prefix).text());
            used = indent;
        }

        List<StyledLine> fill(String text, List<Style> styles) {
            int at = 0;
            for (String unit : units(text, cells)) {
                place(unit, styles.subList(at, at + unit.length()));
                at += unit.length();
            }
            finish();
            return out;
        }

        private void place(String unit, List<Style> styles) {
            int w = cells.width(unit);
            boolean space = unit.equals(" ");
            if (used + w > columns && used > indent) {
                finish();
                start(rest);
                if (space) {
                    return;
                }
            }
            if (space && used == indent) {
                return;
            }
            if (w > columns - used) {
                hardBreak(unit, styles);
                return;
            }
            append(unit, styles);
            used += w;
        }

        /** A word wider than the line is split by columns. */
        private void hardBreak(String word, List<Style> styles) {
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                int n = Character.charCount(cp);
                int w = cells.of(cp);
                if (used + w > columns && used > indent) {
                    finish();
                    start(rest);
                }
                append(word.substring(i, i + n), styles.subList(i, i + n));
                used += w;
                i += n;
            }
        }

        private void append(String unit, List<Style> styles) {
            for (int i = 0; i < unit.length(); i++) {
                current.add(new Span(String.valueOf(unit.charAt(i)), styles.get(i)));
            }
        }

        private void finish() {
            List<Span> spans = StyledLine.merge(current);
            int last = spans.size() - 1;
            if (last >= 0) {
                String trimmed = spans.get(last).text().stripTrailing();
                spans.set(last, new Span(trimmed, spans.get(last).style()));
            }
            out.add(new StyledLine(StyledLine.merge(spans)));
        }
    }

    /**
     * Splits a line into words, single spaces and single wide characters, the units a line may break
     * between; together they are the line again. Closing punctuation joins the unit before it and
     * opening punctuation the unit after it.
     */
    public static List<String> units(String line, Cells cells) {
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
            } else if (cp == ' ' || cells.wide(cp)) {
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
