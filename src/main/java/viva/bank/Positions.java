package viva.bank;

/**
 * Line and column of a place in a text, counted as SnakeYAML counts them, so that a position viva
 * works out itself (a byte that is not UTF-8, a special character) agrees with the ones the YAML parser
 * reports: lines end at LF, CR, CR LF, NEL, LS and PS; columns count code points; a BOM takes no column.
 */
final class Positions {
    private Positions() {
    }

    static Location locate(String file, CharSequence text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        int end = Math.min(index, text.length());
        while (i < end) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
            if (c == '\n' || (c == '\r' && !crlf) || c == 0x85 || c == 0x2028 || c == 0x2029) {
                line++;
                column = 1;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
        return new Location(file, line, column);
    }
}
