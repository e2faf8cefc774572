package viva.text;

/**
 * How many terminal columns a code point takes: two for a Chinese character, none for a combining mark.
 * {@link #TERMINAL} is the one measure of viva's output, for the drill screen and the tables alike; the
 * layout code takes a measure as a parameter so that its tests can use a simpler one.
 */
@FunctionalInterface
public interface Cells {
    /**
     * The measure terminals use (Markus Kuhn's wcwidth, as JLine has it): controls and marks that draw on
     * their neighbour take no column, East Asian wide and full-width characters and emoji take two.
     */
    Cells TERMINAL = Cells::terminalColumns;

    /** Columns of {@code codePoint}; never negative. */
    int of(int codePoint);

    default int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += of(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    default boolean wide(int codePoint) {
        return of(codePoint) == 2;
    }

    private static int terminalColumns(int cp) {
        // Printable ASCII first: nearly every character of a table, measured without a Unicode lookup.
        if (cp >= 0x20 && cp < 0x7f) {
            return 1;
        }
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || zeroWidth(cp)) {
            return 0;
        }
        return eastAsianWide(cp) ? 2 : 1;
    }

    /** Marks that combine with the character before them, format characters and emoji skin tones; a soft hyphen shows. */
    private static boolean zeroWidth(int cp) {
        int type = Character.getType(cp);
        return cp != 0xad && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || (cp >= 0x1160 && cp <= 0x11ff) || cp == 0x200b || (cp >= 0x1f3fb && cp <= 0x1f3ff));
    }

    /** East Asian Wide and Fullwidth, by block: Hangul Jamo, CJK to Yi, Hangul syllables, full-width forms, emoji, the ideographic planes. */
    private static boolean eastAsianWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115f || cp == 0x2329 || cp == 0x232a
                || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
                || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe10 && cp <= 0xfe19)
                || (cp >= 0xfe30 && cp <= 0xfe6f)
                || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f000 && cp <= 0x1feee)
                || (cp >= 0x20000 && cp <= 0x2fffd)
                || (cp >= 0x30000 && cp <= 0x3fffd));
    }
}
