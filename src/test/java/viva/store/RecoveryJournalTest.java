package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.practice.Recorder;
import viva.bank.Difficulty;
import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Location;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.drill.Attempt;
import viva.drill.Coverage;
import viva.schedule.Rating;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;

/** What the history cannot take goes to the journal, fsync'd, and comes back once, whatever happens between. */
class RecoveryJournalTest {
    @TempDir
    Path dir;

    private static final Question QUESTION = new Question("moe-collapse", List.of("moe"), Difficulty.EASY, Duration.ofSeconds(90),
            List.of(), Map.of(Lang.EN, new QuestionText("What goes wrong?", "Collapse.", List.of(new KeyPoint("collapse",
            List.of("collapse"))), List.of("hint"), List.of())), new Location("questions/moe.yaml", 1, 1));

    private static Attempt attempt(int second, String answer, Optional<Rating> rating) {
        return new Attempt(QUESTION.id(), Lang.EN, Histories.T0.plusSeconds(second), Histories.T0.plusSeconds(second + 30),
                Duration.ofSeconds(90), 0, answer, Optional.of(new Coverage(List.of(true))), rating);
    }

    @Test
    void aFullDiskSendsTheAnswerToTheJournalSaysSoAndTheNextStartMergesItOnce() throws Exception {
        Path file = dir.resolve("viva.db");
        RecoveryJournal journal = RecoveryJournal.beside(file);
        try (Store store = Store.open(file)) {
            Session session = store.startSession("drill", "{}", OptionalLong.of(1), Histories.T0);
            Recorder recorder = new Recorder(store, () -> session, () -> session, journal, List.of(QUESTION));
            assertThat(recorder.keep(attempt(0, "kept in the history", Optional.of(Rating.GOOD)))).isEmpty();
            journal.reserve();
            long reserved = Files.size(journal.file());
            // SQLite's own limit on the file's pages answers exactly as a full disk does: SQLITE_FULL.
            try (Statement s = store.database().connection().createStatement()) {
                s.execute("PRAGMA max_page_count = " + store.database().pragmaInt("page_count"));
            }
            String first = recorder.keep(attempt(100, "collapse, kept through a full disk " + "x".repeat(5000), Optional.of(Rating.EASY)));
            assertThat(first).contains("the disk holding it is full", file.toString(), "kept in the recovery journal",
                    journal.file().toString());
            assertThat(recorder.keep(attempt(200, "and an unrated one", Optional.empty()))).isEqualTo("kept in the recovery journal");
            assertThat(recorder.failure()).isPresent();
            // Written into the reserve made while there was room: the file did not have to grow.
            assertThat(Files.size(journal.file())).isEqualTo(reserved);
            assertThat(journal.pending()).isEqualTo(2);
        }

        byte[] journalBefore = Files.readAllBytes(journal.file());
        try (Store store = Store.open(file)) {
            assertThat(store.merge(journal)).isEqualTo(2);
            assertThat(journal.pending()).isZero();
            // A merge cut short after its commit leaves the old journal behind: the keys keep it from counting twice.
            Files.write(journal.file(), journalBefore);
            assertThat(store.merge(journal)).isZero();
            List<StoredAttempt> all = store.attempts(Scope.ALL, 0);
            assertThat(all).extracting(StoredAttempt::answer).containsExactly("and an unrated one",
                    "collapse, kept through a full disk " + "x".repeat(5000), "kept in the history");
            assertThat(all).extracting(StoredAttempt::ratingLabel).containsExactly("unrated", "Easy", "Good");
            assertThat(all).extracting(StoredAttempt::sessionId).containsOnly(all.get(2).sessionId());
        }
    }

    @Test
    void answersOfASessionThatNeverReachedTheHistoryGetOneSessionOfTheirOwn() throws Exception {
        Path file = dir.resolve("viva.db");
        RecoveryJournal journal = RecoveryJournal.beside(file);
        Session planned = new Session(0, "mock", Histories.T0, Optional.empty(), "{\"minutes\":20}", OptionalLong.of(5));
        journal.append(planned, Recorder.stored(attempt(0, "one", Optional.of(Rating.HARD)), QUESTION, planned));
        journal.append(planned, Recorder.stored(attempt(60, "two", Optional.of(Rating.GOOD)), QUESTION, planned));
        try (Store store = Store.open(file)) {
            assertThat(store.merge(journal)).isEqualTo(2);
            List<StoredAttempt> all = store.attempts(Scope.ALL, 0);
            assertThat(all).extracting(StoredAttempt::sessionId).containsOnly(all.get(0).sessionId());
            assertThat(store.session(all.get(0).sessionId()).orElseThrow().mode()).isEqualTo("mock");
            assertThat(all).extracting(StoredAttempt::mode).containsOnly("mock");
        }
    }

    @Test
    void aLineThatCannotBeReadIsKeptNotDropped() throws Exception {
        Path file = dir.resolve("viva.db");
        RecoveryJournal journal = RecoveryJournal.beside(file);
        Session planned = new Session(0, "drill", Histories.T0, Optional.empty(), "{}", OptionalLong.empty());
        journal.append(planned, Recorder.stored(attempt(0, "fine", Optional.of(Rating.GOOD)), QUESTION, planned));
        Files.writeString(journal.file(), "{\"key\": \"cut sh", StandardOpenOption.APPEND);
        try (Store store = Store.open(file)) {
            assertThat(store.merge(journal)).isEqualTo(1);
        }
        assertThat(Files.readString(journal.file())).startsWith("{\"key\": \"cut sh\n");
    }

    /**
     * A drill makes the journal's reserve on another thread while its first answer may already be going in: the
     * reserve must never write its zeros over an answer appended meanwhile.
     */
    @Test
    void theReserveMadeBesideAnAppendNeverOverwritesIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 300; i++) {
                RecoveryJournal journal = new RecoveryJournal(dir.resolve("race-" + i + ".jsonl"));
                String question = "q-" + i;
                Session s = new Session(0, "drill", Histories.T0, Optional.empty(), "{}", OptionalLong.empty());
                CountDownLatch go = new CountDownLatch(1);
                Future<?> reserve = pool.submit(() -> {
                    go.await();
                    journal.reserve();
                    return null;
                });
                Future<?> append = pool.submit(() -> {
                    go.await();
                    journal.append(s, Histories.aloud(0, question, List.of("moe"), Histories.T0, 5, 60, Rating.GOOD));
                    return null;
                });
                go.countDown();
                reserve.get();
                append.get();
                assertThat(journal.pending()).as("run %d", i).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A drill keeps answers in the journal while another command merges it: the merge replaces the file with
     * what is left of it, and an answer appended between its reading and its replacing must not be dropped.
     */
    @Test
    void answersAppendedWhileTheJournalIsMergedAreAllKeptOnce() throws Exception {
        Path file = dir.resolve("viva.db");
        RecoveryJournal journal = RecoveryJournal.beside(file);
        int answers = 400;
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Store store = Store.open(file)) {
            Future<?> drill = pool.submit(() -> {
                appendAnswers(new RecoveryJournal(journal.file()), "thread", answers);
                return null;
            });
            int merged = mergeWhile(store, journal, () -> !drill.isDone());
            drill.get();
            assertKeptOnce(store, merged + store.merge(journal), answers);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Merges the journal over and over while answers are still being appended; how many it moved. */
    private static int mergeWhile(Store store, RecoveryJournal journal, BooleanSupplier appending) throws StoreException {
        int merged = 0;
        while (appending.getAsBoolean()) {
            merged += store.merge(journal);
        }
        return merged;
    }

    private static void assertKeptOnce(Store store, int merged, int answers) throws StoreException {
        assertThat(merged).isEqualTo(answers);
        assertThat(store.attempts(Scope.ALL, 0)).extracting(StoredAttempt::questionId).doesNotHaveDuplicates().hasSize(answers);
    }

    /** The same between two processes, which take turns by the file's lock, not by this JVM's monitor. */
    @Test
    void answersAppendedByAnotherProcessWhileTheJournalIsMergedAreAllKeptOnce() throws Exception {
        Path file = dir.resolve("viva.db");
        RecoveryJournal journal = RecoveryJournal.beside(file);
        int answers = 300;
        Path log = dir.resolve("appender.log");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Appender.class.getName(), journal.file().toString(),
                String.valueOf(answers)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (Store store = Store.open(file)) {
            int merged = mergeWhile(store, journal, other::isAlive);
            assertThat(other.waitFor()).as(Files.readString(log)).isZero();
            assertKeptOnce(store, merged + store.merge(journal), answers);
        } finally {
            other.destroyForcibly();
        }
    }

    private static void appendAnswers(RecoveryJournal journal, String who, int answers) throws Exception {
        Session s = new Session(0, "drill", Histories.T0, Optional.empty(), "{}", OptionalLong.empty());
        for (int i = 0; i < answers; i++) {
            journal.append(s, Histories.aloud(0, who + "-" + i, List.of("moe"), Histories.T0.plusSeconds(i), 5, 60,
                    Rating.GOOD));
        }
    }

    /** The other process of the test above: a drill whose history is away, keeping its answers in the journal. */
    static final class Appender {
        public static void main(String[] args) throws Exception {
            appendAnswers(new RecoveryJournal(Path.of(args[0])), "process", Integer.parseInt(args[1]));
        }
    }
}
