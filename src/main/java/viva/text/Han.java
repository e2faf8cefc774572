package viva.text;

/**
 * Whether a character is Chinese: a Han ideograph, by Unicode's script property. The one test for it, so
 * that matching keywords, splitting words, guessing a note's language and linting a bank all agree on
 * which text is Chinese.
 */
public final class Han {
    private Han() {
    }

    public static boolean is(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
