package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Lang;
import viva.schedule.Rating;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running sums kept by triggers give the same figures as summing the attempts themselves: after adds, after
 * an undo of a question's newest attempt and of its only one, and when an older history is upgraded and filled.
 * The whole-history scope reads the sums; a "since the epoch" scope, which selects the same attempts, sums rows.
 */
class RunningSumsTest {
    private static final Scope ROWS = Scope.ALL.withSince(Instant.EPOCH);
    private static final Comparator<Double> CLOSE = (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);

    @TempDir
    Path dir;

    @Test
    void sumsMatchTheAttemptsThroughAddsAndUndos() throws Exception {
        Path file = dir.resolve("viva.db");
        try (Store store = Store.open(file)) {
            List<Long> ids = fill(store, new Random(7), 400);
            assertSame(store);
            store.forget(ids.get(ids.size() - 1));
            store.forget(ids.get(17));
            long lonely = store.add(attempt(1, "only-once", List.of("rare"), Instant.parse("2026-05-01T10:00:00Z"), 40, 30,
                    Rating.AGAIN, Optional.of(List.of(true)), Optional.of(List.of(false))));
            assertSame(store);
            store.forget(lonely);
            assertSame(store);
            assertThat(store.tallies().byTag(Scope.ALL, 5)).extracting(TagTally::tag).doesNotContain("rare");
        }
    }

    @Test
    void anOlderHistoryIsFilledWhenUpgraded() throws Exception {
        Path file = dir.resolve("viva.db");
        try (Store store = Store.open(file)) {
            fill(store, new Random(11), 300);
        }
        // The same attempts in a history of schema 9, whose running sums are kept by question alone: the
        // upgrade makes them again per learner.
        Path older = dir.resolve("older.db");
        List<String> statements = new ArrayList<>();
        for (int step = 0; step < 9; step++) {
            statements.addAll(Migrations.statements(step, Dialect.SQLITE));
        }
        String attempt = "id, session_id, mode, question_id, bank, text_hash, lang, tags, started_at, ended_at, taken_ms, budget_ms,"
                + " hints_used, answer, points, rating, coverage, suggested";
        String tag = "tag, attempt_id, session_id, question_id, ended_at, rating, coverage, taken_ms, budget_ms";
        statements.addAll(List.of("ATTACH DATABASE '" + file + "' AS kept",
                "INSERT INTO session SELECT id, mode, started_at, ended_at, filters, seed FROM kept.session",
                "INSERT INTO attempt (" + attempt + ") SELECT " + attempt + " FROM kept.attempt",
                "INSERT INTO attempt_tag (" + tag + ") SELECT " + tag + " FROM kept.attempt_tag",
                "DETACH DATABASE kept", "PRAGMA application_id = " + Database.APPLICATION_ID, "PRAGMA user_version = 9"));
        StoreTest.sql(older, statements.toArray(String[]::new));
        file = older;
        try (Store store = Store.open(file)) {
            assertSame(store);
            store.add(attempt(2, "q-1", List.of("t-1"), Instant.parse("2026-06-01T10:00:00Z"), 10, 60, Rating.EASY,
                    Optional.empty(), Optional.empty()));
            assertSame(store);
        }
    }

    private static void assertSame(Store store) throws Exception {
        Tallies t = store.tallies();
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        assertThat(t.overall(Scope.ALL)).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
                .isEqualTo(t.overall(ROWS));
        assertThat(t.byQuestion(Scope.ALL)).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
                .isEqualTo(t.byQuestion(ROWS));
        assertThat(t.bySession(Scope.ALL)).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
                .isEqualTo(t.bySession(ROWS));
        assertThat(t.byTag(Scope.ALL, 4)).usingRecursiveComparison().withComparatorForType(CLOSE, Double.class)
                .isEqualTo(t.byTag(ROWS, 4));
        assertThat(t.byTag(Scope.ALL.withTags(List.of("t-2", "t-0")), 4)).usingRecursiveComparison()
                .withComparatorForType(CLOSE, Double.class).isEqualTo(t.byTag(ROWS.withTags(List.of("t-2", "t-0")), 4));
        assertThat(t.days(Scope.ALL, zone)).isEqualTo(t.days(ROWS, zone));
        assertThat(store.corrections(Scope.ALL)).isEqualTo(store.corrections(ROWS));
        assertThat(t.overall(Scope.ALL).tally().attempts()).isEqualTo(store.attempts(Scope.ALL, 0).stream()
                .filter(a -> a.rating().isPresent()).count());
        List<StoredAttempt> all = store.attempts(Scope.ALL, 0);
        for (ZoneId z : List.of(ZoneId.of("America/New_York"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("UTC"))) {
            SortedMap<LocalDate, Integer> each = new TreeMap<>();
            all.stream().filter(a -> a.rating().isPresent())
                    .forEach(a -> each.merge(LocalDate.ofInstant(a.endedAt(), z), 1, Integer::sum));
            assertThat(t.days(Scope.ALL, z)).as(z.getId()).isEqualTo(each);
        }
        assertThat(store.leeches(2)).allSatisfy((id, n) -> assertThat(all.stream()
                .filter(a -> a.questionId().equals(id) && a.rating().equals(Optional.of(Rating.AGAIN))).count()).isEqualTo((long) n));
        assertThat(store.lastRatings()).allSatisfy((id, r) -> assertThat(all.stream().filter(a -> a.questionId().equals(id))
                .findFirst().orElseThrow().rating()).contains(r));
    }

    /** Attempts at 12 questions with up to three of 5 tags, in sessions of 8, typed and aloud, some corrected. */
    private static List<Long> fill(Store store, Random random, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T06:00:00Z");
        long session = 0;
        for (int i = 0; i < n; i++) {
            if (i % 8 == 0) {
                session = Histories.session(store, at).id();
            }
            at = at.plusSeconds(60 + random.nextInt(30_000));
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                String tag = "t-" + random.nextInt(5);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            boolean aloud = random.nextInt(4) == 0;
            Optional<List<Boolean>> points = aloud ? Optional.empty() : Optional.of(List.of(random.nextBoolean(), random.nextBoolean()));
            Optional<List<Boolean>> suggested = aloud || random.nextBoolean() ? points : Optional.of(List.of(true, true));
            ids.add(store.add(attempt(session, "q-" + random.nextInt(12), tags, at, 5 + random.nextInt(200), 30 + random.nextInt(120),
                    Rating.of(1 + random.nextInt(4)), points, suggested)));
        }
        return ids;
    }

    private static StoredAttempt attempt(long session, String question, List<String> tags, Instant end, int taken, int budget,
                                         Rating rating, Optional<List<Boolean>> points, Optional<List<Boolean>> suggested) {
        return new StoredAttempt(0, session, "drill", question, "questions/test.yaml", "hash-" + question, Lang.EN, tags,
                end.minusSeconds(taken), end, Duration.ofSeconds(taken), Duration.ofSeconds(budget), 0,
                points.isPresent() ? "typed" : "", points, Optional.of(rating), suggested);
    }
}
