package viva.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The connection begun while the command line is parsed: taken only for its own server, failing as a late one would. */
class EarlyServerTest {
    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftBegun() {
        EarlyServer.discard();
    }

    @Test
    void theStoreTakesTheConnectionBegunForItsServerAndMakesNoSecond() throws Exception {
        String database = Postgres.cluster().freshDatabase();
        HistoryServer server = server(database, Postgres.cluster().port());
        EarlyServer.start(server);
        List<Integer> early = backends(database, 1);
        try (Connection taken = EarlyServer.take(server)) {
            assertThat(pid(taken)).isEqualTo(early.get(0));
            assertThat(backends(database, 1)).isEqualTo(early);
        }
    }

    @Test
    void anotherServerIsConnectedAnewAndTheOneBegunIsClosed() throws Exception {
        String begun = Postgres.cluster().freshDatabase();
        String wanted = Postgres.cluster().freshDatabase();
        EarlyServer.start(server(begun, Postgres.cluster().port()));
        backends(begun, 1);
        try (Connection taken = EarlyServer.take(server(wanted, Postgres.cluster().port()))) {
            assertThat(database(taken)).isEqualTo(wanted);
            assertThat(backends(begun, 0)).isEmpty();
        }
    }

    @Test
    void aServerThatCannotBeReachedFailsAsConnectingThenWould() throws Exception {
        HistoryServer away = server("viva", 1);
        EarlyServer.start(away);
        SQLException early = catchThrowableOfType(SQLException.class, () -> EarlyServer.take(away));
        SQLException late = catchThrowableOfType(SQLException.class, () -> EarlyServer.take(away));
        assertThat(early.getSQLState()).startsWith("08").isEqualTo(late.getSQLState());
        assertThat(early.getMessage()).isEqualTo(late.getMessage());
    }

    private HistoryServer server(String database, int port) {
        return new HistoryServer("jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                Map.of("user", Postgres.ADMIN, "password", Postgres.ADMIN_PASSWORD, "connectTimeout", "5"),
                "postgresql://127.0.0.1/" + database, dir, Optional.empty(), false);
    }

    /** The backends connected to {@code database}, once there are {@code expected} of them (or after 10 s). */
    private static List<Integer> backends(String database, int expected) throws Exception {
        List<Integer> pids = List.of();
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; Thread.sleep(20)) {
            pids = pids(database);
            if (pids.size() == expected) {
                break;
            }
        }
        return pids;
    }

    private static List<Integer> pids(String database) throws Exception {
        List<Integer> pids = new ArrayList<>();
        try (Connection c = Postgres.cluster().connect("postgres", Postgres.ADMIN, Postgres.ADMIN_PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = '" + database + "' ORDER BY pid")) {
            while (rs.next()) {
                pids.add(rs.getInt(1));
            }
        }
        return pids;
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String database(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
