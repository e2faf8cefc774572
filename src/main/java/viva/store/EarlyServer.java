package viva.store;

import viva.threads.Background;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The connection to a history's server, begun on another thread while the command line is still parsed. The
 * driver's first connection in a fresh JVM takes a fifth of a second, nearly all of it the driver and the JDK
 * starting up (its classes, logging, security providers), little of it the network; begun early, it overlaps
 * picocli's work instead of following it. The store takes it only for exactly the URL and properties it was
 * begun with, and a failure is handed over as the store's own connecting would have met it.
 */
public final class EarlyServer {
    private record Opening(String url, Map<String, String> properties, CompletableFuture<Connection> connection) {
        boolean isFor(HistoryServer server) {
            return url.equals(server.jdbcUrl()) && properties.equals(server.properties());
        }

        void discard() {
            connection.whenComplete((c, failed) -> {
                if (c != null) {
                    try {
                        c.close();
                    } catch (SQLException e) {
                        // it was never used
                    }
                }
            });
        }
    }

    private static final AtomicReference<Opening> OPENING = new AtomicReference<>();

    private EarlyServer() {
    }

    /** Begins connecting to {@code server}; the store's next opening of the same server takes the connection. */
    public static void start(HistoryServer server) {
        Opening opening = new Opening(server.jdbcUrl(), server.properties(), Background.call(() -> connect(server)));
        Opening before = OPENING.getAndSet(opening);
        if (before != null) {
            before.discard();
        }
    }

    /** Closes a connection begun and never taken: the command did not open the history, or opened another one. */
    public static void discard() {
        Opening left = OPENING.getAndSet(null);
        if (left != null) {
            left.discard();
        }
    }

    /** The connection begun for {@code server}, or where none was, a new one. */
    static Connection take(HistoryServer server) throws SQLException {
        Opening opening = OPENING.getAndSet(null);
        if (opening != null) {
            if (opening.isFor(server)) {
                return await(opening.connection());
            }
            opening.discard();
        }
        return connect(server);
    }

    private static Connection connect(HistoryServer server) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(server.properties());
        return DriverManager.getConnection(server.jdbcUrl(), properties);
    }

    private static Connection await(CompletableFuture<Connection> connection) throws SQLException {
        try {
            return Background.await(connection);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("could not connect: " + e.getMessage(), "08001", e);
        }
    }
}
