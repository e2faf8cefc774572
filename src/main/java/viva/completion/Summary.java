package viva.completion;

/** The one-line hint a completion menu shows beside a command or option. */
final class Summary {
    private Summary() {
    }

    /** Up to the first full stop, without asides in brackets or examples: a completion menu has one line. */
    static String of(String text) {
        String plain = text.replace("%n", " ").replaceAll("\\s*\\([^)]*\\)?", "").replaceAll(",? e\\.g\\..*", "").strip();
        int stop = plain.indexOf(". ");
        String first = stop < 0 ? plain : plain.substring(0, stop);
        return first.endsWith(".") || first.endsWith(",") ? first.substring(0, first.length() - 1) : first;
    }
}
