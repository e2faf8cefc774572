package viva.cli;

import java.io.InputStream;
import java.time.Clock;
import java.nio.charset.Charset;
import java.util.Map;
import viva.text.LocaleSetting;

/**
 * What a command may take from the world: environment, standard input, the clock, and whether a
 * person is at a terminal. Tests pass their own; {@link Main} passes the real one.
 */
public record Context(Map<String, String> env, InputStream in, Clock clock, boolean interactive) {
    public Context {
        env = Map.copyOf(env);
    }

    /** The character set of the user's locale; see {@link LocaleSetting#charset}. */
    public Charset charset() {
        return LocaleSetting.charset(env);
    }

    public static Context system() {
        // System.console() is non-null only when both stdin and stdout are terminals.
        return new Context(System.getenv(), System.in, Clock.systemUTC(), System.console() != null);
    }
}
