package viva.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import viva.text.LocaleSetting;

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

    /** Blocks wherever the locale's text is UTF-8 (see {@link LocaleSetting#charset}), ASCII elsewhere. */
    public static Symbols forLocale(Map<String, String> env) {
        return LocaleSetting.charset(env).equals(StandardCharsets.UTF_8) ? UNICODE : ASCII;
    }

    public boolean ascii() {
        return this == ASCII || spark.get(0).equals("_");
    }
}
