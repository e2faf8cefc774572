package viva.cli;

import java.io.InputStream;
import java.time.Clock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a command may take from the world: environment, standard input, the clock, and whether a
 * person is at a terminal. Tests pass their own; {@link Main} passes the real one.
 */
public record Context(Map<String, String> env, InputStream in, Clock clock, boolean interactive) {
    public Context {
        env = Map.copyOf(env);
    }

    /**
     * The character set of the user's locale. Java 17 derives its own from the locale only when that
     * locale is installed, so a UTF-8 terminal with an uninstalled zh_CN.UTF-8 would print question
     * marks for every Chinese character; reading the name is what terminals and other tools do.
     */
    public Charset charset() {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.contains("utf-8") || lower.contains("utf8")) {
                    return StandardCharsets.UTF_8;
                }
                return value.equals("C") || value.equals("POSIX") ? StandardCharsets.US_ASCII : Charset.defaultCharset();
            }
        }
        return StandardCharsets.UTF_8;
    }

    public static Context system() {
        // System.console() is non-null only when both stdin and stdout are terminals.
        return new Context(System.getenv(), System.in, Clock.systemUTC(), System.console() != null);
    }
}
