package viva.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Text made safe to show: what a bank, a typed answer or a file name contains is shown, never executed
 * by the terminal it reaches.
 *
 * <ul>
 *   <li>C0 control characters other than tab and newline are shown in caret notation: ESC as {@code ^[},
 *       BEL as {@code ^G}, NUL as {@code ^@}, a carriage return as {@code ^M}; DEL as {@code ^?}.</li>
 *   <li>C1 control characters (U+0080 to U+009F, among them the one-byte CSI U+009B) and the bidirectional
 *       embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), which reorder the text
 *       after them as far as the end of the line, are shown as {@code <U+202E>}.</li>
 * </ul>
 *
 * Everything else is kept, the bidi marks U+200E, U+200F and U+061C included: they are letters of no
 * width that right-to-left text needs, and open nothing that runs on past them. Every visible form is
 * printable ASCII, so making text visible twice changes nothing the second time.
 */
public final class Visible {
    private Visible() {
    }

    /** Whether a terminal would act on {@code cp} instead of showing it. */
    public static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp <= 0x9f)
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** How {@code cp} is shown: {@code ^[} for ESC, {@code ^?} for DEL, {@code <U+202E>} for the others. */
    public static String form(int cp) {
        if (cp < 0x20) {
            return "^" + (char) (cp + 0x40);
        }
        if (cp == 0x7f) {
            return "^?";
        }
        return String.format(Locale.ROOT, "<U+%04X>", cp);
    }

    /** {@code text} with every control character in its visible form; the same string when there is none. */
    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            // Every control character is in the BMP, so a surrogate half is never one and passes as it is.
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(form(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A writer that passes on what it is given with every control character in its visible form. */
    public static Writer writer(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                if (isControl(c)) {
                    out.write(form(c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                out.write(of(new String(chars, off, len)));
            }

            @Override
            public void write(String text, int off, int len) throws IOException {
                out.write(of(text.substring(off, off + len)));
            }
        };
    }
}
