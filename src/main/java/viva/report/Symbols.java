package viva.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The marks charts are drawn with: Unicode blocks, or ASCII where the locale cannot show them.
 * {@code bar} grows in eighths, {@code spark} and {@code heat} go from least to most.
 */
public record Symbols(List<String> bar, List<String> spark, List<String> heat, String separator, String arrow) {
    public static final Symbols UNICODE = new Symbols(
            List.of("", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"),
            List.of("▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"),
            List.of("·", "░", "▒", "▓", "█"), " · ", "→");
    public static final Symbols ASCII = new Symbols(
            List.of("", "", "", "", "=", "=", "=", "=", "#"),
            List.of("_", ".", "-", "~", "=", "+", "*", "#"),
            List.of(".", "-", "+", "*", "#"), " | ", "->");

    /** POSIX precedence: LC_ALL, then LC_CTYPE, then LANG; unset means the C locale, which is ASCII. */
    public static Symbols forLocale(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8") ? UNICODE : ASCII;
            }
        }
        return ASCII;
    }

    public boolean ascii() {
        return this == ASCII || spark.get(0).equals("_");
    }
}
