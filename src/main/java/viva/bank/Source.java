package viva.bank;

/**
 * Where a bank's text came from: a name for messages, and the text itself. A file that could not be
 * read as text (not a regular file, too large, not UTF-8) is a source too, with no text and the
 * located reason, so that it is reported in its place among the others instead of stopping the reading.
 */
public record Source(String name, String text, Problem refused) {
    public Source(String name, String text) {
        this(name, text, null);
    }

    /** A file that was not read, and why. */
    public static Source refused(Problem why) {
        return new Source(why.at().file(), "", why);
    }

    public boolean readable() {
        return refused == null;
    }
}
