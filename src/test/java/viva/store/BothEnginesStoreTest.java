package viva.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.bank.Lang;
import viva.schedule.FsrsParameters;
import viva.schedule.Rating;
import viva.schedule.Scheduler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static viva.store.Histories.T0;

/**
 * The store's contract on both engines: the same history written through the same calls to a SQLite file
 * and to a PostgreSQL database reads back the same through every query the commands use, undo and marks
 * included; a PostgreSQL database of something else, or of a newer viva, is refused untouched; and learners
 * adding attempts at once each get ids of their own.
 */
class BothEnginesStoreTest {
    private static final List<Scope> SCOPES = List.of(Scope.ALL, Scope.ALL.withTags(List.of("moe")),
            Scope.ALL.withTags(List.of("lora", "attention")), Scope.ALL.withQuestion("lora-init"),
            new Scope(List.of(), Optional.empty(), Optional.of(T0.plus(Duration.ofDays(1))), OptionalLong.empty()),
            new Scope(List.of("moe"), Optional.empty(), Optional.empty(), OptionalLong.of(2)));

    @TempDir
    Path dir;

    @Test
    void theSameCallsReadBackTheSameOnSqliteAndPostgres() throws Exception {
        Map<String, String> onSqlite;
        Map<String, String> onPostgres;
        try (Store sqlite = Store.open(dir.resolve("viva.db"))) {
            write(sqlite);
            onSqlite = read(sqlite);
        }
        try (Store pg = Store.open(server(Postgres.cluster().freshDatabase()))) {
            write(pg);
            onPostgres = read(pg);
        }
        assertThat(onSqlite).containsKeys("attempts " + Scope.ALL + " 0", "overall " + Scope.ALL, "memory");
        assertThat(onSqlite.get("attempts " + Scope.ALL + " 0")).contains("moe-collapse", "lora-init", "分块计算");
        for (String key : onSqlite.keySet()) {
            // After an undo a file gives the undone id to its next attempt (the next after the largest kept); a
            // server's sequence, shared by learners who cannot see each other's largest, never gives one twice.
            assertThat(anyId(toTenPlaces(onPostgres.get(key)))).as(key).isEqualTo(anyId(toTenPlaces(onSqlite.get(key))));
        }
        assertThat(onPostgres.keySet()).isEqualTo(onSqlite.keySet());
    }

    @Test
    void aDatabaseOfSomethingElseOrOfANewerVivaIsRefusedUntouched() throws Exception {
        Postgres cluster = Postgres.cluster();
        String foreign = cluster.freshDatabase();
        cluster.adminIn(foreign, "CREATE TABLE invoices (id BIGINT PRIMARY KEY)");
        assertThatThrownBy(() -> Store.open(server(foreign))).isInstanceOf(StoreException.class)
                .hasMessageContaining("holds tables that are not a viva history; it was left untouched");
        assertThat(tables(cluster, foreign)).containsExactly("invoices");

        String newer = cluster.freshDatabase();
        Store.open(server(newer)).close();
        cluster.adminIn(newer, "UPDATE viva_schema SET version = " + (Migrations.latest() + 1));
        assertThatThrownBy(() -> Store.open(server(newer))).isInstanceOf(StoreException.class)
                .hasMessageContaining("was written by a newer viva (history schema " + (Migrations.latest() + 1));
    }

    @Test
    void learnersAddingAttemptsAtOnceEachGetIdsOfTheirOwn() throws Exception {
        String db = Postgres.cluster().freshDatabase();
        Store.open(server(db)).close();
        int learners = 8;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        try {
            List<Future<List<Long>>> ids = new ArrayList<>();
            for (int l = 0; l < learners; l++) {
                String question = "q-" + l;
                ids.add(pool.submit((Callable<List<Long>>) () -> {
                    try (Store store = Store.open(server(db))) {
                        Session s = Histories.session(store, T0);
                        List<Long> mine = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            mine.add(store.add(Histories.aloud(s.id(), question, List.of("moe"), T0.plusSeconds(i), 5, 60, Rating.GOOD)));
                        }
                        return mine;
                    }
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : ids) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(learners * each).doesNotHaveDuplicates();
            try (Store store = Store.open(server(db))) {
                assertThat(store.attempts(Scope.ALL, 0)).hasSize(learners * each);
                assertThat(store.tallies().overall(Scope.ALL).tally().attempts()).isEqualTo(learners * each);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * This machine's copy of a server's history, as each command that wrote leaves it: every read gives what the
     * server gives, after appends, after an undo of an attempt the copy already held, and after a session ends.
     */
    @Test
    void theLocalCopyReadsBackAsTheServerDoesAfterEachChange() throws Exception {
        HistoryServer server = server(Postgres.cluster().freshDatabase());
        try (Store pg = Store.open(server)) {
            write(pg);
        }
        assertCopyReadsAsServer(server);
        Instant d6 = T0.plus(Duration.ofDays(6));
        try (Store pg = Store.open(server)) {
            pg.forget(pg.attempts(Scope.ALL, 1).get(0).id());
            Session open = Histories.session(pg, d6);
            pg.add(Histories.aloud(open.id(), "lora-init", List.of("lora"), d6, 5, 60, Rating.EASY));
            pg.unsuspend(List.of("flash-attention"));
            pg.flag(List.of("moe-collapse"), d6);
        }
        assertCopyReadsAsServer(server);
        try (Store pg = Store.open(server)) {
            long open = pg.lastSession().getAsLong();
            pg.add(Histories.typed(open, "moe-collapse", List.of("moe"), d6.plusSeconds(60), 30, 90, Rating.GOOD, "aux loss", true, true));
            pg.endSession(open, d6.plusSeconds(90));
        }
        assertCopyReadsAsServer(server);
    }

    /** A damaged copy is no copy: a drill goes on with an empty history, and a plan stops with the server's absence. */
    @Test
    void aDamagedCopyIsNotReadWhileTheServerIsAway() throws Exception {
        HistoryServer server = server("no_such_database");
        Files.writeString(LocalCopy.file(server), "not a history at all, and not SQLite either");
        UnreachableServer away = new UnreachableServer("cannot reach the history " + server.shown(), null);
        try (Store drill = Store.offline(server, away, false)) {
            assertThat(drill.standIn()).isEmpty();
            assertThat(drill.attempts(Scope.ALL, 0)).isEmpty();
        }
        assertThatThrownBy(() -> Store.offline(server, away, true)).isSameAs(away);
        assertThat(Files.readString(LocalCopy.file(server))).startsWith("not a history");
    }

    private void assertCopyReadsAsServer(HistoryServer server) throws Exception {
        Map<String, String> onServer;
        Map<String, String> onCopy;
        try (Store pg = Store.openForReading(server)) {
            onServer = read(pg);
            onServer.put("latest session", pg.session(pg.lastSession().getAsLong()).toString());
        }
        try (Store copy = Store.openForReading(LocalCopy.file(server))) {
            onCopy = read(copy);
            onCopy.put("latest session", copy.session(copy.lastSession().getAsLong()).toString());
        }
        assertThat(onCopy.keySet()).isEqualTo(onServer.keySet());
        for (String key : onServer.keySet()) {
            assertThat(toTenPlaces(onCopy.get(key))).as(key).isEqualTo(toTenPlaces(onServer.get(key)));
        }
    }

    /**
     * PostgreSQL averages exactly and SQLite in doubles, so a mean can differ in its 16th digit; what viva
     * shows of it is a percent or two decimals.
     */
    private static String toTenPlaces(String text) {
        Matcher m = LONG_FRACTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, new BigDecimal(m.group()).setScale(10, RoundingMode.HALF_EVEN).toPlainString());
        }
        return m.appendTail(out).toString();
    }

    private static String anyId(String text) {
        return text == null ? null : text.replaceAll("StoredAttempt\\[id=\\d+", "StoredAttempt[id=N").replaceAll("upto \\d+", "upto N");
    }

    private static final Pattern LONG_FRACTION = Pattern.compile("\\d+\\.\\d{11,}");

    /** The server's local folder (its journal, and this machine's copy of its history) is the test's own. */
    private HistoryServer server(String database) {
        Postgres cluster = Postgres.cluster();
        return new HistoryServer("jdbc:postgresql://127.0.0.1:" + cluster.port() + "/" + database,
                Map.of("user", Postgres.ADMIN, "password", Postgres.ADMIN_PASSWORD), cluster.url(database, Postgres.ADMIN),
                dir, Optional.empty(), false);
    }

    private static List<String> tables(Postgres cluster, String database) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = cluster.connect(database, Postgres.ADMIN, Postgres.ADMIN_PASSWORD); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The report's sample history, and then what a person does to one: an unrated answer, an undo, marks, a saved memory. */
    private static void write(Store store) throws Exception {
        Histories.sample(store);
        Session s4 = Histories.session(store, T0.plus(Duration.ofDays(4)));
        Instant d5 = T0.plus(Duration.ofDays(4));
        store.add(new StoredAttempt(0, s4.id(), "drill", "flash-attention", "questions/test.yaml", "hash-flash-attention", Lang.ZH,
                List.of("attention"), d5, d5.plusSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(180), 1, "没想好",
                Optional.of(List.of(false, true)), Optional.empty()));
        long undone = store.add(Histories.typed(s4.id(), "moe-collapse", List.of("moe"), d5.plusSeconds(90), 40, 90, Rating.AGAIN,
                "routing", true, false));
        store.forget(undone);
        store.add(Histories.typed(s4.id(), "moe-collapse", List.of("moe"), d5.plusSeconds(95), 45, 90, Rating.HARD, "routing", true, false));
        store.endSession(s4.id(), d5.plusSeconds(100));
        store.suspend(List.of("flash-attention"), d5);
        store.flag(List.of("lora-init", "moe-collapse"), d5);
        store.unflag(List.of("moe-collapse"));
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
        Remembered remembered = store.remember(scheduler);
        store.keep(scheduler, remembered.memory(), remembered.upto());
    }

    /** Every read the commands make, each written out as text under a name. */
    private static Map<String, String> read(Store store) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Scope scope : SCOPES) {
            for (int limit : List.of(0, 3)) {
                out.put("attempts " + scope + " " + limit, store.attempts(scope, limit).toString());
            }
            for (boolean newestFirst : List.of(false, true)) {
                List<StoredAttempt> streamed = new ArrayList<>();
                store.eachAttempt(scope, newestFirst, streamed::add);
                out.put("each " + scope + " " + newestFirst, streamed.toString());
            }
            Tallies t = store.tallies();
            out.put("overall " + scope, t.overall(scope).toString());
            out.put("tags " + scope, t.byTag(scope, 12).toString());
            out.put("questions " + scope, t.byQuestion(scope).toString());
            out.put("sessions " + scope, t.bySession(scope).toString());
            out.put("latest sessions " + scope, t.latestSessions(scope, 2).toString());
            List<SessionTally> sessions = new ArrayList<>();
            t.eachSession(scope, sessions::add);
            out.put("each session " + scope, sessions.toString());
            out.put("days " + scope, t.days(scope, ZoneId.of("Asia/Shanghai")).toString());
            out.put("corrections " + scope, store.corrections(scope).toString());
        }
        out.put("last ratings", new TreeMap<>(store.lastRatings()).toString());
        out.put("rated since", store.ratedSince(T0.plus(Duration.ofDays(1)), EnumSet.of(Rating.GOOD, Rating.HARD)).toString());
        out.put("leeches", store.leeches(1).toString());
        out.put("coverage", new TreeMap<>(store.meanCoverage()).toString());
        out.put("suspended", store.suspended().toString());
        out.put("flagged", store.flagged().toString());
        out.put("last session", store.lastSession().toString());
        out.put("session 2", store.session(2).toString());
        Remembered remembered = store.remember(new Scheduler(FsrsParameters.defaults()));
        out.put("memory", new TreeMap<>(remembered.memory().cards()).toString() + " saved " + remembered.saved()
                + " upto " + remembered.upto());
        return out;
    }
}
