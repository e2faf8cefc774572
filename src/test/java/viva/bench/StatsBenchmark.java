package viva.bench;

import picocli.CommandLine;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.bank.Lang;
import viva.bank.Question;
import viva.cli.Context;
import viva.cli.Main;
import viva.config.DataDir;
import viva.store.Store;
import viva.store.TextHash;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Fills a history with 100,000 attempts at the built-in questions (10,000 sessions over two years)
 * and times 'viva stats' and 'viva report' over it: in-process, and as a fresh JVM from the shaded
 * jar when target/viva.jar exists. Run from the project folder after 'mvn package test-compile':
 *
 *   java -cp target/viva.jar:target/test-classes viva.bench.StatsBenchmark [attempts]
 */
public final class StatsBenchmark {
    private static final Instant END = Instant.parse("2026-11-20T18:00:00Z");

    private StatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path home = Files.createTempDirectory("viva-bench");
        Map<String, String> env = Map.of("VIVA_HOME", home.toString(), "LANG", "C.UTF-8", "TZ", "UTC", "COLUMNS", "100");
        long fill = System.nanoTime();
        fill(DataDir.database(env), attempts);
        System.out.printf(Locale.ROOT, "filled %,d attempts in %.1f s (%s, %,d KB)%n", attempts, seconds(fill),
                DataDir.database(env), Files.size(DataDir.database(env)) / 1024);

        List<String[]> commands = List.of(new String[]{"stats"}, new String[]{"report", "--format", "md"},
                new String[]{"report", "--format", "html"}, new String[]{"report", "--format", "json"},
                new String[]{"report", "--format", "csv"}, new String[]{"report", "--session", "last", "--format", "html"});
        System.out.println("in-process (first run, then best of 5):");
        for (String[] command : commands) {
            double first = inProcess(env, command);
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                best = Math.min(best, inProcess(env, command));
            }
            System.out.printf(Locale.ROOT, "  %-40s first %5.0f ms   best %5.0f ms%n", String.join(" ", command), first, best);
        }
        Path jar = Path.of("target/viva.jar");
        if (Files.exists(jar)) {
            List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString());
            freshJvms("fresh JVM, java -jar target/viva.jar (wall clock, best of 3):", java, env, commands);
            // As a person runs it: the launcher adds the class-data archive and the unpacked SQLite library.
            freshJvms("fresh JVM, ./viva (wall clock, best of 3):", List.of("./viva"), env, commands);
        }
        try (var files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Straight through JDBC in one transaction: the point is to measure reading, not 100,000 fsyncs. The
     * store's own schema, written without a journal and with a large page cache (a million attempts through
     * the WAL take minutes), and left in WAL mode as the store leaves a history.
     */
    static void fill(Path db, int attempts) throws Exception {
        Store.open(db).close();
        List<Question> questions = Banks.load(BankFiles.builtin()).questions();
        Random random = new Random(42);
        String answer = "A plausible typed answer of a couple of hundred characters, as people type them in a drill: "
                + "it names the mechanism, one number, and a trade-off; 分块计算 softmax 也会出现在中文回答里。";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            pragmas(c, "journal_mode = OFF", "synchronous = OFF", "cache_size = -500000");
            c.setAutoCommit(false);
            try (PreparedStatement session = c.prepareStatement(
                    "INSERT INTO session (id, mode, started_at, ended_at, filters, seed) VALUES (?, 'drill', ?, ?, '{}', ?)");
                 PreparedStatement attempt = c.prepareStatement("INSERT INTO attempt (id, session_id, mode, question_id, bank,"
                         + " text_hash, lang, tags, started_at, ended_at, taken_ms, budget_ms, hints_used, answer, points, coverage,"
                         + " rating) VALUES (?, ?, 'drill', ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement tag = c.prepareStatement("INSERT OR IGNORE INTO attempt_tag (tag, attempt_id, session_id,"
                         + " question_id, ended_at, rating, coverage, taken_ms, budget_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int perSession = 10;
                long span = TimeUnit.DAYS.toMillis(730);
                for (int i = 0; i < attempts; i++) {
                    int sessionId = i / perSession + 1;
                    long start = END.toEpochMilli() - span + span * (sessionId - 1L) / Math.max(1, attempts / perSession);
                    if (i % perSession == 0) {
                        session.setLong(1, sessionId);
                        session.setLong(2, start);
                        session.setLong(3, start + 900_000);
                        session.setLong(4, sessionId);
                        session.executeUpdate();
                    }
                    Question q = questions.get(random.nextInt(questions.size()));
                    long budget = q.time().toMillis();
                    long taken = (long) (budget * (0.3 + random.nextDouble() * 1.0));
                    long ended = start + (i % perSession + 1) * 90_000L;
                    boolean aloud = random.nextInt(5) == 0;
                    int points = q.text(Lang.EN).points().size();
                    int covered = random.nextInt(points + 1);
                    attempt.setLong(1, i + 1);
                    attempt.setLong(2, sessionId);
                    attempt.setString(3, q.id());
                    attempt.setString(4, q.source().file());
                    attempt.setString(5, TextHash.of(q.text(Lang.EN)));
                    attempt.setString(6, "[\"" + String.join("\",\"", q.tags()) + "\"]");
                    attempt.setLong(7, ended - taken);
                    attempt.setLong(8, ended);
                    attempt.setLong(9, taken);
                    attempt.setLong(10, budget);
                    attempt.setInt(11, random.nextInt(3));
                    attempt.setString(12, aloud ? "" : answer);
                    attempt.setString(13, aloud ? null : pointsJson(points, covered));
                    Long coverage = aloud ? null : Math.round(100.0 * covered / points);
                    int rating = 1 + random.nextInt(4);
                    attempt.setObject(14, coverage);
                    attempt.setInt(15, rating);
                    attempt.executeUpdate();
                    for (String t : q.tags()) {
                        tag.setString(1, t);
                        tag.setLong(2, i + 1);
                        tag.setLong(3, sessionId);
                        tag.setString(4, q.id());
                        tag.setLong(5, ended);
                        tag.setInt(6, rating);
                        tag.setObject(7, coverage);
                        tag.setLong(8, taken);
                        tag.setLong(9, budget);
                        tag.executeUpdate();
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
            pragmas(c, "journal_mode = WAL");
        }
    }

    private static void pragmas(Connection c, String... settings) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String setting : settings) {
                s.execute("PRAGMA " + setting);
            }
        }
    }

    private static String pointsJson(int points, int covered) {
        List<String> flags = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            flags.add(p < covered ? "true" : "false");
        }
        return "[" + String.join(",", flags) + "]";
    }

    private static double inProcess(Map<String, String> env, String[] args) {
        Context context = new Context(env, new ByteArrayInputStream(new byte[0]), Clock.fixed(END, ZoneOffset.UTC), false);
        CommandLine cl = Main.commandLine(context);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        long start = System.nanoTime();
        int exit = cl.execute(args);
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0 || out.toString().isEmpty()) {
            throw new IllegalStateException(String.join(" ", args) + " failed with " + exit);
        }
        return ms;
    }

    private static void freshJvms(String title, List<String> launch, Map<String, String> env, List<String[]> commands)
            throws Exception {
        System.out.println(title);
        for (String[] command : commands) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                best = Math.min(best, process(launch, env, command));
            }
            System.out.printf(Locale.ROOT, "  %-40s %5.0f ms%n", String.join(" ", command), best);
        }
    }

    private static double process(List<String> launch, Map<String, String> env, String[] args) throws Exception {
        List<String> command = new ArrayList<>(launch);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process p = builder.start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
