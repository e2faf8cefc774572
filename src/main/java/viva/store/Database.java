package viva.store;

import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;

/**
 * One connection to viva.db, opened so that a file viva cannot use is left exactly as it was:
 * everything that could write (journal mode, migrations) happens only after the file is known to be ours,
 * and nothing is written to a file that SQLite's own check finds damaged. viva never adopts an empty file:
 * a new history is made under a name of its own and linked into place whole.
 */
final class Database implements AutoCloseable {
    /** "viva" in ASCII, so that another program's SQLite file is not mistaken for history. */
    static final int APPLICATION_ID = 0x76697661;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final Object CREATING = new Object();

    private final Path file;
    private final Connection connection;
    private final boolean writable;
    /** Null until the whole file has been checked; then empty for a sound file, or what is wrong with it. */
    private Optional<StoreException> damage;
    /** The file as it was once opened (and migrated): what a recorded sound check must match to be trusted. */
    private Optional<CheckedMark> opened = Optional.empty();

    private final Dialect dialect;
    /** How the history is named to a person: the SQLite file, or the server's URL without secrets. */
    private final String name;

    private Database(Path file, Connection connection, boolean writable, Dialect dialect, String name) {
        this.file = file;
        this.dialect = dialect;
        this.name = name;
        this.connection = connection;
        this.writable = writable;
    }

    /** Opens the history for writing, creating it on first use; read-only where the file or its folder cannot be written. */
    static Database open(Path file) throws StoreException {
        refuseUnusable(file);
        if (!Files.exists(file)) {
            create(file);
        }
        boolean writable = Files.isWritable(file) && Files.isWritable(file.toAbsolutePath().getParent());
        return open(file, "jdbc:sqlite:" + file, writable);
    }

    /**
     * Opens an existing history to read it, checked whole first so that damage is named instead of read as
     * partial figures. Where the file can be written it is opened as for writing (a read-only connection
     * would leave SQLite's -wal and -shm files behind), and brought up to the current schema.
     */
    static Database openToRead(Path file) throws StoreException {
        refuseUnusable(file);
        boolean writable = Files.isWritable(file) && Files.isWritable(file.toAbsolutePath().getParent());
        Database db = open(file, "jdbc:sqlite:" + file, writable);
        try {
            db.verify();
        } catch (StoreException e) {
            db.closeQuietly();
            throw e;
        }
        return db;
    }

    /** An empty history that lives only as long as the connection; errors still name {@code file}. */
    static Database inMemory(Path file) throws StoreException {
        Database db = open(file, "jdbc:sqlite::memory:", true);
        db.damage = Optional.empty();
        // Nothing of the file was checked or written: no mark may be made for it.
        db.opened = Optional.empty();
        return db;
    }

    /**
     * Opens the history on a PostgreSQL server, bringing its schema up to this viva's. A database that holds
     * tables of something else, or the history of a newer viva, is refused untouched, as a file would be.
     */
    static Database server(HistoryServer server) throws StoreException {
        Connection connection;
        try {
            connection = EarlyServer.take(server);
        } catch (SQLException e) {
            // Class 08 is a connection that could not be made or was lost; anything else (a refused password, a
            // database that does not exist) will not mend itself by waiting.
            boolean away = String.valueOf(e.getSQLState()).startsWith("08");
            String message = "cannot " + (away ? "reach" : "open") + " the history " + server.shown() + ": " + e.getMessage();
            throw away ? new UnreachableServer(message, e) : new StoreException(message, e);
        }
        Database db = new Database(server.localFile(), connection, true, Dialect.POSTGRES, server.shown());
        // The server keeps its own files sound; there is no file here to check page by page.
        db.damage = Optional.empty();
        return db.ready(() -> {
            db.learner(server);
            if (db.checkServer() < Migrations.latest()) {
                db.migrateServer();
            }
        });
    }

    /**
     * Tells the server who is practising, before anything is read or written: its row-level security shows and
     * takes only that learner's rows, and the whole cohort only to the organiser's role when it asks.
     */
    private void learner(HistoryServer server) throws SQLException {
        query("SELECT set_config('viva.learner', ?, false), set_config('viva.cohort', ?, false)",
                List.of(server.learner().orElse(""), server.cohort() ? "on" : "off"), rs -> 1);
    }

    /** What makes a new connection ready to use: its checks and migrations. */
    @FunctionalInterface
    private interface Preparation {
        void run() throws SQLException, StoreException;
    }

    /** Runs {@code preparation}; where it fails, the connection is closed and the failure named. */
    private Database ready(Preparation preparation) throws StoreException {
        try {
            preparation.run();
            return this;
        } catch (SQLException e) {
            closeQuietly();
            throw failure(e);
        } catch (StoreException e) {
            closeQuietly();
            throw e;
        }
    }

    /** The schema version the server's history has: 0 for an empty database. */
    private long checkServer() throws SQLException, StoreException {
        boolean ours = queryInt("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_name = 'viva_schema'", List.of()) == 1;
        if (!ours) {
            if (queryInt("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", List.of()) > 0) {
                throw new StoreException(name + " holds tables that are not a viva history; it was left untouched"
                        + " (give viva a database of its own, e.g. CREATE DATABASE viva)");
            }
            return 0;
        }
        List<long[]> header = query("SELECT application_id, version FROM viva_schema", List.of(), rs -> new long[] {rs.getLong(1), rs.getLong(2)});
        if (header.size() != 1 || header.get(0)[0] != APPLICATION_ID) {
            throw new StoreException(name + " is not a viva history database; it was left untouched");
        }
        if (header.get(0)[1] > Migrations.latest()) {
            throw new StoreException(name + " was written by a newer viva (history schema " + header.get(0)[1]
                    + ", this viva reads up to " + Migrations.latest() + "); it was left untouched: upgrade viva");
        }
        return header.get(0)[1];
    }

    /**
     * The same steps as a file's, one at a time across every viva that starts at once: a lock of the database's own.
     * Only a history found older comes here; a learner's role, which may read the version but change nothing, never
     * writes to one that another viva brought up to date while this one waited for the lock.
     */
    private void migrateServer() throws SQLException {
        transaction(() -> {
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + APPLICATION_ID + ")");
                s.execute("CREATE TABLE IF NOT EXISTS viva_schema (application_id BIGINT NOT NULL, version BIGINT NOT NULL)");
                if (queryInt("SELECT count(*) FROM viva_schema", List.of()) == 0) {
                    s.execute("INSERT INTO viva_schema (application_id, version) VALUES (" + APPLICATION_ID + ", 0)");
                }
                int version = queryInt("SELECT version FROM viva_schema", List.of());
                if (version == Migrations.latest()) {
                    return null;
                }
                for (int step = version; step < Migrations.latest(); step++) {
                    for (String sql : Migrations.statements(step, Dialect.POSTGRES)) {
                        s.execute(sql);
                    }
                }
                s.execute("UPDATE viva_schema SET version = " + Migrations.latest());
            }
            return null;
        });
    }

    Dialect dialect() {
        return dialect;
    }

    /** How the history is named to a person. */
    String name() {
        return name;
    }

    /**
     * After rows were added under ids of their own: a server's identity goes on after the largest, so that its
     * next session does not take an id a copied one has. SQLite takes the next rowid from the rows themselves.
     */
    void afterExplicitIds(String table, String... sharing) throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            // Never backwards: under row-level security the largest id this role sees may be below another learner's.
            String sequence = "pg_get_serial_sequence('" + table + "', 'id')";
            StringBuilder largest = new StringBuilder("nextval(" + sequence + "), coalesce((SELECT max(id) FROM " + table + "), 0) + 1");
            for (String other : sharing) {
                largest.append(", coalesce((SELECT max(id) FROM ").append(other).append("), 0) + 1");
            }
            query("SELECT setval(" + sequence + ", greatest(" + largest + "), false)", List.of(), rs -> 1);
        }
    }

    /**
     * Inside a transaction that adds an attempt, after {@link #lockIds}: the id for it, one sequence for rated and
     * unrated attempts alike. A server's is attempt's identity, which every learner shares without seeing the
     * others' rows; a file's is the next after the largest kept.
     */
    long nextAttemptId() throws SQLException {
        String sql = dialect == Dialect.POSTGRES ? "SELECT nextval(pg_get_serial_sequence('attempt', 'id'))"
                : "SELECT max(coalesce((SELECT max(id) FROM attempt), 0), coalesce((SELECT max(id) FROM unrated_attempt), 0)) + 1";
        return query(sql, List.of(), rs -> rs.getLong(1)).get(0);
    }

    /** From now on every write is refused with {@code why}, as a damaged file's is: its answers go to the journal. */
    void refuseWrites(StoreException why) {
        damage = Optional.of(why);
    }

    /**
     * Inside a transaction that adds an attempt: keeps the next id to this one. SQLite's write transaction
     * holds the file already; on a server, learners add attempts at once, and wait for each other here.
     */
    void lockIds() throws SQLException {
        if (dialect == Dialect.POSTGRES) {
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + (APPLICATION_ID + 1) + ")");
            }
        }
    }

    /** What SQLite would take as a new, empty database is refused when it is there already: it is no history of viva's. */
    private static void refuseUnusable(Path file) throws StoreException {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + " is not a regular file, so it cannot be the history; it was left untouched"
                    + " (move it away, or set VIVA_HOME to use another folder)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new StoreException(file + " is empty (0 bytes), so it is no viva history; it was left untouched"
                        + " (delete it to start a new history, or restore it from a backup)");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the history " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a new history beside the file, complete with its schema, and links it into place: another drill
     * starting at the same moment either sees no file or a whole one, never an empty file it would adopt.
     */
    private static void create(Path file) throws StoreException {
        // Other processes are kept apart by the link; threads of this one by this lock as well, because
        // SQLite shares its per-file lock state between the connections of a process by inode, and a
        // rival's short-lived file, deleted here, hands its inode number straight to the next one made.
        synchronized (CREATING) {
            createAlone(file);
        }
    }

    private static void createAlone(Path file) throws StoreException {
        if (Files.exists(file)) {
            return;
        }
        Path fresh = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            try (Database db = open(fresh, "jdbc:sqlite:" + fresh, true, true)) {
                db.damage = Optional.empty();
            }
            try {
                Files.createLink(file, fresh);
            } catch (FileAlreadyExistsException e) {
                // Another viva made it first: use that one.
            } catch (UnsupportedOperationException | IOException e) {
                if (!Files.exists(file)) {
                    Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the history " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(fresh);
            } catch (IOException ignored) {
                // a stray hidden file beside the history; the next creation uses another name
            }
        }
    }

    private static Database open(Path file, String url, boolean writable) throws StoreException {
        return open(file, url, writable, false);
    }

    private static Database open(Path file, String url, boolean writable, boolean creating) throws StoreException {
        Connection connection = connect(file, url, writable, creating);
        Database db = new Database(file, connection, writable, Dialect.SQLITE, file.toString());
        return db.ready(() -> {
            db.check();
            if (writable) {
                db.prepare();
                db.migrate();
            }
            db.opened = CheckedMark.of(file);
        });
    }

    /**
     * Opens and closes a database in memory: SQLite's native library and the driver's classes are loaded, and the
     * calendar data its date format reads, about a tenth of a second in a fresh JVM that a file's opening then
     * does not pay. Done while the command line is still being parsed; a failure is left to the real opening.
     */
    static void warm() {
        try (Connection connection = new JDBC().connect("jdbc:sqlite::memory:", new SQLiteConfig().toProperties());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException | RuntimeException | LinkageError e) {
            // the opening of the history says what is wrong, where it is
        }
    }

    private static Connection connect(Path file, String url, boolean writable, boolean creating) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        if (!writable) {
            config.setReadOnly(true);
        }
        if (!creating) {
            // A history removed meanwhile is not silently made again, empty, by whoever opens it next.
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        // Writers take the lock up front, so two drills queue behind the busy timeout instead of failing.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            // The driver itself, not DriverManager: starting that loads every driver in the jar, PostgreSQL's
            // too, and its logging, for each command that reads a file's history.
            return new JDBC().connect(url, config.toProperties());
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

    private void migrate() throws SQLException, StoreException {
        if (pragmaInt("user_version") == Migrations.latest()) {
            return;
        }
        if (pragmaInt("user_version") > 0) {
            // An upgrade writes: check the old file whole first.
            verify();
        }
        transaction(() -> {
            try (Statement s = connection.createStatement()) {
                // Re-read inside the write lock: another process may have migrated meanwhile.
                int version = pragmaInt("user_version");
                for (int step = version; step < Migrations.latest(); step++) {
                    for (String sql : Migrations.statements(step, Dialect.SQLITE)) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + Migrations.latest());
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            return null;
        });
    }

    /**
     * Checks the whole file once (SQLite's quick_check: every page and b-tree, not the indexes' contents),
     * and refuses it from then on if it is damaged. A file unchanged since a check found it sound is not read
     * again (see {@link CheckedMark}). Every write waits for this; reads of a file that has not
     * been checked may see the damage as errors of their own.
     */
    void verify() throws StoreException {
        if (damage == null) {
            if (opened.isPresent() && opened.get().recordedFor(file)) {
                damage = Optional.empty();
            } else {
                damage = Optional.ofNullable(quickCheck());
                if (damage.isEmpty()) {
                    opened.ifPresent(mark -> mark.record(file));
                } else {
                    CheckedMark.forget(file);
                }
            }
        }
        if (damage.isPresent()) {
            throw damage.get();
        }
    }

    private StoreException quickCheck() {
        String finding;
        try {
            List<String> rows = query("PRAGMA quick_check", List.of(), rs -> rs.getString(1));
            if (rows.size() == 1 && "ok".equals(rows.get(0))) {
                return null;
            }
            // quick_check's first finding, on one line: "*** in database main ***\nTree 5 page 41: ..." reads as "Tree 5 ...".
            finding = rows.isEmpty() ? "no answer" : rows.get(0).replace("*** in database main ***", "").strip().replaceAll("\\s+", " ")
                    + (rows.size() > 1 ? " (and " + (rows.size() - 1) + " more)" : "");
        } catch (SQLException e) {
            finding = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        }
        return damaged(file, finding);
    }

    static StoreException damaged(Path file, String finding) {
        return new StoreException(file + " is damaged (" + finding + "); it was left untouched. Recover what it holds"
                + " with 'sqlite3 " + file + " .recover | sqlite3 recovered.db', or move it aside to start a new history");
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            // After some errors (a full disk, say) SQLite has rolled back already, and both the rollback and the
            // driver's commit on leaving manual mode fail: the first error is the news.
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            try {
                connection.setAutoCommit(true);
            } catch (SQLException reset) {
                e.addSuppressed(reset);
            }
            throw e;
        }
        connection.setAutoCommit(true);
        return result;
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

    /** Runs one statement that changes rows; returns how many it changed. */
    int update(String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
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

    /** Hands every row of a query to {@code each} as it is read, holding none: for results too long to keep. */
    <T> void each(String sql, List<?> params, Row<T> row, RowSink<T> each) throws SQLException, IOException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.take(row.read(rs));
                }
            }
        }
    }

    /** What takes streamed rows: it may write them out, and so fail as output does. */
    @FunctionalInterface
    interface RowSink<T> {
        void take(T value) throws IOException;
    }

    /** "?, ?, ?": the parameters of an IN list of {@code n} values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** A one-line error that names the file, for whatever SQLite said. */
    StoreException failure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            CheckedMark.forget(file);
        }
        return new StoreException("cannot use the history " + name + ": " + reason(e), e);
    }

    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // sqlite-jdbc prefixes the result code: "[SQLITE_NOTADB] File opened that is not a database file (...)".
        String text = message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        if (message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT")) {
            return "the file is damaged or not a database (" + text + "); it was left untouched";
        }
        if (message.contains("SQLITE_FULL")) {
            return "the disk holding it is full (" + text + ")";
        }
        if (message.contains("SQLITE_READONLY")) {
            return "it can only be read here (" + text + ")";
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

    /**
     * After a commit of this connection to a file it found sound: the file as it is now is still the checked one,
     * so a process killed before it closes (a drill at its first question, say) leaves the next start no whole
     * check to make. The mark is taken after the commit; a kill between the two only means checking again.
     */
    void markCommitted() {
        if (writable && opened.isPresent() && damage != null && damage.isEmpty()) {
            remark();
        }
    }

    /** Records the file as it is now as checked: never for another file put in its place, nor a mark that is still true. */
    private void remark() {
        CheckedMark.of(file).filter(now -> now.sameFile(opened.get()) && !now.recordedFor(file)).ifPresent(now -> now.record(file));
    }

    @Override
    public void close() throws StoreException {
        boolean wroteSound = false;
        try {
            // SQLite counts the rows this connection changed: a sound file this one wrote to is still sound. So is
            // one that only read it, when the file is still as marked: closing moves the log into it, and that
            // change is this connection's own.
            wroteSound = writable && opened.isPresent() && damage != null && damage.isEmpty()
                    && (queryInt("SELECT total_changes()", List.of()) > 0
                    || CheckedMark.of(file).filter(now -> now.recordedFor(file)).isPresent());
        } catch (SQLException e) {
            // no mark then: the next open checks the file whole
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
        if (wroteSound) {
            // Taken after the close, which moved the log into the file.
            remark();
        }
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
