package viva.bank;

import java.util.Locale;
import java.util.Optional;

/**
 * A bank's lines are bounded, because SnakeYAML slows down far more than linearly on a long line (here
 * 0.7 s for a line of 1 MiB, 24 s for one of 8 MiB), while a file of many ordinary lines parses in time
 * in proportion to its size. The bound is the old limit of a whole bank, so no bank that loaded before
 * is refused; lines end where {@link Positions} (and SnakeYAML) end them.
 */
final class LineLength {
    static final int LIMIT = 1024 * 1024;

    private LineLength() {
    }

    /** The first line over the limit, as a problem at its start; empty when every line is within it. */
    static Optional<Problem> check(Source source) {
        String text = source.text();
        if (text.length() <= LIMIT) {
            return Optional.empty();
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isBreak(text.charAt(i))) {
                if (i - start > LIMIT) {
                    return Optional.of(new Problem(Positions.locate(source.name(), text, start), String.format(Locale.ROOT,
                            "this line is %,d characters long; a line of a bank may be at most %,d: break it into several "
                                    + "lines (a block scalar, '|' or '>', holds a long text on many lines)", i - start, LIMIT)));
                }
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
