package viva.bank;

/**
 * Where a bank's text came from: a name for messages, and the text itself. A file that could not be
 * read as text (not a regular file, too large, not UTF-8) is a source too, with no text and the
 * located reason, so that it is reported in its place among the others instead of stopping the reading.
 * A source read from a user's file also carries the file as it was then ({@link FileStamp}), which is
 * what lets its parsed questions be cached; the built-in banks and texts made in memory have none.
 */
public record Source(String name, String text, Problem refused, FileStamp stamp) {
    public Source(String name, String text) {
        this(name, text, null, null);
    }

    /** A file that was not read, and why. */
    public static Source refused(Problem why) {
        return new Source(why.at().file(), "", why, null);
    }

    /** This text, known to come from that file. */
    public Source stamped(FileStamp file) {
        return new Source(name, text, refused, file);
    }

    public boolean readable() {
        return refused == null;
    }
}
