package viva.practice;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import viva.config.Config;
import viva.config.Configs;
import viva.store.EarlyServer;
import viva.store.Postgres;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server named in the config file, not in VIVA_HISTORY, is connected to as soon as the file is read, before
 * the command opens its history, and the history then opens on that connection rather than a second one.
 */
class EarlyHistoryTest {
    private static final String PGPASSFILE = "org.postgresql.pgpassfile";

    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftBegun() {
        EarlyServer.discard();
        System.clearProperty(PGPASSFILE);
    }

    @Test
    void aServerNamedInTheConfigFileIsConnectedToOnceItIsRead() throws Exception {
        Postgres cluster = Postgres.cluster();
        String database = cluster.freshDatabase();
        Path pgpass = Files.writeString(dir.resolve("pgpass"), "127.0.0.1:*:*:*:" + Postgres.ADMIN_PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        System.setProperty(PGPASSFILE, pgpass.toString());
        Path file = Files.writeString(dir.resolve("config.yaml"), "history: " + cluster.url(database, Postgres.ADMIN) + "\n");
        Map<String, String> env = Map.of("VIVA_CONFIG", file.toString(), "VIVA_HOME", dir.resolve("viva").toString(),
                "HOME", dir.toString());
        Config settings = Configs.load(env);

        History.startEarly(env);
        assertThat(backends(database, 1)).as("nothing begun before the file names the server").isEmpty();
        History.startEarly(settings, env);
        List<Integer> early = backends(database, 1);
        assertThat(early).hasSize(1);

        try (History history = History.forReading(settings, env, new PrintWriter(new StringWriter()))) {
            assertThat(history).isNotNull();
            assertThat(backends(database, 1)).as("the history opened on the connection begun early").isEqualTo(early);
        }
    }

    @Test
    void whereVivaHistoryNamesTheServerTheFileDoesNotBeginASecond() throws Exception {
        Postgres cluster = Postgres.cluster();
        String database = cluster.freshDatabase();
        Path file = Files.writeString(dir.resolve("config.yaml"), "history: " + cluster.url(database, Postgres.ADMIN) + "\n");
        Map<String, String> env = Map.of("VIVA_CONFIG", file.toString(), "VIVA_HISTORY", "postgresql://somewhere.invalid/viva",
                "VIVA_HOME", dir.resolve("viva").toString(), "HOME", dir.toString());
        History.startEarly(Configs.load(env), env);
        Thread.sleep(300);
        assertThat(backends(database, 0)).isEmpty();
    }

    /** The backends connected to {@code database}, once there are {@code expected} of them (or after 3 s). */
    private static List<Integer> backends(String database, int expected) throws Exception {
        List<Integer> pids = List.of();
        for (long end = System.nanoTime() + 3_000_000_000L; System.nanoTime() < end; Thread.sleep(20)) {
            pids = new ArrayList<>();
            try (Connection c = Postgres.cluster().connect("postgres", Postgres.ADMIN, Postgres.ADMIN_PASSWORD);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = '" + database + "' ORDER BY pid")) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
            if (pids.size() == expected) {
                break;
            }
        }
        return pids;
    }
}
