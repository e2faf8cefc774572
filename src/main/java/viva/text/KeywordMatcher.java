package viva.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a typed answer states a key point, the way a careful reader would: a Latin keyword
 * matches whole words (with light inflection, British or American spelling, numbers as numbers, and an
 * abbreviation standing for its long form); a formula keeps its operators while spacing does not matter;
 * Chinese matches by substring, as the language has no spaces. A keyword inside a negated clause ("does
 * not need a balance loss", "不需要负载均衡") does not count, and neither does a keyword that the
 * question's own prompt already contains: echoing the question is not an answer.
 */
public final class KeywordMatcher {
    private KeywordMatcher() {
    }

    /** Full-width forms to half-width (NFKC), lower case: what every comparison starts from. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, after {@link #normalise}: how Chinese keywords are compared. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        normalise(text).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The first keyword the answer states, given the prompt it answers; empty when none does. */
    public static Optional<String> find(Reading answer, List<String> keywords, Reading prompt) {
        for (String keyword : keywords) {
            Keyword k = Keyword.of(keyword);
            if (k.isEmpty() || k.occursIn(prompt, false)) {
                continue;
            }
            if (k.occursIn(answer, true)) {
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }

    /** Whether the answer states any of the keywords (no prompt to discount). */
    public static boolean mentions(Reading answer, List<String> keywords) {
        return find(answer, keywords, Reading.NONE).isPresent();
    }

    /** Whether the text contains the keyword at all, negated or not: for checks of a bank's own keywords. */
    public static boolean occurs(Reading text, String keyword) {
        Keyword k = Keyword.of(keyword);
        return !k.isEmpty() && k.occursIn(text, false);
    }
}
