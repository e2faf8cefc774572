package viva.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The built-in banks, parsed when the jar is built. Parsing their YAML was most of the time before the
 * first question appeared. A bank whose text is exactly the text parsed then (same name, length and
 * CRC-32) is taken from here; any other text is parsed as usual, so an edited bank is never served stale.
 * The build writes the file with {@code PreParsedWriter} (src/build/java), which is not in the jar.
 */
public final class PreParsed {
    static final String RESOURCE = "questions/parsed.bin";
    static final int MAGIC = 0x76697662;
    /**
     * 2: names as length and UTF-8, as the questions' own strings, read straight from one buffer. 3: each text
     * with its length, kept undecoded until shown.
     */
    static final int VERSION = 3;

    private PreParsed() {
    }

    private record Entry(int length, long crc, List<Question> questions) {
    }

    /** Read on first use, by whichever parsing thread gets there first. */
    private static final class Holder {
        static final Map<String, Entry> ENTRIES = load();
    }

    static Optional<List<Question>> lookup(Source source) {
        Entry entry = Holder.ENTRIES.get(source.name());
        if (entry == null) {
            return Optional.empty();
        }
        // A file's stamp already has its length and checksum: its text need not be read again to compare them.
        FileStamp stamp = source.stamp();
        boolean same;
        if (stamp != null) {
            same = entry.length() == stamp.size() && entry.crc() == stamp.crc();
        } else {
            byte[] bytes = source.text().getBytes(StandardCharsets.UTF_8);
            same = entry.length() == bytes.length && entry.crc() == crc(bytes);
        }
        return same ? Optional.of(entry.questions()) : Optional.empty();
    }

    private static Map<String, Entry> load() {
        try (InputStream resource = PreParsed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                return Map.of();
            }
            ByteBuffer in = ByteBuffer.wrap(resource.readAllBytes());
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                return Map.of();
            }
            int files = in.getInt();
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < files; i++) {
                String name = QuestionCodec.string(in);
                entries.put(name, new Entry(in.getInt(), in.getLong(), QuestionCodec.read(in)));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            // A damaged copy costs only time: every bank is then parsed from its text.
            return Map.of();
        }
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
