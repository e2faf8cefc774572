package viva.text;

import java.util.regex.Pattern;

/**
 * Text that is Markdown or HTML markup rather than something a person says: what an import must never
 * make a key point of, and what validate warns about when one did.
 */
public final class Markup {
    private static final Pattern LINK_ONLY = Pattern.compile("^!?\\[[^]]*]\\([^)]*\\)$|^\\[!\\[.*]\\(.*\\)]\\(.*\\)$");
    private static final Pattern LINKS = Pattern.compile("\\[!\\[[^]]*]\\([^)]*\\)]\\([^)]*\\)|!?\\[[^]]*]\\([^)]*\\)");
    private static final Pattern FORMULA = Pattern.compile("[=^/()\\\\_*+]|\\bsqrt\\b|\\bsoftmax\\b|\\bexp\\b|\\blog\\b");

    private Markup() {
    }

    /** A tag, an image, nothing but links, or nothing but punctuation: markup, not a statement. */
    public static boolean only(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.startsWith("<") || t.startsWith("![") || t.startsWith("[![") || LINK_ONLY.matcher(t).matches()) {
            return true;
        }
        String rest = LINKS.matcher(t).replaceAll("").strip();
        return rest.isEmpty() || rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A piece of notation rather than words: operators, brackets, a function applied. */
    public static boolean formula(String text) {
        return FORMULA.matcher(text).find();
    }
}
