package viva.term;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Terminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Text taller than the screen, in JLine's pager (Space, b, arrows, '/' to search, q to leave). */
public final class Pager {
    private Pager() {
    }

    /**
     * Pages {@code rows} in the terminal viva runs in when they are taller than it; false when they fit,
     * and the caller prints them as they are.
     */
    public static boolean pageIfTaller(Charset charset, List<String> rows, String name) throws IOException {
        try (Terminal tty = EarlyTerminal.take(charset)) {
            if (!needed(tty, rows.size(), 1)) {
                return false;
            }
            page(tty, rows, name);
            return true;
        }
    }

    /** Whether {@code rows} need the pager: more than the terminal shows, with room left for a prompt. */
    public static boolean needed(Terminal terminal, int rows, int spare) {
        return terminal.getHeight() > 0 && rows + spare > terminal.getHeight();
    }

    /** Shows the rows (already styled for this terminal) until the person quits the pager. */
    public static void page(Terminal terminal, List<String> rows, String name) throws IOException {
        String all = String.join("\n", rows) + "\n";
        Less less = new Less(terminal, Path.of("."));
        less.quitIfOneScreen = false;
        try {
            less.run(new Source.InputStreamSource(new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8)), true, name));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
