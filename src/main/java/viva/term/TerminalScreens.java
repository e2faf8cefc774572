package viva.term;

import org.jline.terminal.Terminal;
import viva.drill.Composer;
import viva.drill.DrillScreen;
import viva.drill.ScreenSource;
import viva.threads.Background;
import viva.threads.Once;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;

/**
 * The drill's screen in the terminal viva runs in. Opening it is one of the slow parts of start-up, so it
 * begins in the background when this is made; once open, the terminal is restored on every way out: the
 * end of the session, an exception, or a signal that runs shutdown hooks.
 */
public final class TerminalScreens implements ScreenSource {
    private final CompletableFuture<Tty> opening;
    private Thread hook;

    /** The terminal and the drill screen on it; closed once, whoever asks first. */
    private record Tty(Terminal terminal, TerminalScreen screen, Once close) {
        Tty(Terminal terminal, TerminalScreen screen) {
            this(terminal, screen, new Once(() -> {
                screen.close();
                try {
                    terminal.close();
                } catch (IOException ignored) {
                    // the terminal is going away anyway; its modes were restored as far as they could be
                }
            }));
        }
    }

    public TerminalScreens(Charset charset, boolean colour, Composer composer) {
        this.opening = Background.startIo(() -> {
            Terminal tty = EarlyTerminal.take(charset);
            return new Tty(tty, new TerminalScreen(tty, Palette.of(colour), true, composer));
        });
    }

    @Override
    public DrillScreen open() throws IOException {
        Tty tty = Background.join(opening);
        hook = new Thread(tty.close(), "viva-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        return tty.screen();
    }

    @Override
    public void close() {
        Tty tty = opening.exceptionally(e -> null).join();
        if (tty == null) {
            return;
        }
        tty.close().run();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it restores the terminal once more, which Once makes harmless
            }
            hook = null;
        }
    }
}
