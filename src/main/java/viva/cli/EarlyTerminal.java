package viva.cli;

import org.jline.terminal.Terminal;
import viva.term.Terminals;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The terminal, opened while picocli builds its command model: each takes about a tenth of a second
 * on a small machine, and a drill needs both before its first question. Handed out once.
 */
final class EarlyTerminal {
    private static final AtomicReference<CompletableFuture<Terminal>> OPENING = new AtomicReference<>();

    private EarlyTerminal() {
    }

    static void start(Context context) {
        OPENING.set(Background.startIo(() -> Terminals.system(context.charset())));
    }

    /** The terminal started early if there is one, else one opened now. */
    static Terminal take(Context context) throws IOException {
        CompletableFuture<Terminal> early = OPENING.getAndSet(null);
        if (early == null) {
            return Terminals.system(context.charset());
        }
        return Background.join(early);
    }
}
