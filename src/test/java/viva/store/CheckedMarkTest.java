package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.schedule.Rating;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sound check is remembered only while the file is the very one that was checked. */
class CheckedMarkTest {
    @TempDir
    Path dir;

    private Path history() throws Exception {
        Path file = dir.resolve("viva.db");
        try (Store store = Store.open(file)) {
            Histories.sample(store);
            Session s = Histories.session(store, Histories.T0);
            for (int i = 0; i < 300; i++) {
                store.add(Histories.typed(s.id(), "q-" + i, List.of("moe"), Histories.T0.plusSeconds(i), 30, 60, Rating.GOOD,
                        "an answer of some length to fill the pages, number " + i, true));
            }
        }
        return file;
    }

    @Test
    void aSoundCheckIsRecordedAndTrustedWhileTheFileIsUnchanged() throws Exception {
        Path file = history();
        Store.openForReading(file).close();
        Path mark = CheckedMark.file(file);
        assertThat(mark).exists();
        assertThat(CheckedMark.of(file).orElseThrow().recordedFor(file)).isTrue();
        String recorded = Files.readString(mark);

        Store.openForReading(file).close();
        assertThat(Files.readString(mark)).isEqualTo(recorded);
        assertThat(dir.resolve("viva.db-wal")).doesNotExist();
    }

    @Test
    void aWriteByAnotherProgramMakesTheNextOpenCheckAgain() throws Exception {
        Path file = history();
        Store.openForReading(file).close();
        StoreTest.sql(file, "UPDATE attempt SET answer = 'changed elsewhere' WHERE id = 1");
        assertThat(CheckedMark.of(file).orElseThrow().recordedFor(file)).isFalse();
    }

    @Test
    void vivasOwnWritesToASoundFileKeepItMarked() throws Exception {
        Path file = history();
        try (Store store = Store.open(file)) {
            store.verify();
            store.add(Histories.typed(1, "later", List.of("moe"), Histories.T0.plusSeconds(9999), 30, 60, Rating.GOOD, "x", true));
        }
        assertThat(CheckedMark.of(file).orElseThrow().recordedFor(file)).isTrue();
    }

    /** As a drill killed at its first question leaves it: written, never closed, the log not moved into the file. */
    @Test
    void eachCommitOfASoundFileKeepsItMarkedBeforeAnyClose() throws Exception {
        Path file = history();
        Store drill = Store.open(file);
        try {
            drill.verify();
            Session s = drill.startSession("drill", "", java.util.OptionalLong.empty(), Histories.T0.plusSeconds(9000));
            assertThat(dir.resolve("viva.db-wal")).isNotEmptyFile();
            assertThat(CheckedMark.of(file).orElseThrow().recordedFor(file)).isTrue();
            drill.add(Histories.typed(s.id(), "later", List.of("moe"), Histories.T0.plusSeconds(9001), 30, 60, Rating.GOOD, "x", true));
            assertThat(CheckedMark.of(file).orElseThrow().recordedFor(file)).isTrue();
        } finally {
            drill.close();
        }
    }

    /** A reader that closes last moves the log into the file: its own change, so the file stays marked. */
    @Test
    void aReaderClosingLastKeepsTheFileMarked() throws Exception {
        Path file = history();
        Store reader = Store.openForReading(file);
        try (Store writer = Store.open(file)) {
            writer.verify();
            writer.add(Histories.typed(1, "later", List.of("moe"), Histories.T0.plusSeconds(9999), 30, 60, Rating.GOOD, "x", true));
        }
        assertThat(dir.resolve("viva.db-wal")).isNotEmptyFile();
        reader.close();
        assertThat(dir.resolve("viva.db-wal")).doesNotExist();
        assertThat(CheckedMark.of(file).orElseThrow().recordedFor(file)).isTrue();
    }

    @Test
    void damageAfterTheCheckIsFoundBecauseItChangesTheFile() throws Exception {
        Path file = history();
        Store.openForReading(file).close();
        long pages = Files.size(file) / 4096;
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(pages / 2 * 4096);
            f.write(new byte[4096]);
        }
        assertThatThrownBy(() -> Store.openForReading(file).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged");
        assertThat(CheckedMark.file(file)).doesNotExist();
    }

    @Test
    void aMarkOfAnotherFileIsNotTrusted() throws Exception {
        Path file = history();
        Store.openForReading(file).close();
        Path copy = Files.copy(file, dir.resolve("copy.db"));
        Files.copy(CheckedMark.file(file), CheckedMark.file(copy));
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
        assertThat(CheckedMark.of(copy).orElseThrow().recordedFor(copy)).isFalse();
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(FileTime.from(Files.getLastModifiedTime(file).toInstant()));
    }
}
