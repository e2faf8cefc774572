package viva.bank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages every question is written in. */
public enum Lang {
    EN, ZH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Lang> parse(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Lang::code).toList();
    }

    /** POSIX precedence: LC_ALL beats LC_MESSAGES beats LANG; the first one set decides. */
    public static Lang fromEnvironment(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }
}
