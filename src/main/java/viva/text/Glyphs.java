package viva.text;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The marks that need Unicode, for the drill screen and the charts alike, with ASCII stand-ins where
 * the terminal or pipe is not UTF-8. {@code bar} grows in eighths; {@code spark} and {@code heat} go
 * from least to most.
 */
public record Glyphs(String covered, String missed, String unchecked, String separator, String rule, String arrow,
                     List<String> bar, List<String> spark, List<String> heat) {
    public static final Glyphs UNICODE = new Glyphs("✓", "✗", "•", " · ", "─", "→",
            List.of("", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"),
            List.of("▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"),
            List.of("·", "░", "▒", "▓", "█"));
    public static final Glyphs ASCII = new Glyphs("[x]", "[ ]", "-", " | ", "-", "->",
            List.of("", "", "", "", "=", "=", "=", "=", "#"),
            List.of("_", ".", "-", "~", "=", "+", "*", "#"),
            List.of(".", "-", "+", "*", "#"));

    public Glyphs {
        bar = List.copyOf(bar);
        spark = List.copyOf(spark);
        heat = List.copyOf(heat);
    }

    /** Unicode for any UTF charset, ASCII for the rest. */
    public static Glyphs forCharset(Charset charset) {
        return charset.name().toUpperCase(Locale.ROOT).startsWith("UTF") ? UNICODE : ASCII;
    }

    /** As {@link #forCharset}, for the charset the locale of {@code env} names (see {@link LocaleSetting#charset}). */
    public static Glyphs forLocale(Map<String, String> env) {
        return forCharset(LocaleSetting.charset(env));
    }
}
