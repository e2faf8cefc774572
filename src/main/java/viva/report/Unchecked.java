package viva.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** For the formats built as one text in memory (Markdown, HTML): a failure to read the attempts, unchecked. */
final class Unchecked {
    private Unchecked() {
    }

    static void each(AttemptSource attempts, Consumer<AttemptRow> each) {
        try {
            attempts.forEach(each::accept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
