package viva.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One connection to viva.db, opened so that a file viva cannot use is left exactly as it was:
 * everything that could write (journal mode, migrations) happens only after the file is known to be ours.
 */
final class Database implements AutoCloseable {
    /** "viva" in ASCII, so that another program's SQLite file is not mistaken for history. */
    static final int APPLICATION_ID = 0x76697661;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static Database open(Path file) throws StoreException {
        return open(file, "jdbc:sqlite:" + file);
    }

    /** An empty history that lives only as long as the connection; errors still name {@code file}. */
    static Database inMemory(Path file) throws StoreException {
        return open(file, "jdbc:sqlite::memory:");
    }

    private static Database open(Path file, String url) throws StoreException {
        Connection connection = connect(file, url);
        Database db = new Database(file, connection);
        try {
            db.check();
            db.prepare();
            db.migrate();
            return db;
        } catch (SQLException e) {
            db.closeQuietly();
            throw db.failure(e);
        } catch (StoreException e) {
            db.closeQuietly();
            throw e;
        }
    }

    private static Connection connect(Path file, String url) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        // Writers take the lock up front, so two drills queue behind the busy timeout instead of failing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            return DriverManager.getConnection(url, config.toProperties());
        } catch (SQLException e) {
            throw new StoreException("cannot open the history " + file + ": " + reason(e), e);
        }
    }

    /**
     * Reads only the header: a foreign, corrupt or newer file is refused before anything is written.
     * One statement, so one snapshot: read one by one, the three values could straddle another drill's
     * first migration and make a brand-new history look foreign.
     */
    private void check() throws SQLException, StoreException {
        List<int[]> header = query("SELECT v.user_version, a.application_id, (SELECT count(*) FROM sqlite_schema)"
                + " FROM pragma_user_version v, pragma_application_id a", List.of(),
                rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
        int version = header.get(0)[0];
        int application = header.get(0)[1];
        boolean fresh = application == 0 && version == 0 && header.get(0)[2] == 0;
        if (application != APPLICATION_ID && !fresh) {
            throw new StoreException(file + " is not a viva history database; it was left untouched"
                    + " (move it away, or set VIVA_HOME to use another folder)");
        }
        if (version > Migrations.latest()) {
            throw new StoreException(file + " was written by a newer viva (history schema " + version
                    + ", this viva reads up to " + Migrations.latest() + "); it was left untouched: upgrade viva");
        }
    }

    private void prepare() throws SQLException {
        try (Statement s = connection.createStatement()) {
            // WAL lets one drill write while another reads or writes; FULL makes each rated answer
            // survive a power cut as well as a kill, at the cost of one fsync at human speed.
            useWal(s);
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    /**
     * WAL is a property of the file, so this switches only a new history. The switch needs the file to
     * itself, and when it collides with another drill opening the same new file SQLite answers "busy" at
     * once instead of calling the busy handler: wait here as the busy timeout would have.
     */
    private void useWal(Statement s) throws SQLException {
        if ("wal".equals(query("PRAGMA journal_mode", List.of(), rs -> rs.getString(1)).get(0))) {
            return;
        }
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        while (true) {
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLiteException e) {
                if (e.getResultCode().code != SQLiteErrorCode.SQLITE_BUSY.code || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLiteException("interrupted while the history was busy", SQLiteErrorCode.SQLITE_BUSY);
            }
        }
    }

    private void migrate() throws SQLException {
        if (pragmaInt("user_version") == Migrations.latest()) {
            return;
        }
        transaction(() -> {
            try (Statement s = connection.createStatement()) {
                // Re-read inside the write lock: another process may have migrated meanwhile.
                int version = pragmaInt("user_version");
                for (int step = version; step < Migrations.latest(); step++) {
                    for (String sql : Migrations.STEPS.get(step)) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + Migrations.latest());
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            return null;
        });
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    int pragmaInt(String name) throws SQLException {
        return queryInt("PRAGMA " + name, List.of());
    }

    int queryInt(String sql, List<?> params) throws SQLException {
        return query(sql, params, rs -> rs.getInt(1)).get(0);
    }

    /** Reads every row of a query; params bind in order. */
    <T> List<T> query(String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        }
    }

    static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** A one-line error that names the file, for whatever SQLite said. */
    StoreException failure(SQLException e) {
        return new StoreException("cannot use the history " + file + ": " + reason(e), e);
    }

    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // sqlite-jdbc prefixes the result code: "[SQLITE_NOTADB] File opened that is not a database file (...)".
        String text = message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
            return "the file is damaged or not a database (" + text + "); it was left untouched";
        }
        return text;
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing with a better message
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
