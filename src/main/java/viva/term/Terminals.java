package viva.term;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.nio.charset.Charset;

/** The one way viva opens the terminal it runs in. */
public final class Terminals {
    private Terminals() {
    }

    public static Terminal system(Charset charset) throws IOException {
        // viva writes box-drawing characters in UTF-8. JLine would swap them for the DEC line-drawing set,
        // which a copy-paste, a capture and some terminals show as "qqq"; its switch is read once, so set it first.
        System.setProperty(TerminalBuilder.PROP_DISABLE_ALTERNATE_CHARSET, "true");
        return TerminalBuilder.builder().system(true).encoding(charset).build();
    }
}
