package viva.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Reads a bank (or the configuration) from disk as a person's text file: only a regular file, only up to
 * a limit ({@link #LIMIT} unless the caller gives its own), and only UTF-8. Each refusal is a located
 * problem; nothing here throws. The checks come before the file is opened, because opening a FIFO for
 * reading waits for a writer forever, and reading /dev/zero never ends. What is read carries its
 * {@link FileStamp}, so that a bank's parse can be cached.
 */
public final class TextFiles {
    /**
     * The largest configuration or Markdown file viva reads: 1 MiB. It also bounds the time to parse a
     * hostile file: SnakeYAML slows down more than linearly on a very long line, about a second for a 1 MiB
     * one here, and several seconds at 4 MiB. A bank may be larger ({@link BankFiles#LIMIT}); its lines
     * are bounded instead ({@link LineLength}).
     */
    public static final int LIMIT = 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The file's text, or a source that says why it was refused; {@code name} is how messages name it and
     * {@code what} what it should be ("a bank", "the configuration").
     */
    public static Source read(Path file, String name, String what) {
        return read(file, name, what, LIMIT);
    }

    /** As {@link #read(Path, String, String)}, for a kind of file that may be up to {@code limit} bytes. */
    public static Source read(Path file, String name, String what, int limit) {
        return read(file, name, what, limit, true);
    }

    /**
     * As {@link #read(Path, String, String, int)}, but the text is neither decoded nor kept: the source has the
     * file's stamp, and reads the file again when its text is wanted ({@link Source#loaded()}). Whether the
     * bytes are UTF-8 is known only then; a cached parse of the same bytes already vouches that they were.
     */
    static Source stamp(Path file, String name, String what, int limit) {
        return read(file, name, what, limit, false);
    }

    private static Source read(Path file, String name, String what, int limit, boolean keep) {
        BasicFileAttributes attributes;
        try {
            // stat(2) follows a link to its target but never opens it.
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return refused(name, "cannot read: " + reason(e));
        }
        if (attributes.isDirectory()) {
            return refused(name, "is a folder; " + what + " must be a regular file");
        }
        if (!attributes.isRegularFile()) {
            return refused(name, "is " + kind(file) + ", not a regular file; " + what + " must be a regular file, and it was not read");
        }
        if (attributes.size() > limit) {
            return refused(name, tooLarge(attributes.size(), what, limit));
        }
        if (!keep) {
            return stamped(file, name, what, limit, attributes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = readAll(in, (int) attributes.size(), limit);
        } catch (IOException e) {
            return refused(name, "cannot read: " + reason(e));
        }
        if (bytes.length > limit) {
            return refused(name, tooLarge(bytes.length, what, limit)); // it grew after it was measured
        }
        // The stamp vouches for these bytes only if the file kept the size it had when it was measured.
        Source source = decode(name, bytes);
        return source.readable() && bytes.length == attributes.size() ? source.stamped(FileStamp.of(file, attributes, bytes)) : source;
    }

    /**
     * The file's checksum, through a buffer of 64 KB rather than an array of its size: the bytes are not kept,
     * and a 60 MB bank read whole only to be summed doubled a run's memory. A file whose size changed while it
     * was read is read again whole, as a source with its text, since no stamp vouches for it.
     */
    private static Source stamped(Path file, String name, String what, int limit, BasicFileAttributes attributes) {
        CRC32 crc = new CRC32();
        long length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; length <= limit && (n = in.read(buffer)) > 0; length += n) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return refused(name, "cannot read: " + reason(e));
        }
        if (length > limit) {
            return refused(name, tooLarge(length, what, limit)); // it grew after it was measured
        }
        if (length != attributes.size()) {
            return read(file, name, what, limit, true);
        }
        return Source.unread(name, FileStamp.of(file, attributes, crc.getValue()), () -> read(file, name, what, limit));
    }

    /**
     * The file's bytes in one array of the size it was measured at, not grown chunk by chunk and copied
     * (a bank may be 64 MiB); a file that grew since is read on to one byte past the limit, so that it is
     * refused as too large, and one that reports no size (in /proc) is read the same way.
     */
    private static byte[] readAll(InputStream in, int size, int limit) throws IOException {
        byte[] bytes = new byte[size];
        int read = in.readNBytes(bytes, 0, size);
        if (read < size) {
            return Arrays.copyOf(bytes, read);
        }
        byte[] more = in.readNBytes(limit + 1 - size);
        if (more.length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, size + more.length);
        System.arraycopy(more, 0, all, size, more.length);
        return all;
    }

    /**
     * The bytes as UTF-8 text, or a refusal that names the line and column of the first byte that is not
     * UTF-8. A NUL before it is named instead: it is valid UTF-8 but no text holds one, and it is what
     * UTF-16 without a byte order mark looks like, ASCII letters with a NUL after each.
     */
    public static Source decode(String name, byte[] bytes) {
        // The common case in one step, without a decoder's buffer twice the file's size: the JDK's decoding
        // puts U+FFFD only where the bytes are not UTF-8, so its absence proves them valid.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new Source(name, text);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (!result.isError()) {
            return new Source(name, out.toString());
        }
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == 0) {
                return Source.refused(new Problem(Positions.locate(name, out, i),
                        "the file is not UTF-8 text: a NUL byte here (is it UTF-16? save it as UTF-8)"));
            }
        }
        Location at = Positions.locate(name, out, out.length());
        return Source.refused(new Problem(at, notUtf8(bytes, in.position())));
    }

    private static String notUtf8(byte[] bytes, int bad) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        if (utf16) {
            return "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8";
        }
        return String.format(Locale.ROOT, "the file is not UTF-8: byte 0x%02X here does not belong to a UTF-8 character "
                + "(Latin-1 or another legacy encoding?); save it as UTF-8", bytes[bad] & 0xff);
    }

    private static String tooLarge(long size, String what, int limit) {
        return String.format(Locale.ROOT, "the file is %.1f MiB; %s may be at most %d MiB: split it into several files "
                + "in one folder and load the folder", size / (1024.0 * 1024), what, limit / (1024 * 1024));
    }

    /** What a file that is not regular is, from its mode bits where the system has them. */
    private static String kind(Path file) {
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static Source refused(String name, String message) {
        return Source.refused(new Problem(new Location(name, 1, 1), message));
    }
}
