package viva.term;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way viva opens the terminal it runs in. JLine's own warnings never reach the screen: a line such
 * as "Unable to create a system terminal, creating a dumb terminal" above a table means nothing to the
 * person who ran viva. When viva has to make do with a dumb terminal it keeps the reason, which
 * {@link #fallback} hands to whoever prints --debug notes.
 */
public final class Terminals {
    private static final AtomicReference<String> FALLBACK = new AtomicReference<>();

    private Terminals() {
    }

    /**
     * JLine logs through java.util.logging under this name, and the JDK's default handler writes to stderr.
     * Held because the log manager keeps loggers only weakly: a level set on one that is collected is lost.
     * A holder of its own, made by the first terminal: starting the log manager costs a command that opens no
     * terminal (every one asks {@link #fallback} at its end) about 20 ms.
     */
    private static final class Quiet {
        private static final Logger JLINE = Logger.getLogger("org.jline");

        static {
            JLINE.setLevel(Level.OFF);
        }

        private Quiet() {
        }

        static void jline() {
            // Loading this class is the work.
        }
    }

    public static Terminal system(Charset charset) throws IOException {
        Quiet.jline();
        // viva writes box-drawing characters in UTF-8. JLine would swap them for the DEC line-drawing set,
        // which a copy-paste, a capture and some terminals show as "qqq"; its switch is read once, so set it first.
        System.setProperty(TerminalBuilder.PROP_DISABLE_ALTERNATE_CHARSET, "true");
        bundledCapabilities(System.getenv("TERM"));
        try {
            // The native providers first, without JLine's exec one: loading that one runs 'test -t 1' to ask
            // whether output is a terminal, a process the first question waited for. It stays the fallback.
            return TerminalBuilder.builder().system(true).encoding(charset).dumb(false).exec(false).build();
        } catch (IllegalStateException noNativeTerminal) {
            // no native library here (an unusual platform, a temporary folder mounted noexec): try them all
        }
        try {
            // Without a dumb fallback JLine throws instead of warning, and the exception carries the reason.
            return TerminalBuilder.builder().system(true).encoding(charset).dumb(false).build();
        } catch (IllegalStateException noSystemTerminal) {
            FALLBACK.compareAndSet(null, reason(noSystemTerminal));
            // A dumb type goes straight to the dumb terminal, without trying the system ones again; "dumb-color"
            // where TERM is set, as JLine's own fallback chooses.
            String type = System.getenv("TERM") != null ? Terminal.TYPE_DUMB_COLOR : Terminal.TYPE_DUMB;
            return TerminalBuilder.builder().system(true).encoding(charset).type(type).build();
        }
    }

    /**
     * JLine runs {@code infocmp} for the terminal's capabilities on every start, even for a type whose entry it
     * carries itself (xterm, xterm-256color, screen, rxvt and their kin), and uses its own only when that fails.
     * For those types its own entry is taken at once: the run of infocmp was a process the first question
     * waited for. A type JLine does not carry (tmux-256color, alacritty, kitty) is still read from the system.
     */
    static void bundledCapabilities(String type) {
        if (type == null || type.isBlank() || InfoCmp.getLoadedInfoCmp(type) != null) {
            return;
        }
        String bundled = InfoCmp.getDefaultInfoCmp(type);
        if (bundled != null) {
            InfoCmp.setLoadedInfoCmp(type, bundled);
        }
    }

    /**
     * Why viva fell back to a dumb terminal, once: the first call after a fallback has it, later ones are empty
     * until the next fallback.
     */
    public static Optional<String> fallback() {
        return Optional.ofNullable(FALLBACK.getAndSet(null));
    }

    /** The note --debug shows for a fallback, in viva's words. */
    public static String fallbackNote(String reason) {
        return "debug: could not open the terminal as a system terminal (" + reason + "); using a dumb terminal instead";
    }

    /** JLine's exception says only "Unable to create a terminal"; what each provider met is in its suppressed ones. */
    private static String reason(IllegalStateException e) {
        List<String> causes = new ArrayList<>();
        for (Throwable t : e.getSuppressed()) {
            causes.add(String.valueOf(t.getMessage()));
        }
        return causes.isEmpty() ? "standard input or output is not a terminal" : String.join("; ", causes);
    }
}
