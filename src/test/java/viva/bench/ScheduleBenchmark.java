package viva.bench;

import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Planner;
import viva.schedule.Review;
import viva.schedule.Scheduler;
import viva.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Times the choice of today's questions ('viva drill --due' and '--exam') from 100,000 stored attempts
 * over 1,000 questions: reading the attempts, replaying them through FSRS-6, and planning. Run from
 * the project folder after 'mvn package test-compile':
 *
 *   java -cp target/viva.jar:target/test-classes viva.bench.ScheduleBenchmark [attempts] [questions]
 */
public final class ScheduleBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private ScheduleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path home = Files.createTempDirectory("viva-schedule-bench");
        Path db = home.resolve("viva.db");
        fill(db, attempts, questions);
        List<String> scope = IntStream.range(0, questions).mapToObj(i -> "q-" + i).toList();
        System.out.printf(Locale.ROOT, "%,d attempts over %,d questions (%,d KB)%n", attempts, questions, Files.size(db) / 1024);
        double first = choose(db, scope);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            best = Math.min(best, choose(db, scope));
        }
        System.out.printf(Locale.ROOT, "choosing today's questions (read + replay + plan): first %.0f ms, best of 5 %.0f ms%n", first, best);
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double choose(Path db, List<String> scope) throws Exception {
        long start = System.nanoTime();
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
        List<Review> reviews;
        try (Store store = Store.open(db)) {
            reviews = store.reviews();
        }
        Memory memory = Memory.replay(scheduler, reviews);
        Planner planner = new Planner(scheduler);
        List<String> today = new ArrayList<>(planner.due(scope, memory, NOW));
        today.addAll(planner.fresh(scope, memory, NOW, 10));
        int exam = planner.exam(scope, memory, NOW, java.time.LocalDate.of(2026, 12, 14)).today().size();
        double ms = (System.nanoTime() - start) / 1e6;
        if (today.isEmpty() || exam == 0) {
            throw new IllegalStateException("nothing chosen: the benchmark's history is not what it should be");
        }
        return ms;
    }

    /** A year of history: each attempt on a random question, ratings mostly Good, in time order. */
    private static void fill(Path db, int attempts, int questions) throws Exception {
        Store.open(db).close();
        Random random = new Random(7);
        long span = Duration.ofDays(365).toMillis();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement session = c.prepareStatement(
                    "INSERT INTO session (id, mode, started_at, ended_at, filters, seed) VALUES (1, 'drill', ?, ?, '{}', 1)");
                 PreparedStatement attempt = c.prepareStatement("INSERT INTO attempt (session_id, mode, question_id, bank,"
                         + " text_hash, lang, tags, started_at, ended_at, taken_ms, budget_ms, hints_used, answer, points, coverage,"
                         + " rating) VALUES (1, 'drill', ?, 'bench.yaml', 'h', 'en', '[\"bench\"]', ?, ?, 60000, 120000, 0, '', NULL, NULL, ?)")) {
                session.setLong(1, NOW.toEpochMilli() - span);
                session.setLong(2, NOW.toEpochMilli());
                session.executeUpdate();
                for (int i = 0; i < attempts; i++) {
                    long ended = NOW.toEpochMilli() - span + span * i / attempts;
                    int r = random.nextInt(10);
                    attempt.setString(1, "q-" + random.nextInt(questions));
                    attempt.setLong(2, ended - 60_000);
                    attempt.setLong(3, ended);
                    attempt.setInt(4, r == 0 ? 1 : r == 1 ? 2 : r < 9 ? 3 : 4);
                    attempt.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
