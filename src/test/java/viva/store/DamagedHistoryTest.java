package viva.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import viva.schedule.Rating;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way a history file can be damaged or not be ours: refused with the file named, for writing and for
 * reading alike, and byte-identical afterwards, with nothing of SQLite's left beside it.
 */
class DamagedHistoryTest {
    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    private static Path template;
    private Path file;

    /** A history of a few hundred attempts, so that it has pages in the middle as well as a last one. */
    @BeforeAll
    static void template() throws Exception {
        template = shared.resolve("viva.db");
        try (Store store = Store.open(template)) {
            Histories.sample(store);
            Session s = Histories.session(store, Histories.T0);
            for (int i = 0; i < 300; i++) {
                store.add(Histories.typed(s.id(), "q-" + i, List.of("moe", "tag-" + i % 7), Histories.T0.plusSeconds(i), 30, 60,
                        Rating.GOOD, "an answer of some length to fill the pages, number " + i, true, false));
            }
        }
        assertThat(Files.size(template)).isGreaterThan(8L * PAGE);
    }

    @BeforeEach
    void copy() throws IOException {
        file = Files.copy(template, dir.resolve("viva.db"));
    }

    enum Damage {
        MIDDLE_PAGE, LAST_PAGE, SECOND_HALF, TRUNCATED_MID_PAGE, ONLY_THE_FIRST_PAGE, EMPTY, GARBAGE_HEADER, TEXT,
        FOREIGN_DATABASE, NEWER_VERSION, FOLDER, ZEROED_MIDDLE_PAGE, HEADER_PAGE_COUNT
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void isRefusedForWritingAndReadingAndLeftByteIdentical(Damage damage) throws Exception {
        String reason = damage(damage);
        byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;

        assertThatThrownBy(() -> {
            try (Store store = Store.open(file)) {
                store.add(Histories.typed(1, "after", List.of("moe"), Histories.T0.plusSeconds(9999), 30, 60, Rating.GOOD, "x", true));
            }
        }).isInstanceOf(StoreException.class).hasMessageContaining(file.toString()).hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> Store.openForReading(file).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString());

        if (before != null) {
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        assertThat(dir.resolve("viva.db-wal")).doesNotExist();
        assertThat(dir.resolve("viva.db-journal")).doesNotExist();
    }

    /** Damages the file; gives a word the refusal must contain. */
    private String damage(Damage damage) throws Exception {
        long size = Files.size(file);
        long pages = size / PAGE;
        switch (damage) {
            case MIDDLE_PAGE -> overwrite(pages / 2 * PAGE, random(PAGE, 1));
            case LAST_PAGE -> overwrite((pages - 1) * PAGE, random(PAGE, 2));
            case ZEROED_MIDDLE_PAGE -> overwrite(pages / 2 * PAGE, new byte[PAGE]);
            case SECOND_HALF -> truncate(pages / 2 * PAGE);
            case TRUNCATED_MID_PAGE -> truncate(pages / 2 * PAGE + 1234);
            case ONLY_THE_FIRST_PAGE -> truncate(PAGE);
            case HEADER_PAGE_COUNT -> overwrite(28, new byte[] {0x00, 0x10, 0x00, 0x00});
            case EMPTY -> {
                truncate(0);
                return "empty (0 bytes)";
            }
            case GARBAGE_HEADER -> overwrite(0, random(100, 3));
            case TEXT -> Files.writeString(file, "garbage ".repeat(600));
            case FOREIGN_DATABASE -> {
                Files.delete(file);
                StoreTest.sql(file, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO photos (name) VALUES ('cat')");
                return "is not a viva history database";
            }
            case NEWER_VERSION -> {
                StoreTest.sql(file, "PRAGMA user_version = 99");
                return "written by a newer viva";
            }
            case FOLDER -> {
                Files.delete(file);
                Files.createDirectory(file);
                return "not a regular file";
            }
            default -> throw new IllegalArgumentException(damage.name());
        }
        return "damaged";
    }

    private void overwrite(long at, byte[] bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write(bytes);
        }
    }

    private void truncate(long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    private static byte[] random(int n, long seed) {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
