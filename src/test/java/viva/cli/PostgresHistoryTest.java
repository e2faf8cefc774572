package viva.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.drill.StepClock;
import viva.store.Postgres;

import java.net.ServerSocket;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history on PostgreSQL, through the commands: two machines (two data folders) set 'history' to one
 * database and see one history; the password comes from a pgpass file, never from the URL; 'viva config'
 * shows the URL as written.
 */
class PostgresHistoryTest {
    private static final String BANK = Cli.fixture("banks/sample.yaml");
    private static final String PGPASSFILE = "org.postgresql.pgpassfile";
    private static String before;
    private static final Pattern AS_OF = Pattern.compile("as of (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)\\n");
    private static final DateTimeFormatter AS_OF_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @TempDir
    Path laptop;
    @TempDir
    Path desktop;

    /** The driver reads libpq's password file from the environment; a test JVM points it there by its property. */
    @BeforeAll
    static void passwordFile(@TempDir Path dir) throws Exception {
        Path pgpass = dir.resolve("pgpass");
        // Every role of these tests has the admin's password.
        Files.writeString(pgpass, "127.0.0.1:*:*:*:" + Postgres.ADMIN_PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        before = System.getProperty(PGPASSFILE);
        System.setProperty(PGPASSFILE, pgpass.toString());
    }

    @AfterAll
    static void restore() {
        if (before == null) {
            System.clearProperty(PGPASSFILE);
        } else {
            System.setProperty(PGPASSFILE, before);
        }
    }

    private static Cli on(Path home, String url) {
        return new Cli(home).env("TZ", "UTC").env("VIVA_HISTORY", url);
    }

    @Test
    void twoMachinesShareOneHistory() {
        Postgres pg = Postgres.cluster();
        String url = pg.url(pg.freshDatabase(), Postgres.ADMIN);
        Cli.Result drill = on(laptop, url).clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin("B starts at zero, A is Gaussian\n\ngood\n\nhard\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
        assertThat(drill.exit()).as("%s", drill).isZero();
        assertThat(drill.out()).contains("Rated Good", "Rated Hard");

        Cli.Result history = on(desktop, url).run("history", "--no-builtin", "--bank", BANK);
        assertThat(history.exit()).as("%s", history).isZero();
        assertThat(history.out()).contains("demo-lora-init", "demo-moe-collapse", "Good", "Hard", "2 attempts shown");
        Cli.Result stats = on(desktop, url).run("stats");
        assertThat(stats.out()).as("%s", stats).contains("2 attempts in 1 session", "2 questions");
        // Nothing was written on the desktop's disk: the history is the server's.
        assertThat(desktop.resolve("viva.db")).doesNotExist();
        assertThat(laptop.resolve("viva.db")).doesNotExist();

        Cli.Result suspend = on(desktop, url).run("suspend", "demo-moe-collapse", "--no-builtin", "--bank", BANK);
        assertThat(suspend.exit()).as("%s", suspend).isZero();
        Cli.Result next = on(laptop, url).stdin("").run("drill", "--no-builtin", "--bank", BANK, "--order", "bank");
        assertThat(next.out()).as("%s", next).doesNotContain("demo-moe-collapse");

        Cli.Result json = on(laptop, url).run("report", "--format", "json");
        assertThat(json.exit()).as("%s", json).isZero();
        assertThat(json.out()).contains("\"attempts\" : 2", "demo-lora-init");
    }

    /**
     * A cohort on one database: the organiser's role owns viva's tables and adds learners with README's three lines;
     * each learner's viva, and even SQL typed by hand through the learner's role, reads only that learner's rows,
     * and only the organiser reads the cohort.
     */
    @Test
    void eachLearnerReadsOnlyTheirOwnAndTheOrganiserTheCohort() throws Exception {
        Postgres pg = Postgres.cluster();
        String suffix = "_" + ProcessHandle.current().pid();
        String organiser = "organiser" + suffix;
        String alice = "alice" + suffix;
        String bob = "bob" + suffix;
        String database = pg.freshDatabase();
        cohort(pg, database, organiser, List.of(alice, bob));
        Cli.Result byAlice = on(laptop, pg.url(database, alice)).clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin("B starts at zero, A is Gaussian\n\ngood\n\nhard\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
        assertThat(byAlice.exit()).as("%s", byAlice).isZero();
        Cli.Result byBob = on(desktop, pg.url(database, bob)).clock(new StepClock(Instant.parse("2026-11-21T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin("no idea\n\nagain\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5", "-n", "1");
        assertThat(byBob.exit()).as("%s", byBob).isZero();

        assertThat(on(laptop, pg.url(database, alice)).run("stats").out()).contains("2 attempts in 1 session");
        assertThat(on(desktop, pg.url(database, bob)).run("stats").out()).contains("1 attempt in 1 session");
        Cli.Result bobsHistory = on(desktop, pg.url(database, bob)).run("history", "--no-builtin", "--bank", BANK);
        assertThat(bobsHistory.out()).as("%s", bobsHistory).contains("1 attempt shown").doesNotContain("Good", "Hard");

        // By hand, through Alice's role: her rows only, whatever she asks for; a row in Bob's name is refused.
        try (Connection c = pg.connect(database, alice, Postgres.ADMIN_PASSWORD); Statement s = c.createStatement()) {
            s.execute("SELECT set_config('viva.cohort', 'on', false)");
            assertThat(count(s, "SELECT count(*) FROM attempt")).isEqualTo(2);
            assertThat(count(s, "SELECT count(*) FROM attempt WHERE owner = '" + bob + "'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM question_tally")).isEqualTo(2);
            s.execute("SELECT set_config('viva.learner', '" + bob + "', false)");
            assertThat(count(s, "SELECT count(*) FROM attempt")).isZero();
            assertThatThrownBy(() -> s.execute("INSERT INTO suspended (owner, learner, question_id, since) VALUES ('" + bob + "', '"
                    + bob + "', 'demo-lora-init', 1)")).hasMessageContaining("row-level security");
        }

        Cli.Result cohort = on(desktop, pg.url(database, organiser)).run("stats", "--cohort");
        assertThat(cohort.exit()).as("%s", cohort).isZero();
        assertThat(cohort.out()).contains("3 attempts in 2 sessions", "Learners in the cohort: 2")
                .containsPattern(alice + " +2 +2\\.50 +\\d+% +")
                .containsPattern(bob + " +1 +1\\.00");
        assertThat(on(desktop, pg.url(database, organiser)).run("stats").out()).contains("No attempts recorded yet");
        Cli.Result report = on(desktop, pg.url(database, organiser)).run("report", "--cohort", "--format", "json");
        assertThat(report.exit()).as("%s", report).isZero();
        JsonNode json = new ObjectMapper().readTree(report.out());
        assertThat(json.at("/summary/attempts").asInt()).isEqualTo(3);
        assertThat(json.get("learners")).extracting(l -> l.get("learner").asText() + ":" + l.get("attempts").asInt())
                .containsExactlyInAnyOrder(alice + ":2", bob + ":1");
        assertThat(on(desktop, pg.url(database, organiser)).run("report", "--cohort").out())
                .contains("## Learners", "| " + bob.replace("_", "\\_") + " | 1 | 1.00 |");
        // With the answers, each says whose it is, in every format; a learner's own report names nobody.
        JsonNode answers = new ObjectMapper().readTree(on(desktop, pg.url(database, organiser))
                .run("report", "--cohort", "--answers", "--format", "json").out());
        assertThat(answers.get("attempts")).extracting(a -> a.get("learner").asText() + ":" + a.get("rating").asInt())
                .containsExactlyInAnyOrder(alice + ":3", alice + ":2", bob + ":1");
        assertThat(on(desktop, pg.url(database, organiser)).run("report", "--cohort", "--answers").out())
                .contains("### 1. " + alice.replace("_", "\\_") + " · demo-lora-init · Good",
                        ". " + bob.replace("_", "\\_") + " · demo-lora-init · Again");
        String csv = on(desktop, pg.url(database, organiser)).run("report", "--cohort", "--answers", "--format", "csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",answer,learner");
        assertThat(csv.lines().filter(l -> l.startsWith("attempt,")).map(l -> l.substring(l.lastIndexOf(',') + 1)))
                .containsExactlyInAnyOrder(alice, alice, bob);
        String own = on(laptop, pg.url(database, alice)).run("report", "--answers", "--format", "json").out();
        assertThat(new ObjectMapper().readTree(own).get("attempts")).hasSize(2).allSatisfy(a -> assertThat(a.has("learner")).isFalse());
        Cli.Result notTheOrganiser = on(laptop, pg.url(database, alice)).run("stats", "--cohort");
        assertThat(notTheOrganiser.out()).as("%s", notTheOrganiser).contains("2 attempts in 1 session", "Learners in the cohort: 1");
    }

    /**
     * A database whose tables the organiser's role owns (viva's first run made them), and a login role for each
     * learner, added with README's three lines.
     */
    private void cohort(Postgres pg, String database, String organiser, List<String> learners) throws Exception {
        pg.admin("CREATE ROLE " + organiser + " LOGIN CREATEROLE PASSWORD '" + Postgres.ADMIN_PASSWORD + "'",
                "ALTER DATABASE " + database + " OWNER TO " + organiser);
        Cli.Result first = on(desktop, pg.url(database, organiser)).run("stats");
        assertThat(first.exit()).as("%s", first).isZero();
        try (Connection c = pg.connect(database, organiser, Postgres.ADMIN_PASSWORD); Statement s = c.createStatement()) {
            for (String learner : learners) {
                s.execute("CREATE ROLE " + learner + " LOGIN PASSWORD '" + Postgres.ADMIN_PASSWORD + "'");
                s.execute("GRANT CONNECT ON DATABASE " + database + " TO " + learner);
                s.execute("GRANT viva_learner TO " + learner);
            }
        }
    }

    /** The issue's figure: eight learners drilling at once on one server, a hundred ratings each. */
    @Test
    void eightLearnersDrillingAtOnceStoreEveryRatingOnce(@TempDir Path machines) throws Exception {
        Postgres pg = Postgres.cluster();
        String suffix = "_" + ProcessHandle.current().pid();
        String organiser = "organiser8" + suffix;
        String database = pg.freshDatabase();
        List<String> learners = IntStream.rangeClosed(1, 8).mapToObj(i -> "learner" + i + suffix).toList();
        cohort(pg, database, organiser, learners);
        String[] ratings = {"again", "hard", "good", "easy"};
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        try {
            List<Future<Cli.Result>> drills = new ArrayList<>();
            for (int i = 0; i < learners.size(); i++) {
                StringBuilder answers = new StringBuilder();
                for (int q = 0; q < 100; q++) {
                    answers.append("answer ").append(q).append("\n\n").append(ratings[(q + i) % 4]).append('\n');
                }
                Cli drill = on(machines.resolve("machine" + i), pg.url(database, learners.get(i)))
                        .clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(5)))
                        .stdin(answers.toString());
                String seed = String.valueOf(i);
                drills.add(pool.submit(() -> drill.run("drill", "-n", "100", "--seed", seed)));
            }
            for (Future<Cli.Result> drill : drills) {
                Cli.Result result = drill.get(10, TimeUnit.MINUTES);
                assertThat(result.exit()).as("%s", result).isZero();
                assertThat(result.err()).as("%s", result).doesNotContain("journal");
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = pg.connect(database, organiser, Postgres.ADMIN_PASSWORD); Statement s = c.createStatement()) {
            s.execute("SELECT set_config('viva.cohort', 'on', false)");
            assertThat(count(s, "SELECT count(*) FROM attempt")).isEqualTo(800);
            assertThat(count(s, "SELECT count(DISTINCT id) FROM attempt")).isEqualTo(800);
            assertThat(count(s, "SELECT count(*) FROM (SELECT DISTINCT learner, session_id, question_id FROM attempt) a")).isEqualTo(800);
            assertThat(count(s, "SELECT count(*) FROM (SELECT learner FROM attempt GROUP BY learner HAVING count(*) = 100) l")).isEqualTo(8);
            assertThat(count(s, "SELECT count(*) FROM unrated_attempt")).isZero();
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * A drill while the server is away goes on, each rated answer kept in the local recovery journal with one line
     * saying so; 'viva sync' (or the next command that reaches the server) moves them there, exactly once.
     */
    @Test
    void answersRatedWhileTheServerIsAwayReachItOnceItIsBack() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        String away = "postgresql://" + Postgres.ADMIN + "@127.0.0.1:" + closed + "/viva?connect_timeout=2";
        Cli.Result drill = on(laptop, away).clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin("B starts at zero, A is Gaussian\n\ngood\n\nhard\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
        // Kept, but not in the history: a data error for scripts, as with a history file that cannot be written.
        assertThat(drill.exit()).as("%s", drill).isEqualTo(ExitCode.DATA.code());
        assertThat(drill.out() + drill.err()).contains("cannot reach the history", "kept in the recovery journal")
                .doesNotContain("Exception");
        assertThat(laptop.resolve("viva-recovery.jsonl")).exists();

        Cli.Result stillAway = on(laptop, away).run("sync");
        assertThat(stillAway.exit()).as("%s", stillAway).isEqualTo(ExitCode.DATA.code());
        assertThat(stillAway.err()).contains("cannot reach the history " + away);

        Postgres pg = Postgres.cluster();
        String url = pg.url(pg.freshDatabase(), Postgres.ADMIN);
        Cli.Result sync = on(laptop, url).run("sync");
        assertThat(sync.out()).as("%s", sync).isEqualTo("Moved 2 answers from the recovery journal into " + url + ".\n");
        assertThat(on(laptop, url).run("sync").out()).isEqualTo("Nothing waits in the recovery journal; the history is " + url + ".\n");
        Cli.Result history = on(laptop, url).run("history", "--no-builtin", "--bank", BANK);
        assertThat(history.exit()).as("%s", history).isZero();
        assertThat(history.out()).contains("demo-lora-init", "demo-moe-collapse", "2 attempts shown");
        Cli.Result again = on(laptop, url).run("history", "--no-builtin", "--bank", BANK);
        assertThat(again.out()).as("%s", again).contains("2 attempts shown");
        assertThat(on(desktop, url).run("stats").out()).contains("2 attempts in 1 session");

        // A server that answers but has no such database is no server away: the command stops and says why.
        Cli.Result missing = on(laptop, pg.url("no_such_database", Postgres.ADMIN)).run("stats");
        assertThat(missing.exit()).as("%s", missing).isEqualTo(ExitCode.DATA.code());
        assertThat(missing.err()).contains("cannot open the history", "no_such_database", "does not exist").doesNotContain("Exception");
    }

    /**
     * The server stopped in the middle of a drill and started again: the answer rated before the stop is on the
     * server, the one after it in the journal, and once the server is back it holds each exactly once. While it is
     * away, due and history read this machine's copy, say so, and show what they showed before it went.
     */
    @Test
    void theServerStoppedMidDrillLosesAndDoublesNothingAndTheLocalCopyStandsIn() throws Exception {
        Postgres own = Postgres.own();
        try {
            String database = own.freshDatabase();
            String url = own.url(database, Postgres.ADMIN);
            Cli.Result first = on(laptop, url).clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                    .stdin("B starts at zero, A is Gaussian\n\ngood\n\nhard\n")
                    .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
            assertThat(first.exit()).as("%s", first).isZero();
            Cli.Result due = on(laptop, url).run("due", "--no-builtin", "--bank", BANK);
            Cli.Result history = on(laptop, url).run("history", "--no-builtin", "--bank", BANK);
            assertThat(history.out()).as("%s", history).contains("2 attempts shown");

            InputStream halting = new SequenceInputStream(new ByteArrayInputStream("zero and Gaussian\n\ngood\n".getBytes(StandardCharsets.UTF_8)),
                    new InputStream() {
                        private InputStream rest;

                        @Override
                        public int read() throws IOException {
                            if (rest == null) {
                                try {
                                    own.halt();
                                } catch (InterruptedException e) {
                                    throw new IOException(e);
                                }
                                rest = new ByteArrayInputStream("\nagain\n".getBytes(StandardCharsets.UTF_8));
                            }
                            return rest.read();
                        }
                    });
            Cli.Result cut = on(laptop, url).clock(new StepClock(Instant.parse("2026-11-21T10:00:00Z"), Duration.ofSeconds(20)))
                    .stdin(halting).run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
            assertThat(cut.exit()).as("%s", cut).isEqualTo(ExitCode.DATA.code());
            assertThat(cut.out() + cut.err()).contains("Rated Good", "Rated Again", "kept in the recovery journal").doesNotContain("Exception");

            Cli.Result dueAway = on(laptop, url).run("due", "--no-builtin", "--bank", BANK);
            assertThat(dueAway.exit()).as("%s", dueAway).isZero();
            assertThat(dueAway.err()).contains("cannot reach the history " + url, "working from this machine's copy of it as of");
            // The copy's age in the reader's own zone, as every other time viva shows: Tokyo is nine hours ahead of UTC.
            Matcher utc = AS_OF.matcher(dueAway.err());
            Matcher tokyo = AS_OF.matcher(on(laptop, url).env("TZ", "Asia/Tokyo").run("due", "--no-builtin", "--bank", BANK).err());
            assertThat(utc.find()).as(dueAway.err()).isTrue();
            assertThat(tokyo.find()).isTrue();
            assertThat(Duration.between(LocalDateTime.parse(utc.group(1), AS_OF_FORMAT), LocalDateTime.parse(tokyo.group(1), AS_OF_FORMAT)))
                    .isEqualTo(Duration.ofHours(9));
            assertThat(dueAway.out()).isEqualTo(due.out());
            Cli.Result historyAway = on(laptop, url).run("history", "--no-builtin", "--bank", BANK);
            assertThat(historyAway.out()).as("%s", historyAway).isEqualTo(history.out());
            assertThat(historyAway.err()).contains("working from this machine's copy");
            // Another machine has no copy: a plan without the history would mislead, so it stops and says why.
            Cli.Result elsewhere = on(desktop, url).run("due", "--no-builtin", "--bank", BANK);
            assertThat(elsewhere.exit()).as("%s", elsewhere).isEqualTo(ExitCode.DATA.code());
            assertThat(elsewhere.err()).contains("cannot reach the history " + url);

            own.resume();
            Cli.Result sync = on(laptop, url).run("sync");
            assertThat(sync.out()).as("%s", sync).isEqualTo("Moved 1 answer from the recovery journal into " + url + ".\n");
            assertThat(on(laptop, url).run("history", "--no-builtin", "--bank", BANK).out()).contains("4 attempts shown");
            assertThat(on(desktop, url).run("sync").out()).startsWith("Nothing waits");
            try (Connection c = own.connect(database, Postgres.ADMIN, Postgres.ADMIN_PASSWORD); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT count(*) FROM attempt")).isEqualTo(4);
                assertThat(count(s, "SELECT count(*) FROM (SELECT DISTINCT session_id, question_id FROM attempt) a")).isEqualTo(4);
            }
        } finally {
            own.stop();
        }
    }

    /**
     * A SQLite history copied to PostgreSQL and back, under the same ids: run twice, nothing is doubled; the copy
     * reads back the same; another machine's history is refused rather than mixed in.
     */
    @Test
    void historyCopyToMovesAHistoryBetweenEnginesOnce() throws Exception {
        Cli.Result drill = new Cli(laptop).clock(new StepClock(Instant.parse("2026-11-20T10:00:00Z"), Duration.ofSeconds(20)))
                .stdin("B starts at zero, A is Gaussian\n\ngood\n\nhard\n")
                .run("drill", "--no-builtin", "--bank", BANK, "--order", "bank", "--seed", "5");
        assertThat(drill.exit()).as("%s", drill).isZero();
        Postgres pg = Postgres.cluster();
        String url = pg.url(pg.freshDatabase(), Postgres.ADMIN);
        Cli.Result first = new Cli(laptop).run("history", "--copy-to", url);
        assertThat(first.exit()).as("%s", first).isZero();
        assertThat(first.out()).isEqualTo("Copied 2 attempts into " + url + ".\n");
        Cli.Result second = new Cli(laptop).run("history", "--copy-to", url);
        assertThat(second.out()).as("%s", second).isEqualTo("Copied 0 attempts into " + url + "; 2 were there already.\n");

        String onFile = new Cli(laptop).env("TZ", "UTC").run("history", "--format", "csv").out();
        String onServer = on(desktop, url).run("history", "--format", "csv").out();
        assertThat(onServer).isEqualTo(onFile).contains("demo-lora-init");
        // The server's next session follows the copied ones.
        Cli.Result more = on(desktop, url).stdin("routing collapse\n\ngood\n").run("drill", "--no-builtin", "--bank", BANK, "-t", "moe");
        assertThat(more.exit()).as("%s", more).isZero();
        assertThat(on(desktop, url).run("stats").out()).contains("3 attempts in 2 sessions");

        // And back: the server's history into a new file.
        Path back = desktop.resolve("back.db");
        Cli.Result home = on(desktop, url).run("history", "--copy-to", back.toString());
        assertThat(home.out()).as("%s", home).isEqualTo("Copied 3 attempts into " + back + ".\n");

        // Another machine's history has other attempts under the same ids: refused, nothing copied.
        Path other = Files.createTempDirectory(desktop, "other");
        new Cli(other).stdin("routing collapse\n\nagain\n").run("drill", "--no-builtin", "--bank", BANK, "-t", "moe");
        Cli.Result refused = new Cli(other).run("history", "--copy-to", url);
        assertThat(refused.exit()).as("%s", refused).isEqualTo(ExitCode.DATA.code());
        assertThat(refused.err()).contains("holds another", "nothing was copied");
        assertThat(on(desktop, url).run("stats").out()).contains("3 attempts in 2 sessions");
        Cli.Result bad = new Cli(laptop).run("history", "--copy-to", "postgresql://a:b@db/viva");
        assertThat(bad.exit()).as("%s", bad).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("--copy-to", "a password does not belong in the URL").doesNotContain(":b@");
    }

    @Test
    void configShowsTheServerAndRefusesAPasswordInTheUrl() {
        Cli.Result shown = on(laptop, "postgresql://alice@db.example.org:5433/viva?sslmode=verify-full").run("config");
        assertThat(shown.exit()).as("%s", shown).isZero();
        assertThat(shown.out()).containsPattern("history +postgresql://alice@db.example.org:5433/viva\\?sslmode=verify-full +environment");
        Cli.Result secret = on(laptop, "postgresql://alice:s3cret@db.example.org/viva").run("config");
        assertThat(secret.exit()).as("%s", secret).isEqualTo(ExitCode.DATA.code());
        assertThat(secret.out() + secret.err()).contains("a password does not belong in the URL", "~/.pgpass").doesNotContain("s3cret");
    }
}
