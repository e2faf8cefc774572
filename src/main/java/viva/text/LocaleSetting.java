package viva.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One locale variable of the environment, found the way the C library finds it: {@code LC_ALL}, then
 * the category's own variable, then {@code LANG}; the first that is set and not empty decides.
 */
public record LocaleSetting(String variable, String value) {

    public static Optional<LocaleSetting> find(Map<String, String> env, String category) {
        for (String name : List.of("LC_ALL", category, "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(new LocaleSetting(name, value));
            }
        }
        return Optional.empty();
    }

    /**
     * The character set the user's terminal expects. Java 17 derives its own only from a locale that
     * is installed, so a UTF-8 terminal with an uninstalled zh_CN.UTF-8 would get question marks for
     * every Chinese character; reading the name is what terminals and other tools do. With no locale
     * set at all (a bare container) the terminal on the other side is UTF-8 far more often than not.
     */
    public static Charset charset(Map<String, String> env) {
        return find(env, "LC_CTYPE").map(LocaleSetting::charset).orElse(StandardCharsets.UTF_8);
    }

    private Charset charset() {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8")) {
            return StandardCharsets.UTF_8;
        }
        return value.equals("C") || value.equals("POSIX") ? StandardCharsets.US_ASCII : Charset.defaultCharset();
    }

    @Override
    public String toString() {
        return variable + "=" + value;
    }
}
