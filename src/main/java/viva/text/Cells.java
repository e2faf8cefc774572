package viva.text;

/**
 * How many terminal columns a code point takes: two for a Chinese character, none for a combining mark.
 * The terminal layer supplies the measure (JLine's wcwidth), so that this package stays plain Java.
 */
@FunctionalInterface
public interface Cells {
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
}
