package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.schedule.Rating;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** An old file is brought up to the current schema in place, and every row in it is still there and counted. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneHistoryIsUpgradedWithItsRows() throws Exception {
        Path file = dir.resolve("viva.db");
        String script = Files.readString(Path.of("src/test/resources/store/v1.sql"), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        assertThat(userVersion(file)).isEqualTo(1);

        try (Store store = Store.open(file)) {
            assertThat(userVersion(file)).isEqualTo(Migrations.latest());
            List<StoredAttempt> all = store.attempts(Scope.ALL, 0);
            assertThat(all).extracting(StoredAttempt::questionId).containsExactly("lora-init", "lora-init", "moe-collapse");
            assertThat(all.get(2).answer()).isEqualTo("experts collapse");
            assertThat(all.get(2).rating()).contains(Rating.HARD);
            assertThat(all.get(2).hintsUsed()).isEqualTo(1);
            assertThat(all.get(0).aloud()).isTrue();
            // The new coverage column is filled from the stored key points: 1 of 2, 2 of 3, aloud.
            assertThat(column(file, "SELECT group_concat(ifnull(coverage, 'null'), ',') FROM (SELECT coverage FROM attempt ORDER BY id)"))
                    .isEqualTo("50,67,null");
            // The new tag table is filled from the stored tags, so the old rows are found by tag.
            assertThat(store.attempts(Scope.ALL.withTags(List.of("lora")), 0)).hasSize(2);
            assertThat(store.tallies().byTag(Scope.ALL, 12)).extracting(TagTally::tag).containsExactly("fine-tuning", "lora", "moe");
            assertThat(store.tallies().overall(Scope.ALL).tally().meanCoverage().getAsDouble()).isEqualTo(58.5);
            assertThat(store.session(2).orElseThrow().endedAt()).isEmpty();
            assertThat(store.lastSession()).hasValue(2);
            long id = store.add(Histories.typed(2, "moe-collapse", List.of("moe"), Histories.T0, 10, 90, Rating.GOOD, "x", true));
            assertThat(id).isEqualTo(4);
        }
        assertThat(all(file)).isEqualTo(OptionalInt.of(4));
    }

    /** Two drills started together on a new machine: both must see the same new history, neither a foreign file. */
    @Test
    void drillsOpeningANewHistoryAtTheSameMomentAllGetIt() throws Exception {
        for (int round = 0; round < 30; round++) {
            Path file = dir.resolve("race-" + round + ".db");
            int openers = 4;
            CyclicBarrier start = new CyclicBarrier(openers);
            ExecutorService pool = Executors.newFixedThreadPool(openers);
            try {
                List<Future<Integer>> opened = new ArrayList<>();
                for (int i = 0; i < openers; i++) {
                    opened.add(pool.submit(() -> {
                        start.await();
                        try (Store store = Store.open(file)) {
                            return store.attempts(Scope.ALL, 0).size();
                        }
                    }));
                }
                for (var f : opened) {
                    assertThat(f.get()).as("round %d", round).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(userVersion(file)).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void openingTwiceMigratesOnce() throws Exception {
        Path file = dir.resolve("viva.db");
        Store.open(file).close();
        Store.open(file).close();
        assertThat(userVersion(file)).isEqualTo(Migrations.latest());
    }

    private static int userVersion(Path file) throws Exception {
        return Integer.parseInt(column(file, "PRAGMA user_version"));
    }

    private static OptionalInt all(Path file) throws Exception {
        return OptionalInt.of(Integer.parseInt(column(file, "SELECT count(*) FROM attempt")));
    }

    private static String column(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
