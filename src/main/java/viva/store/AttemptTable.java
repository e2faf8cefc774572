package viva.store;

import com.fasterxml.jackson.core.type.TypeReference;
import viva.bank.Lang;
import viva.schedule.Rating;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an attempt is kept in the tables 'attempt' and 'unrated_attempt' (and a rated one's copies per tag in
 * 'attempt_tag'), and read back: the one place that knows their columns.
 */
final class AttemptTable {
    private static final TypeReference<List<Boolean>> BOOLEANS = new TypeReference<>() { };
    private static final String COLUMNS = "a.id, a.session_id, a.mode, a.question_id, a.bank, a.text_hash, a.lang, "
            + "a.tags, a.started_at, a.ended_at, a.taken_ms, a.budget_ms, a.hints_used, a.answer, a.points, a.suggested, a.learner";

    private AttemptTable() {
    }

    /** Inside a transaction: the attempt, and for a rated one its per-tag copies; gives its id. */
    static long insert(Database db, StoredAttempt a) throws SQLException {
        boolean rated = a.rating().isPresent();
        // Rated and unrated attempts share one sequence of ids, so that an id names one attempt in history.
        db.lockIds();
        long id = db.nextAttemptId();
        String sql = "INSERT INTO " + (rated ? "attempt" : "unrated_attempt") + " (id, session_id, mode, question_id, bank,"
                + " text_hash, lang, tags, started_at, ended_at, taken_ms, budget_ms, hints_used, answer, points, coverage, suggested"
                + (rated ? ", rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            List<Object> values = new ArrayList<>(List.of(id, a.sessionId(), a.mode(), a.questionId(), a.bank(), a.textHash(),
                    a.lang().code(), Store.json(a.tags()), a.startedAt().toEpochMilli(), a.endedAt().toEpochMilli(),
                    a.taken().toMillis(), a.budget().toMillis(), a.hintsUsed(), a.answer()));
            values.add(a.points().map(Store::json).orElse(null));
            values.add(a.coverage().isPresent() ? a.coverage().getAsInt() : null);
            // Only where the person changed viva's marks: agreeing attempts read it back as equal to the points.
            values.add(a.corrected() ? a.suggested().map(Store::json).orElse("null") : null);
            a.rating().ifPresent(r -> values.add(r.value()));
            Database.bind(ps, values);
            ps.executeUpdate();
        }
        if (rated) {
            insertTags(db, id, a);
        }
        return id;
    }

    private static void insertTags(Database db, long id, StoredAttempt a) throws SQLException {
        String sql = "INSERT INTO attempt_tag (tag, attempt_id, session_id, question_id, ended_at, rating, coverage,"
                + " taken_ms, budget_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (String tag : a.tags()) {
                List<Object> values = new ArrayList<>(List.of(tag, id, a.sessionId(), a.questionId(), a.endedAt().toEpochMilli(),
                        a.rating().orElseThrow().value()));
                values.add(a.coverage().isPresent() ? a.coverage().getAsInt() : null);
                values.addAll(List.of(a.taken().toMillis(), a.budget().toMillis()));
                Database.bind(ps, values);
                ps.executeUpdate();
            }
        }
    }

    /** Both tables in one order by end time then id; fills {@code params}. */
    static String select(Dialect dialect, Scope scope, String direction, int limit, List<Object> params) {
        ScopeSql rated = ScopeSql.of(scope);
        ScopeSql unrated = ScopeSql.unrated(scope, dialect);
        params.addAll(rated.params());
        params.addAll(unrated.params());
        return "SELECT " + COLUMNS + ", a.rating FROM attempt a WHERE " + rated.where()
                + " UNION ALL SELECT " + COLUMNS + ", NULL FROM unrated_attempt a WHERE " + unrated.where()
                + " ORDER BY 10 " + direction + ", 1 " + direction + (limit > 0 ? " LIMIT " + limit : "");
    }

    /** A row of {@link #select}; its learner only where {@code cohort} (a learner's own rows name nobody). */
    static StoredAttempt read(ResultSet rs, boolean cohort) throws SQLException {
        Optional<List<Boolean>> points = booleans(rs.getString(15));
        String suggested = rs.getString(16);
        return new StoredAttempt(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Lang.parse(rs.getString(7)).orElse(Lang.EN), Store.strings(rs.getString(8)),
                Instant.ofEpochMilli(rs.getLong(9)), Instant.ofEpochMilli(rs.getLong(10)), Duration.ofMillis(rs.getLong(11)),
                Duration.ofMillis(rs.getLong(12)), rs.getInt(13), rs.getString(14), points, rating(rs.getInt(18), rs.wasNull()),
                suggested == null ? points : booleans(suggested), cohort ? rs.getString(17) : "");
    }

    /** A stored list of marks; JSON null (viva had no suggestion: an answer given aloud, marked by hand) is empty. */
    private static Optional<List<Boolean>> booleans(String json) throws SQLException {
        if (json == null || json.equals("null")) {
            return Optional.empty();
        }
        Optional<List<Boolean>> plain = StoredLists.booleans(json);
        return Optional.of(plain.isPresent() ? plain.get() : Store.parse(json, BOOLEANS));
    }

    private static Optional<Rating> rating(int value, boolean none) {
        return none ? Optional.empty() : Optional.of(Rating.of(value));
    }
}
