package viva.term;

import org.jline.terminal.Terminal;
import viva.threads.Background;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The terminal, opened while picocli builds its command model: each takes about a tenth of a second
 * on a small machine, and a drill needs both before its first question. Handed out once.
 */
public final class EarlyTerminal {
    private static final AtomicReference<CompletableFuture<Terminal>> OPENING = new AtomicReference<>();

    private EarlyTerminal() {
    }

    public static void start(Charset charset) {
        OPENING.set(Background.startIo(() -> Terminals.system(charset)));
    }

    /** The width of the terminal viva runs in, or 80 when it will not say. */
    public static int width(Charset charset) {
        try (Terminal terminal = take(charset)) {
            return terminal.getWidth() > 0 ? terminal.getWidth() : 80;
        } catch (IOException e) {
            return 80;
        }
    }

    /** The terminal started early if there is one, else one opened now. */
    static Terminal take(Charset charset) throws IOException {
        CompletableFuture<Terminal> early = OPENING.getAndSet(null);
        if (early == null) {
            return Terminals.system(charset);
        }
        return Background.join(early);
    }
}
