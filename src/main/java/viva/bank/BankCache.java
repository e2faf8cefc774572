package viva.bank;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import java.util.zip.CheckedOutputStream;

/**
 * Parsed user banks, one entry per file in a folder of viva's cache, so that a run does not parse the
 * YAML an earlier run parsed: {@code list} over 10,000 questions in 100 files spent most of its 2.4 s
 * parsing. An entry serves a file only while its path, name, size, modification time and text checksum
 * all match (the checksum catches an edit that keeps the size and sets the time back), and only for the
 * build of viva that wrote it (known by the jar's contents, not its path: {@link #identify()}), since
 * another parser may find problems this one did not. Only a file without problems is cached, so its
 * problems are always found and reported afresh. An entry's questions keep their texts as the entry's
 * bytes ({@link EncodedTexts}), read whole and checked before any is believed. An entry that is
 * damaged, foreign, of an older format or unreadable is a miss: the file is parsed and the entry written
 * again. An entry is written under a temporary name and moved into place, so a concurrent run never
 * reads half of one, and a killed run leaves at most a temporary file that a later write sweeps away.
 * Nothing here fails a command: a cache that cannot be read or written only costs the parsing.
 */
public final class BankCache {
    private static final int MAGIC = 0x76697663;
    /** Raised whenever the layout of an entry or of {@link QuestionCodec} changes. */
    private static final int VERSION = 2;
    /** No entry is this much larger than the largest bank; a file that is was not written here. */
    private static final long MAX_ENTRY = 4L * BankFiles.LIMIT;
    /** A temporary file this old belongs to a run that was killed while writing it. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final BankCache OFF = new BankCache(null);

    private final Path folder;

    private BankCache(Path folder) {
        this.folder = folder;
    }

    /** The cache kept in this folder (made when first written). */
    public static BankCache in(Path folder) {
        return new BankCache(folder);
    }

    /** No cache: every user bank is parsed, as for checks that must see the files as they are. */
    public static BankCache off() {
        return OFF;
    }

    /** Which viva writes and reads entries; read once a run, since the jar does not change while it runs. */
    private static final class Build {
        static final String ID = identify();
    }

    /**
     * The jar viva's classes came from, by what it holds: the name, size and CRC-32 of every entry, as its
     * directory lists them (nothing is inflated). Copies of one build, such as ./viva's target/viva.jar and a
     * release's lib/viva.jar, then share their entries, where naming the jar by path and time made each
     * launcher throw away the other's and parse every bank again; any other build, its parser or its
     * libraries changed, has its own. In a development tree, the classes folder's parsed.bin by path, size and
     * time, which every build writes again after compiling. Null when neither can be known: then nothing is cached.
     */
    private static String identify() {
        try {
            Path code = Path.of(BankCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(code)) {
                return contents(code);
            }
            Path file = code.resolve(PreParsed.RESOURCE);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return file.toAbsolutePath() + " " + attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A jar's entries by name, size and checksum, hashed two ways into 64 bits, with their number. */
    static String contents(Path jar) throws IOException {
        CRC32 crc = new CRC32();
        CRC32C crcC = new CRC32C();
        ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);
        int count = 0;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); count++) {
                JarEntry entry = entries.nextElement();
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                numbers.clear();
                numbers.putLong(entry.getSize()).putLong(entry.getCrc());
                for (Checksum sum : List.of(crc, crcC)) {
                    sum.update(name, 0, name.length);
                    sum.update(numbers.array(), 0, numbers.capacity());
                }
            }
        }
        return "jar " + count + " " + HexFormat.of().toHexDigits(crc.getValue() << 32 | crcC.getValue());
    }

    /** The questions parsed from this source's text before, when an entry still vouches for them. */
    Optional<List<Question>> lookup(Source source) {
        if (!usable(source)) {
            return Optional.empty();
        }
        try {
            Path entry = entry(source);
            // Read whole, in one allocation of its size, since every byte is checked before any is believed.
            return Files.size(entry) > MAX_ENTRY ? Optional.empty() : decode(Files.readAllBytes(entry), source);
        } catch (IOException | RuntimeException e) {
            // Missing, unreadable, truncated or foreign: all the same miss.
            return Optional.empty();
        }
    }

    /** Keeps the questions parsed, without a problem, from this source's text; quietly does nothing if it cannot. */
    void store(Source source, List<Question> questions) {
        if (!usable(source)) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            Path entry = entry(source);
            sweep(entry);
            temporary = Files.createTempFile(folder, entry.getFileName() + ".", ".tmp");
            Files.write(temporary, encode(source, questions));
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
        }
    }

    private boolean usable(Source source) {
        return folder != null && source.readable() && source.stamp() != null && Build.ID != null;
    }

    /** One entry per file and name, since the questions carry the name in their locations. */
    private Path entry(Source source) {
        String key = source.stamp().file() + "\n" + source.name();
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        // Two keys that share a name only take turns: each entry says which file and name it is for.
        long hash = (crc.getValue() << 32) | (key.hashCode() & 0xffffffffL);
        return folder.resolve(HexFormat.of().toHexDigits(hash) + ".bin");
    }

    private static byte[] encode(Source source, List<Question> questions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) source.stamp().size());
        CheckedOutputStream checked = new CheckedOutputStream(bytes, new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        out.write(header(source));
        QuestionCodec.write(out, questions);
        out.flush();
        new DataOutputStream(bytes).writeLong(checked.getChecksum().getValue());
        return bytes.toByteArray();
    }

    /** What an entry must match: the format, the build, and the file as read with its name. */
    private static byte[] header(Source source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        FileStamp stamp = source.stamp();
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        QuestionCodec.string(out, Build.ID);
        QuestionCodec.string(out, stamp.file().toString());
        QuestionCodec.string(out, source.name());
        out.writeLong(stamp.size());
        out.writeLong(stamp.modified());
        out.writeLong(stamp.crc());
        return bytes.toByteArray();
    }

    private static Optional<List<Question>> decode(byte[] bytes, Source source) throws IOException {
        int body = bytes.length - Long.BYTES;
        byte[] header = header(source);
        // A damaged entry could still decode into questions, wrong ones: the trailing checksum refuses it first.
        if (body < header.length || ByteBuffer.wrap(bytes).getLong(body) != crc(bytes, body)
                || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, header.length, body - header.length);
        List<Question> questions = QuestionCodec.read(in);
        return in.hasRemaining() ? Optional.empty() : Optional.of(questions);
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** Deletes this entry's temporary files left by runs killed while writing them. */
    private void sweep(Path entry) throws IOException {
        Instant before = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, entry.getFileName() + ".*.tmp")) {
            for (Path temporary : left) {
                FileTime time = Files.getLastModifiedTime(temporary);
                if (time.toInstant().isBefore(before)) {
                    delete(temporary);
                }
            }
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next sweep.
        }
    }
}
