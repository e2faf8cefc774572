package viva.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text read once for matching: its words (see {@link Words}), its clauses folded to letters and digits
 * for Chinese, and its compact form for formulas. An answer is read once and matched against every key point.
 */
public final class Reading {
    /** No text: nothing occurs in it. */
    public static final Reading NONE = new Reading("");

    final List<Words.Word> words;
    /** Where each stem and each written form stands among the words: a keyword is looked for only where its first word is. */
    final Map<String, List<Integer>> positions;
    /** Each clause with only its letters and digits left, for substring matching of Chinese. */
    final List<String> foldedClauses;
    /** The clauses joined by a character no keyword holds: one search tells whether a keyword is anywhere. */
    final String foldedAll;
    /** The whole text without whitespace, operators kept, for formulas. */
    final String compact;
    /** Where whitespace stood before a character of {@link #compact}: a formula ends there as at punctuation. */
    final BitSet spaceBefore = new BitSet();
    /** The text as normalised, and where each character of {@link #compact} stands in it: what precedes a formula. */
    final String normalised;
    private final int[] compactAt;
    final boolean hasHan;

    private Reading(String text) {
        String normalised = KeywordMatcher.normalise(text);
        this.normalised = normalised;
        this.words = Words.of(normalised);
        this.positions = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            positions.computeIfAbsent(w.stem(), k -> new ArrayList<>()).add(i);
            if (!w.raw().equals(w.stem())) {
                positions.computeIfAbsent(w.raw(), k -> new ArrayList<>()).add(i);
            }
        }
        this.foldedClauses = foldedClauses(normalised);
        this.foldedAll = String.join("\u0000", foldedClauses);
        this.hasHan = normalised.codePoints().anyMatch(Han::is);
        StringBuilder out = new StringBuilder(normalised.length());
        int[] at = new int[normalised.length() + 1];
        boolean space = false;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                spaceBefore.set(out.length());
                space = false;
            }
            at[out.length()] = i;
            out.append((char) operator(c));
        }
        this.compactAt = Arrays.copyOf(at, out.length());
        spaceBefore.set(out.length());
        this.compact = out.toString();
    }

    /** The text before the character at {@code index} of {@link #compact}. */
    String before(int index) {
        return normalised.substring(0, compactAt[index]);
    }

    public static Reading of(String text) {
        return text.isEmpty() ? NONE : new Reading(text);
    }

    /** One spelling per operator: a typed "x" between numbers is not unified, but the Unicode signs are. */
    private static int operator(int c) {
        return switch (c) {
            case '×', '·', '∙' -> '*';
            case '−', '–' -> '-';
            default -> c;
        };
    }

    /** The clauses of normalised text, each with only its letters and digits; the last is empty after closing punctuation. */
    static List<String> foldedClauses(String normalised) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean inNumber = (c == '.' || c == ',') && i > 0 && i + 1 < normalised.length()
                    && Character.isDigit(normalised.charAt(i - 1)) && Character.isDigit(normalised.charAt(i + 1));
            if (!inNumber && "，。；：！？,;:!?、.".indexOf(c) >= 0) {
                clauses.add(clause.toString());
                clause.setLength(0);
            } else if (Character.isLetterOrDigit(c)) {
                clause.append(c);
            }
        }
        clauses.add(clause.toString());
        return List.copyOf(clauses);
    }
}
