package viva.text;

import java.text.Normalizer;
import java.util.List;

/**
 * Decides whether a typed answer mentions a key point. Both sides are folded the same way, so
 * that "Top-K", "top k" and full-width "ｔｏｐｋ" are one word, and Chinese text (which has no spaces)
 * matches by substring just like English.
 */
public final class KeywordMatcher {
    private KeywordMatcher() {
    }

    public static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** True when any keyword occurs in the already folded answer. */
    public static boolean mentions(String foldedAnswer, List<String> keywords) {
        return keywords.stream().map(KeywordMatcher::fold).anyMatch(k -> !k.isEmpty() && foldedAnswer.contains(k));
    }
}
