package viva.term;

/** Marks that need Unicode, with ASCII stand-ins for terminals and pipes that are not UTF-8. */
public record Glyphs(String covered, String missed, String unchecked, String separator, String rule) {
    public static final Glyphs UNICODE = new Glyphs("✓", "✗", "•", " · ", "─");
    public static final Glyphs ASCII = new Glyphs("[x]", "[ ]", "-", " | ", "-");

    public static Glyphs forCharset(java.nio.charset.Charset charset) {
        return charset.name().toUpperCase(java.util.Locale.ROOT).startsWith("UTF") ? UNICODE : ASCII;
    }
}
