package viva.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bank answers are written as YAML block text with hard line breaks where the author's editor
 * wrapped. On screen those breaks would leave ragged lines, so lines of one paragraph are joined
 * before wrapping; blank lines, list items and indented lines (formulas, code) keep their breaks.
 */
public final class Paragraphs {
    private static final Pattern KEEP = Pattern.compile("\\s+\\S.*|[-*•]\\s.*|\\d+[.)、]\\s?.*|[（(]?\\d+[）)].*");

    private Paragraphs() {
    }

    public static String reflow(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            boolean blank = line.isBlank();
            if (blank || current == null || KEEP.matcher(line).matches()) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = blank ? null : new StringBuilder(line.stripTrailing());
                if (blank) {
                    out.add("");
                }
                continue;
            }
            join(current, line.strip());
        }
        if (current != null) {
            out.add(current.toString());
        }
        return String.join("\n", out).strip();
    }

    /** Chinese text has no spaces between words, so a line break inside it becomes nothing. */
    private static void join(StringBuilder current, String next) {
        int last = current.codePointBefore(current.length());
        int first = next.codePointAt(0);
        if (!(isWide(last) || isWide(first))) {
            current.append(' ');
        }
        current.append(next);
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
