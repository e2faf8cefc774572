package viva.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import viva.schedule.Memory;
import viva.schedule.Rating;
import viva.schedule.Scheduler;
import viva.text.JsonText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The history of every rated attempt, in one SQLite file. Each attempt is committed on its own the
 * moment it is added, so a killed process loses nothing already rated, and several processes may
 * write at once.
 */
public final class Store implements AutoCloseable {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final Database db;
    private final QuestionMarks marks;
    /** The server this history is on, or empty for a file. */
    private final Optional<HistoryServer> server;
    /** Whether this store keeps this machine's copy of the server's history (a second reader beside it does not). */
    private final boolean keepsCopy;
    /** Whether this store changed the history: only then does closing bring the copy up to date (or where there is none yet). */
    private boolean wrote;
    /** Where this is the local copy standing in for a server that cannot be reached: what to tell the person. */
    private final Optional<StandIn> standIn;

    private Store(Database db, Optional<HistoryServer> server, boolean keepsCopy, Optional<StandIn> standIn) {
        this.db = db;
        this.marks = new QuestionMarks(db);
        this.server = server;
        this.keepsCopy = keepsCopy;
        this.standIn = standIn;
    }

    private Store(Database db) {
        this(db, Optional.empty(), false, Optional.empty());
    }

    /** What a copy of a history did: the attempts (rated and unrated) it added, and those already there. */
    public record Copied(int added, int already) {
    }

    /**
     * Copies this whole history into {@code target} (SQLite to PostgreSQL or back) under the same ids, in one
     * transaction: run twice, the second adds nothing. A target holding another history is refused, untouched.
     */
    public synchronized Copied copyInto(Store target) throws StoreException {
        target.db.verify();
        try {
            return HistoryCopy.copy(db, target.db, db.name(), target.db.name());
        } catch (HistoryCopy.Conflict e) {
            throw new StoreException(e.getMessage(), e);
        } catch (SQLException e) {
            throw target.db.failure(e);
        }
    }

    /** A second connection to the same history, to read beside this one (on the other core). */
    public Store another() throws StoreException {
        return server.isPresent() ? new Store(Database.server(server.get()), server, false, Optional.empty()) : openForReading(file());
    }

    /** Readies SQLite in this JVM before a history is opened (see Database.warm); safe on any thread. */
    public static void warm() {
        Database.warm();
    }

    /** Opens the history, creating the file and its folder on first use and upgrading an older schema. */
    public static Store open(Path file) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("cannot create the folder for the history " + file + ": " + e.getFile()
                    + " is a file, not a folder (VIVA_HOME names the folder viva keeps its history in)", e);
        } catch (AccessDeniedException e) {
            throw new StoreException("cannot create the folder for the history " + file + ": permission denied for "
                    + e.getFile() + " (set VIVA_HOME to a folder you can write)", e);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the history " + file + ": " + e.getMessage(), e);
        }
        return new Store(Database.open(file));
    }

    /**
     * Opens the history kept on a PostgreSQL server, bringing its schema up to date. Every read and write is
     * the same as a file's; the server keeps its own files sound, so there is no whole-file check.
     */
    public static Store open(HistoryServer server) throws StoreException {
        return new Store(Database.server(server), Optional.of(server), !server.cohort(), Optional.empty());
    }

    /**
     * While the server cannot be reached: this machine's copy of its history, read as it was when last brought up
     * to date, with every write refused with {@code why}, so that each rated answer goes to the recovery journal
     * in {@code server}'s local folder, to be merged into the server's history on the next start that reaches it.
     * Without a copy, a drill ({@code needsHistory} false) goes on with an empty history, and anything else fails
     * with {@code why}.
     */
    public static Store offline(HistoryServer server, UnreachableServer why, boolean needsHistory) throws StoreException {
        Path copy = LocalCopy.file(server);
        Optional<Instant> asOf = LocalCopy.asOf(copy);
        Database db = null;
        if (asOf.isPresent()) {
            try {
                db = Database.openToRead(copy);
            } catch (StoreException damaged) {
                // A damaged copy is no copy: the next refresh sets it aside and makes it again.
                asOf = Optional.empty();
            }
        }
        if (db == null) {
            if (needsHistory) {
                throw why;
            }
            db = Database.inMemory(server.localFile());
        }
        db.refuseWrites(new StoreException(why.getMessage(), why));
        return new Store(db, Optional.empty(), false, asOf.map(at -> new StandIn(why.getMessage(), at)));
    }

    /** Where this is this machine's copy standing in for a server that cannot be reached: why, and how old it is. */
    public Optional<StandIn> standIn() {
        return standIn;
    }

    /**
     * For commands that only read: with no history yet they see an empty one, held in memory, and no
     * file is created for it. The whole file is checked first, so that a damaged one is named as such
     * instead of giving partial figures. Answers waiting in the recovery journal are merged first where the
     * history can take them, so that every command sees them.
     */
    public static Store openForReading(Path file) throws StoreException {
        RecoveryJournal journal = RecoveryJournal.beside(file);
        if (Files.exists(file) && Files.isWritable(file) && waiting(journal) > 0) {
            Store store = open(file);
            try {
                store.merge(journal);
                return store;
            } catch (StoreException e) {
                store.close();
                throw e;
            }
        }
        return new Store(Files.exists(file) ? Database.openToRead(file) : Database.inMemory(file));
    }

    /** As for a file: answers the journal kept while the server was away are moved there first, so that every command sees them. */
    public static Store openForReading(HistoryServer server) throws StoreException {
        Store store = open(server);
        RecoveryJournal journal = RecoveryJournal.beside(server.localFile());
        if (waiting(journal) > 0) {
            try {
                store.merge(journal);
            } catch (StoreException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    private static int waiting(RecoveryJournal journal) {
        try {
            return journal.pending();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Checks the whole file once; every write waits for it, so starting it early keeps writes from waiting. */
    public synchronized void verify() throws StoreException {
        db.verify();
    }

    /** Moves what waits in the journal into this (checked) history; gives how many attempts it moved. */
    public synchronized int merge(RecoveryJournal journal) throws StoreException {
        wrote = true;
        db.verify();
        try {
            return journal.mergeInto(this, db);
        } catch (StoreException e) {
            throw e;
        } catch (IOException e) {
            throw new StoreException("cannot merge the recovery journal " + journal.file() + " into " + db.file() + ": "
                    + e.getMessage(), e);
        }
    }

    public Path file() {
        return db.file();
    }

    /** The connection, for tests in this package that must make SQLite fail as a full disk would. */
    Database database() {
        return db;
    }

    public synchronized Session startSession(String mode, String filters, OptionalLong seed, Instant at) throws StoreException {
        wrote = true;
        db.verify();
        String sql = "INSERT INTO session (mode, started_at, filters, seed) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = db.connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Database.bind(ps, List.of(mode, at.toEpochMilli(), filters));
            ps.setObject(4, seed.isPresent() ? seed.getAsLong() : null);
            ps.executeUpdate();
            db.markCommitted();
            return new Session(generatedKey(ps), mode, at, Optional.empty(), filters, seed);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    public synchronized void endSession(long id, Instant at) throws StoreException {
        wrote = true;
        db.verify();
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE session SET ended_at = ? WHERE id = ?")) {
            Database.bind(ps, List.of(at.toEpochMilli(), id));
            ps.executeUpdate();
            db.markCommitted();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * Stores one attempt and its tags in one transaction, committed before this returns; gives its id. The
     * first write of a run waits for the check of the whole file: a damaged history is never written to.
     */
    public synchronized long add(StoredAttempt a) throws StoreException {
        wrote = true;
        db.verify();
        try {
            long id = db.transaction(() -> insert(a));
            db.markCommitted();
            return id;
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * Takes an attempt out of the history, as if it had never been rated (an undo in the drill). Saved memory that
     * counted it is dropped, so that the next start replays the attempts instead of trusting it.
     */
    public synchronized void forget(long attemptId) throws StoreException {
        wrote = true;
        db.verify();
        try {
            db.transaction(() -> {
                db.update("DELETE FROM attempt_tag WHERE attempt_id = ?", List.of(attemptId));
                db.update("DELETE FROM attempt WHERE id = ?", List.of(attemptId));
                db.update("DELETE FROM unrated_attempt WHERE id = ?", List.of(attemptId));
                if (!db.query("SELECT upto FROM memory_meta WHERE upto >= ?", List.of(attemptId), rs -> rs.getLong(1)).isEmpty()) {
                    db.update("DELETE FROM memory_card", List.of());
                    db.update("DELETE FROM memory_meta", List.of());
                }
                return null;
            });
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }


    /** Inside a transaction: the attempt, and for a rated one its per-tag copies. */
    long insert(StoredAttempt a) throws SQLException {
        return AttemptTable.insert(db, a);
    }

    /** The newest attempts first, unrated ones among them; {@code limit} 0 means all of them. */
    public synchronized List<StoredAttempt> attempts(Scope scope, int limit) throws StoreException {
        List<Object> params = new ArrayList<>();
        try {
            return db.query(AttemptTable.select(db.dialect(), scope, "DESC", limit, params), params, this::attempt);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** What takes attempts one by one as they are read. */
    @FunctionalInterface
    public interface AttemptSink {
        void take(StoredAttempt attempt) throws IOException;
    }

    /**
     * Every attempt in scope, unrated ones among them, oldest first (or newest first, as {@link #attempts}), each
     * handed over as it is read: a report or a history of a million typed answers never holds them all.
     */
    public synchronized void eachAttempt(Scope scope, boolean newestFirst, AttemptSink sink) throws IOException {
        List<Object> params = new ArrayList<>();
        try {
            db.each(AttemptTable.select(db.dialect(), scope, newestFirst ? "DESC" : "ASC", 0, params), params, this::attempt, sink::take);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }


    /**
     * Every rated attempt as the scheduler needs it, oldest first, in any mode: the covering index on
     * (question_id, ended_at, ..., rating) answers this without touching the rows.
     */
    /** Every question's memory: the saved one and the attempts after it, or a replay of every attempt. */
    public synchronized Remembered remember(Scheduler scheduler) throws StoreException {
        try {
            return db.transaction(() -> MemoryTable.load(db, scheduler));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Saves a memory so that the next start replays only the attempts after it; {@code memory} must not change meanwhile. */
    public synchronized void keep(Scheduler scheduler, Memory memory, long upto) throws StoreException {
        db.verify();
        try {
            db.transaction(() -> {
                MemoryTable.save(db, scheduler, memory, upto);
                return null;
            });
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Of the rated answers in scope whose key points were marked: how many, and in how many the person changed viva's marks. */
    public synchronized Corrections corrections(Scope scope) throws StoreException {
        ScopeSql where = ScopeSql.of(scope);
        // Over everything, the per-question running sums answer; the marks are in no index, so a scope reads its rows.
        String sql = Tallies.everything(scope) ? "SELECT sum(marked), sum(corrected) FROM question_tally"
                : "SELECT count(*), count(a.suggested) FROM attempt a WHERE a.points IS NOT NULL AND " + where.where();
        try {
            return db.query(sql, Tallies.everything(scope) ? List.of() : where.params(),
                    rs -> new Corrections(rs.getInt(1), rs.getInt(2))).get(0);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** How often viva's suggested marks were corrected: the measure of its matcher that matters to the person. */
    public record Corrections(int marked, int corrected) {
    }

    /** Each rated question's last rating (the newest attempt's; any mode). */
    public synchronized Map<String, Rating> lastRatings() throws StoreException {
        try {
            Map<String, Rating> last = new HashMap<>();
            // The running sums name each question's newest attempt.
            db.query("SELECT t.question_id, a.rating FROM question_tally t JOIN attempt a ON a.id = t.last_id", List.of(),
                    rs -> Map.entry(rs.getString(1), Rating.of(rs.getInt(2)))).forEach(e -> last.put(e.getKey(), e.getValue()));
            return last;
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * The questions rated one of {@code ratings} at {@code since} or later, the most recent first: Anki's custom
     * study of what failed today or this week.
     */
    public synchronized List<String> ratedSince(Instant since, Set<Rating> ratings) throws StoreException {
        if (ratings.isEmpty()) {
            return List.of();
        }
        String values = Database.placeholders(ratings.size());
        List<Object> params = new ArrayList<>(List.of(since.toEpochMilli()));
        ratings.stream().map(Rating::value).sorted().forEach(params::add);
        try {
            return db.query("SELECT question_id FROM attempt WHERE ended_at >= ? AND rating IN (" + values + ")"
                    + " GROUP BY question_id ORDER BY max(ended_at) DESC", params, rs -> rs.getString(1));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * The questions rated Again at least {@code threshold} times, most failed first: Anki's leeches, the ones
     * that drilling the same way does not fix.
     */
    public synchronized LinkedHashMap<String, Integer> leeches(int threshold) throws StoreException {
        try {
            LinkedHashMap<String, Integer> out = new LinkedHashMap<>();
            db.query("SELECT question_id, sum(again) FROM question_tally GROUP BY question_id HAVING sum(again) > 0 AND sum(again) >= ?"
                    + " ORDER BY 2 DESC, question_id", List.of(threshold), rs -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Each question's mean key-point coverage over its typed answers, 0-100. */
    public synchronized Map<String, Double> meanCoverage() throws StoreException {
        try {
            Map<String, Double> means = new HashMap<>();
            db.query("SELECT question_id, 1.0 * sum(coverage_sum) / sum(coverage_n) FROM question_tally GROUP BY question_id"
                    + " HAVING sum(coverage_n) > 0",
                    List.of(), rs -> Map.entry(rs.getString(1), rs.getDouble(2))).forEach(e -> means.put(e.getKey(), e.getValue()));
            return means;
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Keeps the questions out of every drill and plan from now on; gives how many were not suspended already. */
    public synchronized int suspend(Collection<String> ids, Instant at) throws StoreException {
        wrote = true;
        return marks.add(QuestionMarks.Mark.SUSPENDED, ids, at);
    }

    /** Takes the questions back into drills and plans; gives how many were suspended. */
    public synchronized int unsuspend(Collection<String> ids) throws StoreException {
        wrote = true;
        return marks.remove(QuestionMarks.Mark.SUSPENDED, ids);
    }

    /** The ids of the suspended questions, whether or not a bank loaded now has them. */
    public synchronized SortedSet<String> suspended() throws StoreException {
        return marks.all(QuestionMarks.Mark.SUSPENDED);
    }

    /** Marks the questions for editing later (':flag' in a drill); gives how many were not flagged already. */
    public synchronized int flag(Collection<String> ids, Instant at) throws StoreException {
        wrote = true;
        return marks.add(QuestionMarks.Mark.FLAGGED, ids, at);
    }

    /** Clears the questions' flags; gives how many were flagged. */
    public synchronized int unflag(Collection<String> ids) throws StoreException {
        wrote = true;
        return marks.remove(QuestionMarks.Mark.FLAGGED, ids);
    }

    /** The ids of the flagged questions, whether or not a bank loaded now has them. */
    public synchronized SortedSet<String> flagged() throws StoreException {
        return marks.all(QuestionMarks.Mark.FLAGGED);
    }

    /** The newest session in which at least one attempt was rated. */
    public synchronized OptionalLong lastSession() throws StoreException {
        try {
            List<Long> ids = db.query("SELECT session_id FROM attempt ORDER BY ended_at DESC, id DESC LIMIT 1", List.of(),
                    rs -> rs.getLong(1));
            return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    public synchronized Optional<Session> session(long id) throws StoreException {
        try {
            return db.query("SELECT id, mode, started_at, ended_at, filters, seed FROM session WHERE id = ?", List.of(id),
                    Store::session).stream().findFirst();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** The aggregate queries behind stats and reports. */
    public Tallies tallies() {
        return new Tallies(db);
    }

    @Override
    public synchronized void close() throws StoreException {
        Optional<Path> copy = server.filter(s -> keepsCopy).map(LocalCopy::file);
        if (copy.isPresent() && (wrote || LocalCopy.asOf(copy.get()).isEmpty())) {
            try {
                LocalCopy.refresh(db, copy.get());
            } catch (SQLException | StoreException e) {
                // The copy is only a stand-in for when the server is away; it says how old it is when it is used.
            }
        }
        db.close();
    }

    /** An attempt as read; whose it is only for the organiser reading a cohort (a learner's own rows name nobody). */
    private StoredAttempt attempt(ResultSet rs) throws SQLException {
        return AttemptTable.read(rs, server.filter(HistoryServer::cohort).isPresent());
    }

    private static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }



    /** Stored tags: read by hand in the form the store writes them, by Jackson otherwise. */
    static List<String> strings(String json) throws SQLException {
        Optional<List<String>> plain = StoredLists.strings(json);
        return plain.isPresent() ? plain.get() : parse(json, STRINGS);
    }


    private static Session session(ResultSet rs) throws SQLException {
        long ended = rs.getLong(4);
        Optional<Instant> endedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ended));
        long seed = rs.getLong(6);
        OptionalLong seedValue = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(seed);
        return new Session(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)), endedAt, rs.getString(5),
                seedValue);
    }

    /** Jackson takes a tenth of a second to start; commands that never touch JSON columns do not pay for it. */
    static final class Mapper {
        static final ObjectMapper JSON = JsonText.mapper();
    }

    static String json(Object value) {
        try {
            return Mapper.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists of strings and booleans always serialise", e);
        }
    }

    static <T> T parse(String json, TypeReference<T> type) throws SQLException {
        try {
            return Mapper.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("[SQLITE_CORRUPT] a stored list is not valid JSON: " + json, e);
        }
    }
}
