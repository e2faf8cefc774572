package viva.report;

/** SGR colour codes, or nothing at all when colour is off: output for pipes and NO_COLOR carries no escapes. */
public record Ansi(boolean on) {
    public static final Ansi OFF = new Ansi(false);

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    public String red(String text) {
        return wrap("31", text);
    }

    public String yellow(String text) {
        return wrap("33", text);
    }

    public String green(String text) {
        return wrap("32", text);
    }

    public String cyan(String text) {
        return wrap("36", text);
    }

    /** The text as it shows: without the codes this class adds, for measuring. */
    public static String strip(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    private String wrap(String code, String text) {
        return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
