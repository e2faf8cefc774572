package viva.bank;

import java.util.Objects;

/**
 * Where a bank's text came from: a name for messages, and the text itself. A file that could not be
 * read as text (not a regular file, too large, not UTF-8) is a source too, with no text and the
 * located reason, so that it is reported in its place among the others instead of stopping the reading.
 * A source read from a user's file also carries the file as it was then ({@link FileStamp}), which is
 * what lets its parsed questions be cached; the built-in banks and texts made in memory have none.
 *
 * <p>A user's bank file is read for its stamp only, and its text is not kept ({@link BankFiles#read}): a
 * cached parse vouches for those bytes, and 100 files of 10,000 questions held as text took 120 MB, most of
 * a run's memory, to be parsed by no one. Such a source reads its file again when its text is wanted
 * ({@link #loaded()}), and that reading has a stamp of its own: a file edited in between is the new text
 * with the new stamp, never the old stamp on the new text. A built-in bank in the jar is not even read: its
 * entry's size and CRC-32 are its stamp, which is all {@link PreParsed} compares. Immutable, and equal by
 * name, text (or stamp, for a file not kept) and refusal.
 */
public final class Source {
    private final String name;
    /** Null for a file whose text is not kept. */
    private final String text;
    private final Problem refused;
    private final FileStamp stamp;
    /** How to read the file again when its text is not kept; null otherwise. */
    private final Reading reading;

    /** How a source whose text is not kept reads it again: the file as it is now, or why it cannot be read. */
    @FunctionalInterface
    interface Reading {
        Source read();
    }

    private Source(String name, String text, Problem refused, FileStamp stamp, Reading reading) {
        this.name = Objects.requireNonNull(name);
        this.text = text;
        this.refused = refused;
        this.stamp = stamp;
        this.reading = reading;
    }

    public Source(String name, String text) {
        this(name, Objects.requireNonNull(text), null, null, null);
    }

    /** A file that was not read, and why. */
    public static Source refused(Problem why) {
        return new Source(why.at().file(), "", why, null, null);
    }

    /** This text, known to come from that file. */
    public Source stamped(FileStamp file) {
        return new Source(name, text, refused, file, reading);
    }

    /** A file whose bytes were read, or whose entry in the jar was listed, and stamped but not kept: {@link #text()} reads it again. */
    static Source unread(String name, FileStamp stamp, Reading reading) {
        return new Source(name, null, null, Objects.requireNonNull(stamp), Objects.requireNonNull(reading));
    }

    public String name() {
        return name;
    }

    /**
     * The text; for a file whose text was not kept, the file as it is now (empty if it can no longer be read
     * as text: {@link #loaded()} says why).
     */
    public String text() {
        return text != null ? text : loaded().text;
    }

    /**
     * This source with its text in memory: itself when it has it, else the file read again now, with that
     * reading's stamp, or refused with the reason it now cannot be read (gone, no longer UTF-8 ...).
     */
    public Source loaded() {
        return text != null ? this : reading.read();
    }

    public Problem refused() {
        return refused;
    }

    public FileStamp stamp() {
        return stamp;
    }

    public boolean readable() {
        return refused == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source s && name.equals(s.name) && Objects.equals(text, s.text)
                && Objects.equals(refused, s.refused) && Objects.equals(stamp, s.stamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, text, refused, stamp);
    }

    @Override
    public String toString() {
        return name + (refused != null ? " (refused: " + refused + ")" : stamp != null ? " (" + stamp + ")" : "");
    }
}
