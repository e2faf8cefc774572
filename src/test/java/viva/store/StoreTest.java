package viva.store;

import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Lang;
import viva.schedule.Rating;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static viva.store.Histories.T0;
import static viva.store.Histories.aloud;
import static viva.store.Histories.typed;

class StoreTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("nested/folder/viva.db");
    }

    @Test
    void theFileAndItsFolderAreCreatedOnFirstUseInWalModeAtTheLatestSchema() throws Exception {
        try (Store store = Store.open(db())) {
            assertThat(store.file()).isEqualTo(db());
        }
        assertThat(db()).exists();
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("user_version")).isEqualTo(String.valueOf(Migrations.latest()));
        assertThat(pragma("application_id")).isEqualTo(String.valueOf(Database.APPLICATION_ID));
    }

    @Test
    void anAttemptComesBackWithEveryField() throws Exception {
        try (Store store = Store.open(db())) {
            Session s = store.startSession("drill", "{\"tags\":[\"moe\"]}", OptionalLong.of(42), T0);
            StoredAttempt typed = new StoredAttempt(0, s.id(), "drill", "lora-init", "questions/fine-tuning.yaml", "abc123",
                    Lang.ZH, List.of("fine-tuning", "lora"), T0, T0.plusMillis(61_250), Duration.ofMillis(61_250),
                    Duration.ofSeconds(120), 2, "B 初始化为零\nA 用高斯", Optional.of(List.of(true, false, true)), Optional.of(Rating.GOOD));
            long id = store.add(typed);
            long aloudId = store.add(aloud(s.id(), "moe-collapse", List.of("moe"), T0.plusSeconds(200), 95, 90, Rating.HARD));

            List<StoredAttempt> all = store.attempts(Scope.ALL, 0);
            assertThat(all).hasSize(2);
            assertThat(all.get(1)).isEqualTo(new StoredAttempt(id, s.id(), "drill", "lora-init", "questions/fine-tuning.yaml",
                    "abc123", Lang.ZH, List.of("fine-tuning", "lora"), T0, T0.plusMillis(61_250), Duration.ofMillis(61_250),
                    Duration.ofSeconds(120), 2, "B 初始化为零\nA 用高斯", Optional.of(List.of(true, false, true)), Optional.of(Rating.GOOD)));
            assertThat(all.get(1).coverage()).hasValue(67);
            StoredAttempt spoken = all.get(0);
            assertThat(spoken.id()).isEqualTo(aloudId);
            assertThat(spoken.aloud()).isTrue();
            assertThat(spoken.coverage()).isEmpty();
            assertThat(spoken.overBudget()).isTrue();
        }
    }

    @Test
    void sessionsKeepTheirFiltersSeedAndEnd() throws Exception {
        try (Store store = Store.open(db())) {
            Session s = store.startSession("drill", "{\"count\":3}", OptionalLong.of(9), T0);
            assertThat(store.session(s.id()).orElseThrow().endedAt()).isEmpty();
            store.endSession(s.id(), T0.plusSeconds(60));
            assertThat(store.session(s.id())).contains(new Session(s.id(), "drill", T0, Optional.of(T0.plusSeconds(60)),
                    "{\"count\":3}", OptionalLong.of(9)));
            Session noSeed = store.startSession("mock", "{}", OptionalLong.empty(), T0);
            assertThat(store.session(noSeed.id()).orElseThrow().seed()).isEmpty();
            assertThat(store.session(999)).isEmpty();
        }
    }

    @Test
    void theLastSessionIsTheNewestWithARatedAnswer() throws Exception {
        try (Store store = Store.open(db())) {
            assertThat(store.lastSession()).isEmpty();
            Session first = Histories.session(store, T0);
            store.add(typed(first.id(), "q", List.of("t"), T0.plusSeconds(10), 5, 60, Rating.GOOD, "x", true));
            Histories.session(store, T0.plusSeconds(20));
            assertThat(store.lastSession()).hasValue(first.id());
        }
    }

    @Test
    void historyQueriesFilterByTagQuestionSinceAndSessionNewestFirst() throws Exception {
        try (Store store = Store.open(db())) {
            Histories.sample(store);
            assertThat(ids(store.attempts(Scope.ALL, 0))).containsExactly("lora-init", "moe-collapse", "flash-attention",
                    "moe-collapse", "flash-attention", "lora-init", "moe-collapse");
            assertThat(ids(store.attempts(Scope.ALL, 2))).containsExactly("lora-init", "moe-collapse");
            assertThat(ids(store.attempts(Scope.ALL.withTags(List.of("lora", "attention")), 0)))
                    .containsExactly("lora-init", "flash-attention", "flash-attention", "lora-init");
            assertThat(ids(store.attempts(Scope.ALL.withQuestion("moe-collapse"), 0))).hasSize(3).containsOnly("moe-collapse");
            assertThat(ids(store.attempts(Scope.ALL.withSince(T0.plus(Duration.ofDays(1))), 0))).hasSize(4);
            assertThat(ids(store.attempts(Scope.ALL.withSession(2), 0))).containsExactly("flash-attention", "moe-collapse");
            assertThat(store.attempts(Scope.ALL.withTags(List.of("nope")), 0)).isEmpty();
        }
    }

    @Test
    void talliesSumUpOverallPerTagPerQuestionPerSessionAndPerDay() throws Exception {
        try (Store store = Store.open(db())) {
            Histories.sample(store);
            Tallies tallies = store.tallies();

            Overall overall = tallies.overall(Scope.ALL);
            assertThat(overall.tally().attempts()).isEqualTo(7);
            assertThat(overall.sessions()).isEqualTo(3);
            assertThat(overall.questions()).isEqualTo(3);
            assertThat(overall.tally().meanRating()).isEqualTo((1 + 3 + 2 + 2 + 3 + 3 + 4) / 7.0);
            // typed answers only: 0, 67, 50, 100, 100, 100
            assertThat(overall.tally().meanCoverage().getAsDouble()).isCloseTo((0 + 67 + 50 + 100 + 100 + 100) / 6.0,
                    Offset.offset(1e-9));
            assertThat(overall.tally().overBudget()).isEqualTo(3);
            assertThat(overall.tally().totalTaken()).isEqualTo(Duration.ofSeconds(95 + 60 + 150 + 80 + 200 + 70 + 130));
            assertThat(overall.first()).contains(T0.plusSeconds(100));

            List<TagTally> tags = tallies.byTag(Scope.ALL, 12);
            assertThat(tags).extracting(TagTally::tag).containsExactly("attention", "fine-tuning", "lora", "moe");
            TagTally moe = tags.get(3);
            assertThat(moe.tally().attempts()).isEqualTo(3);
            assertThat(moe.tally().meanRating()).isEqualTo(2.0);
            assertThat(moe.tally().overBudgetShare()).isEqualTo(1 / 3.0);
            assertThat(moe.trend()).containsExactly(1.0, 2.0, 3.0);
            assertThat(tallies.byTag(Scope.ALL, 2).get(3).trend()).containsExactly(2.0, 3.0);
            assertThat(tallies.byTag(Scope.ALL.withTags(List.of("lora")), 12)).extracting(TagTally::tag).containsExactly("lora");

            List<QuestionTally> questions = tallies.byQuestion(Scope.ALL);
            assertThat(questions).extracting(QuestionTally::questionId).containsExactly("flash-attention", "lora-init", "moe-collapse");
            QuestionTally lora = questions.get(1);
            assertThat(lora.lastRating()).isEqualTo(Rating.EASY);
            assertThat(lora.lastAt()).isEqualTo(T0.plus(Duration.ofDays(3)).plusSeconds(300));
            assertThat(lora.tags()).containsExactly("fine-tuning", "lora");
            assertThat(lora.tally().meanTaken()).isEqualTo(Duration.ofSeconds(95));
            assertThat(lora.tally().timeRatio()).isEqualTo((0.5 + 130 / 120.0) / 2);

            List<SessionTally> sessions = tallies.bySession(Scope.ALL);
            assertThat(sessions).extracting(s -> s.tally().attempts()).containsExactly(3, 2, 2);
            assertThat(sessions.get(0).tally().meanCoverage().getAsDouble()).isEqualTo(33.5);

            assertThat(tallies.days(Scope.ALL, ZoneOffset.UTC)).containsExactly(
                    Map.entry(LocalDate.parse("2026-11-02"), 3), Map.entry(LocalDate.parse("2026-11-03"), 2),
                    Map.entry(LocalDate.parse("2026-11-05"), 2));
            // 08:00 UTC is the previous evening in Honolulu: days are the reader's days.
            assertThat(tallies.days(Scope.ALL, ZoneId.of("Pacific/Honolulu"))).containsKey(LocalDate.parse("2026-11-01"));
        }
    }

    @Test
    void anEmptyScopeTalliesToNothing() throws Exception {
        try (Store store = Store.open(db())) {
            Overall overall = store.tallies().overall(Scope.ALL);
            assertThat(overall.tally().attempts()).isZero();
            assertThat(overall.tally().meanCoverage()).isEmpty();
            assertThat(overall.first()).isEmpty();
            assertThat(store.tallies().byTag(Scope.ALL, 12)).isEmpty();
        }
    }

    @Test
    void readingWithoutAHistoryCreatesNoFile() throws Exception {
        try (Store store = Store.openForReading(db())) {
            assertThat(store.attempts(Scope.ALL, 0)).isEmpty();
            assertThat(store.lastSession()).isEmpty();
        }
        assertThat(db().getParent()).doesNotExist();
    }

    @Test
    void twoWritersAtOnceBothKeepEveryAttempt() throws Exception {
        Store.open(db()).close();
        int each = 150;
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 2; w++) {
            String question = "q" + w;
            writers.add(new Thread(() -> {
                try (Store store = Store.open(db())) {
                    Session s = Histories.session(store, T0);
                    for (int i = 0; i < each; i++) {
                        store.add(typed(s.id(), question, List.of("t" + question), T0.plusSeconds(i), 5, 60, Rating.GOOD, "a", true));
                    }
                    store.endSession(s.id(), T0.plusSeconds(each));
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread t : writers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        try (Store store = Store.open(db())) {
            assertThat(store.attempts(Scope.ALL.withQuestion("q0"), 0)).hasSize(each);
            assertThat(store.attempts(Scope.ALL.withQuestion("q1"), 0)).hasSize(each);
            assertThat(store.tallies().byTag(Scope.ALL, 12)).extracting(t -> t.tally().attempts()).containsExactly(each, each);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedInTheErrorAndLeftUntouched() throws Exception {
        Path file = dir.resolve("viva.db");
        byte[] garbage = "this is not sqlite at all, just some text that is long enough to be a header ....".repeat(20)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        assertRefused(file, garbage, "the file is damaged or not a database");
    }

    @Test
    void aDatabaseFromANewerVivaIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("viva.db");
        try (Store store = Store.open(file)) {
            Histories.sample(store);
        }
        sql(file, "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file);
        assertRefused(file, before, "written by a newer viva (history schema 99, this viva reads up to " + Migrations.latest() + ")");
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("viva.db");
        sql(file, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
        assertRefused(file, Files.readAllBytes(file), "is not a viva history database");
    }

    @Test
    void aDataFolderThatIsReallyAFileIsNamedAsSuch() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "");
        Assertions.assertThatThrownBy(() -> Store.open(notAFolder.resolve("viva.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notAFolder + " is a file, not a folder");
    }

    private void assertRefused(Path file, byte[] before, String reason) throws Exception {
        Assertions.assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(reason)
                .hasMessageContaining("left untouched")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Assertions.assertThatThrownBy(() -> Store.openForReading(file)).isInstanceOf(StoreException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("viva.db-wal")).doesNotExist();
        assertThat(dir.resolve("viva.db-journal")).doesNotExist();
    }

    private String pragma(String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> ids(List<StoredAttempt> attempts) {
        return attempts.stream().map(StoredAttempt::questionId).toList();
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
