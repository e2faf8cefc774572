package viva.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The last whole-file check that found the history sound, kept beside it as the file's identity at the time
 * (size, times and file key of the database and of its write-ahead log). SQLite's quick_check reads every
 * page, about 1.5 s for a million attempts, so a command that only reads would spend most of its time on it;
 * while the file is the one that was checked, nothing has written to it and the verdict still holds. Any write,
 * checkpoint, copy, truncation or replacement changes the identity, and the next open checks the file again.
 * A file found damaged never gets a mark, and one whose queries meet damage loses it. A connection that found
 * the file sound and then wrote to it marks what it leaves (the same file, changed only by viva's own checked
 * writes), so that a drill does not cost the next command a whole check.
 */
record CheckedMark(String identity, Object fileKey) {
    private static final String VERSION = "viva-checked 1";

    /** The file's identity now; empty when it cannot be read or is not there (then nothing is trusted). */
    static Optional<CheckedMark> of(Path db) {
        try {
            Object key = Files.readAttributes(db, BasicFileAttributes.class).fileKey();
            return key == null ? Optional.empty()
                    : Optional.of(new CheckedMark(describe(db) + " " + describe(db.resolveSibling(db.getFileName() + "-wal")), key));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether both describe the same file (inode), whatever was written to it in between. */
    boolean sameFile(CheckedMark other) {
        return fileKey.equals(other.fileKey);
    }

    private static String describe(Path file) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "-";
        }
        if (a.size() == 0) {
            // SQLite makes an empty log whenever it opens the file in WAL mode: it holds nothing to check.
            return "-";
        }
        return a.size() + ":" + a.lastModifiedTime().toInstant() + ":" + a.creationTime().toInstant() + ":" + a.fileKey();
    }

    /** Whether the mark beside {@code db} records this identity: the file is the one last found sound. */
    boolean recordedFor(Path db) {
        try {
            return Files.readString(file(db), StandardCharsets.UTF_8).equals(VERSION + "\n" + identity + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    /** Records this identity as checked; a folder that cannot be written just means checking again next time. */
    void record(Path db) {
        Path mark = file(db);
        Path part = mark.resolveSibling(mark.getFileName() + "." + ProcessHandle.current().pid());
        try {
            Files.writeString(part, VERSION + "\n" + identity + "\n", StandardCharsets.UTF_8);
            Files.move(part, mark, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a stray hidden file; the next mark replaces its name's owner anyway
            }
        }
    }

    /** Drops the mark: damage was met, so the next open checks the file whole. */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(file(db));
        } catch (IOException ignored) {
            // without the folder's permission the mark stays, but it no longer matches a file that is being repaired
        }
    }

    static Path file(Path db) {
        return db.resolveSibling("." + db.getFileName() + ".checked");
    }
}
