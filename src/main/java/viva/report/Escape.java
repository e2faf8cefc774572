package viva.report;

import viva.text.Visible;

/**
 * Makes user-written text (typed answers, and ids, tags and bank names from user banks) inert in
 * the documents a report is written as. Control characters are made {@link Visible} first: a report
 * shown with cat, or pasted, must not act on a terminal either.
 */
public final class Escape {
    private Escape() {
    }

    public static String html(String text) {
        String shown = Visible.of(text);
        StringBuilder out = new StringBuilder(shown.length() + 16);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Inline Markdown, safe inside a table cell: inline markup characters and the cell separator are
     * backslash-escaped, HTML is turned into entities (Markdown passes raw HTML through), and line
     * breaks become {@code <br>}, so that a cell stays one line of the table.
     */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String flat = Visible.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br>");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for a fenced code block as it is, but for its control characters, which are made {@link Visible}. */
    public static String block(String text) {
        return Visible.of(text);
    }

    /** A fence longer than any run of backticks in the text, so that a typed answer cannot close its code block. */
    public static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
