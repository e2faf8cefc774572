package viva.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history found damaged once the drill is under way takes no answer: they go to the recovery journal,
 * the person is told where, the file stays byte-identical, and the next healthy start merges them once.
 */
class RecoveryTest {
    @TempDir
    Path home;

    private static final String[] DRILL = {"drill", "--no-builtin", "--bank", Cli.fixture("banks/sample.yaml"), "--order", "bank"};

    private Cli.Result run(String stdin, String... args) {
        return new Cli(home).stdin(stdin).run(args);
    }

    @Test
    void answersGoToTheJournalWhileTheHistoryIsDamagedAndAreMergedOnceItIsSound() throws Exception {
        // A history with enough in it to have pages past the first, then a copy kept aside as its backup.
        for (int i = 0; i < 40; i++) {
            assertThat(run("an answer long enough to take room in the pages, number " + i + "\n\n3\n", DRILL).exit()).isZero();
        }
        Path db = home.resolve("viva.db");
        Path backup = Files.copy(db, home.resolve("backup.db"));
        long pages = Files.size(db) / 4096;
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(pages / 2 * 4096);
            f.write(garbage);
        }
        byte[] damaged = Files.readAllBytes(db);

        Cli.Result drill = run("B is zero, recovered later\n\ngood\ncollapse, recovered later\n\neasy\n", DRILL);
        assertThat(drill.exit()).as("%s", drill).isEqualTo(1);
        assertThat(drill.out()).contains("Rated Good", "kept in the recovery journal", "Rated Easy", "Answered 2");
        assertThat(drill.err()).contains(db + " is damaged", ".recover", "viva-recovery.jsonl").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);

        Cli.Result refused = run("", "history");
        assertThat(refused.exit()).as("%s", refused).isEqualTo(1);
        assertThat(refused.err()).contains("is damaged");

        Files.copy(backup, db, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result merged = run("", "history", "--answers", "--limit", "5");
        assertThat(merged.exit()).as("%s", merged).isZero();
        assertThat(merged.out()).contains("B is zero, recovered later", "collapse, recovered later");
        Cli.Result again = run("", "history", "--format", "csv", "--limit", "0");
        assertThat(again.out().lines().filter(l -> l.contains("recovered later")).count()).isEqualTo(2);
        Cli.Result stats = run("", "stats");
        assertThat(stats.out()).contains("42");
    }
}
