package viva.bench;

import viva.schedule.FsrsParameters;
import viva.schedule.Memory;
import viva.schedule.Planner;
import viva.schedule.Scheduler;
import viva.store.Remembered;
import viva.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Times the choice of today's questions ('viva drill --due' and '--exam') from 100,000 stored attempts
 * over 1,000 questions: each question's memory (saved, plus the attempts since, or a replay of every
 * attempt through FSRS-6) and the plan, in fresh JVMs as a start is. Run from the project folder after
 * 'mvn package test-compile':
 *
 *   java -cp target/viva.jar:target/test-classes viva.bench.ScheduleBenchmark [attempts] [questions]
 */
public final class ScheduleBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private ScheduleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--choose")) {
            System.out.println(choose(Path.of(args[1]), SCOPE, true));
            return;
        }
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path home = Files.createTempDirectory("viva-schedule-bench");
        Path db = home.resolve("viva.db");
        fill(db, attempts, questions);
        System.out.printf(Locale.ROOT, "%,d attempts over %,d questions (%,d KB)%n", attempts, questions, Files.size(db) / 1024);
        // A fresh JVM each time, with the launcher's flags, as 'viva drill --due' starts.
        System.out.println("fresh JVM, no saved memory (replays every attempt, then saves it): " + child(db));
        System.out.println("fresh JVM, saved memory:                                          " + child(db));
        System.out.println("fresh JVM, saved memory:                                          " + child(db));
        String best = "";
        for (int i = 0; i < 5; i++) {
            best = choose(db, SCOPE, false);
        }
        System.out.println("the same JVM, fifth time:                                         " + best);
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static final List<String> SCOPE = IntStream.range(0, 1_000).mapToObj(i -> "q-" + i).toList();

    private static String child(Path db) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ScheduleBenchmark.class.getName(), "--choose", db.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return out;
    }

    /**
     * Opens the history (apart: a drill does it beside loading the banks), then chooses: each question's
     * memory (saved, or replayed) and today's plan. Saves the memory if it was not, as a drill does.
     */
    private static String choose(Path db, List<String> scope, boolean save) throws Exception {
        long start = System.nanoTime();
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
        try (Store store = Store.open(db)) {
            long opened = System.nanoTime();
            Remembered remembered = store.remember(scheduler);
            Memory memory = remembered.memory();
            Planner planner = new Planner(scheduler);
            List<String> today = new ArrayList<>(planner.due(scope, memory, NOW));
            today.addAll(planner.fresh(scope, memory, NOW, 10));
            int exam = planner.exam(scope, memory, NOW, LocalDate.of(2026, 12, 14)).today().size();
            long chosen = System.nanoTime();
            if (today.isEmpty() || exam == 0) {
                throw new IllegalStateException("nothing chosen: the benchmark's history is not what it should be");
            }
            if (save && !remembered.saved()) {
                store.keep(scheduler, memory.copy(), remembered.upto());
            }
            return String.format(Locale.ROOT, "choosing %.0f ms (opening the history before it: %.0f ms)",
                    (chosen - opened) / 1e6, (opened - start) / 1e6);
        }
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
