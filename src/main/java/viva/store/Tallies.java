package viva.store;

import viva.bank.Lang;
import viva.schedule.Rating;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stats are computed by the database, next to the data, so that a long history is summed without
 * bringing every row (and every typed answer) into Java. Over the whole history (or, per tag, over
 * some tags) they add up the running sums the triggers keep per learner and question, session,
 * tag and quarter hour; a narrower scope sums the attempts it selects. The sums of one key are added
 * across learners, since an organiser reading a cohort sees a row per learner.
 */
public final class Tallies {
    private static final String TALLY = "count(*), avg(a.rating), avg(a.coverage), avg(a.taken_ms),"
            + " avg(1.0 * a.taken_ms / CASE WHEN a.budget_ms > 1 THEN a.budget_ms ELSE 1 END),"
            + " sum(CASE WHEN a.taken_ms > a.budget_ms THEN 1 ELSE 0 END), sum(a.taken_ms)";
    /** The same figures, in the same columns, from rows of running sums {@code t}, added up. */
    private static final String SUMMED = "sum(t.attempts), 1.0 * sum(t.rating_sum) / sum(t.attempts),"
            + " 1.0 * sum(t.coverage_sum) / nullif(sum(t.coverage_n), 0), 1.0 * sum(t.taken_sum) / sum(t.attempts),"
            + " sum(t.ratio_sum) / sum(t.attempts), sum(t.over_budget), sum(t.taken_sum)";
    /** The same figures from one row of running sums {@code t}. */
    private static final String ONE = "t.attempts, 1.0 * t.rating_sum / t.attempts, 1.0 * t.coverage_sum / nullif(t.coverage_n, 0),"
            + " 1.0 * t.taken_sum / t.attempts, t.ratio_sum / t.attempts, t.over_budget, t.taken_sum";
    /** Practice days are counted in the reader's time zone; quarter hours cover every zone offset in use. */
    private static final long BUCKET_MS = 15 * 60 * 1000;

    private final Database db;

    Tallies(Database db) {
        this.db = db;
    }

    /** Whether {@code scope} takes every attempt, so that the running sums answer for it. */
    static boolean everything(Scope scope) {
        return scope.tags().isEmpty() && onlyTags(scope);
    }

    /** Whether {@code scope} filters by tags at most: per-tag figures then come from the tags' running sums. */
    private static boolean onlyTags(Scope scope) {
        return scope.question().isEmpty() && scope.since().isEmpty() && scope.session().isEmpty();
    }

    public Overall overall(Scope scope) throws StoreException {
        ScopeSql where = ScopeSql.of(scope);
        // The first and last attempt are the two ends of the ended_at index, read without a scan.
        String sql = everything(scope)
                ? "SELECT " + SUMMED + ", (SELECT count(*) FROM session_tally), count(DISTINCT t.question_id), (SELECT min(ended_at) FROM attempt),"
                        + " (SELECT max(ended_at) FROM attempt) FROM question_tally t"
                : "SELECT " + TALLY + ", count(DISTINCT a.session_id), count(DISTINCT a.question_id),"
                        + " min(a.ended_at), max(a.ended_at) FROM attempt a WHERE " + where.where();
        return run(sql, where.params(), rs -> {
            Tally tally = tally(rs, 1);
            long first = rs.getLong(10);
            boolean none = rs.wasNull();
            return new Overall(tally, rs.getInt(8), rs.getInt(9), none ? Optional.empty() : Optional.of(Instant.ofEpochMilli(first)),
                    none ? Optional.empty() : Optional.of(Instant.ofEpochMilli(rs.getLong(11))));
        }).get(0);
    }

    /** Per tag, sorted by tag; with a tag filter, only the tags asked for. */
    public List<TagTally> byTag(Scope scope, int trendSessions) throws StoreException {
        // attempt_tag repeats each attempt's figures, so it is read alone, under the alias the scope expects.
        ScopeSql where = ScopeSql.of(scope.withTags(List.of()));
        ScopeSql tags = ScopeSql.tagsOnly(scope, onlyTags(scope) ? "t" : "a");
        List<Object> params = new ArrayList<>(where.params());
        params.addAll(tags.params());
        String sql = onlyTags(scope)
                ? "SELECT t.tag, " + SUMMED + " FROM tag_tally t WHERE " + tags.where() + " GROUP BY t.tag ORDER BY t.tag"
                : "SELECT a.tag, " + TALLY + " FROM attempt_tag a WHERE " + where.where() + " AND " + tags.where()
                        + " GROUP BY a.tag ORDER BY a.tag";
        List<TagTally> figures = run(sql, params, rs -> new TagTally(rs.getString(1), tally(rs, 2), List.of()));
        List<TagTally> out = new ArrayList<>();
        for (TagTally t : figures) {
            out.add(new TagTally(t.tag(), t.tally(), trend(t.tag(), where, trendSessions)));
        }
        return out;
    }

    /**
     * A tag's mean rating per session over its last {@code sessions} sessions, oldest first. Session ids grow
     * with time, so the (tag, session_id, rating) index read backwards stops after those few sessions.
     */
    private List<Double> trend(String tag, ScopeSql where, int sessions) throws StoreException {
        List<Object> params = new ArrayList<>(List.of(tag));
        params.addAll(where.params());
        params.add(sessions);
        List<Double> newestFirst = run("SELECT avg(a.rating) FROM attempt_tag a WHERE a.tag = ? AND " + where.where()
                + " GROUP BY a.session_id ORDER BY a.session_id DESC LIMIT ?", params, rs -> rs.getDouble(1));
        List<Double> trend = new ArrayList<>(newestFirst);
        Collections.reverse(trend);
        return trend;
    }

    /**
     * Per learner, by name, with each one's {@code weakest} tags: what a cohort's organiser reads. A learner's own
     * connection sees one row, its own: the server shows it nothing else.
     */
    public List<LearnerTally> byLearner(Scope scope, int weakest) throws StoreException {
        ScopeSql where = ScopeSql.of(scope);
        String sql = everything(scope)
                ? "SELECT t.learner, " + SUMMED + " FROM question_tally t GROUP BY t.learner ORDER BY t.learner"
                : "SELECT a.learner, " + TALLY + " FROM attempt a WHERE " + where.where() + " GROUP BY a.learner ORDER BY a.learner";
        Map<String, Tally> figures = new LinkedHashMap<>();
        run(sql, where.params(), rs -> figures.put(rs.getString(1), tally(rs, 2)));
        ScopeSql tagScope = ScopeSql.of(scope.withTags(List.of()));
        ScopeSql tags = ScopeSql.tagsOnly(scope, onlyTags(scope) ? "t" : "a");
        List<Object> params = new ArrayList<>(tagScope.params());
        params.addAll(tags.params());
        String byTag = onlyTags(scope)
                ? "SELECT t.learner, t.tag FROM tag_tally t WHERE " + tags.where()
                        + " GROUP BY t.learner, t.tag ORDER BY t.learner, 1.0 * sum(t.rating_sum) / sum(t.attempts), t.tag"
                : "SELECT a.learner, a.tag FROM attempt_tag a WHERE " + tagScope.where() + " AND " + tags.where()
                        + " GROUP BY a.learner, a.tag ORDER BY a.learner, avg(a.rating), a.tag";
        Map<String, List<String>> weakTags = new LinkedHashMap<>();
        run(byTag, params, rs -> weakTags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        List<LearnerTally> out = new ArrayList<>();
        figures.forEach((learner, tally) -> {
            List<String> all = weakTags.getOrDefault(learner, List.of());
            out.add(new LearnerTally(learner, tally, all.subList(0, Math.min(weakest, all.size()))));
        });
        return out;
    }

    /** Per question, sorted by id. */
    public List<QuestionTally> byQuestion(Scope scope) throws StoreException {
        ScopeSql where = ScopeSql.of(scope);
        // Two steps, so that the sums come from the covering index alone: the figures with the id of each
        // question's latest attempt (SQLite takes a bare column from the row that holds the single max()),
        // then those few latest rows.
        String sql = everything(scope)
                ? "SELECT t.question_id, " + SUMMED + ", max(t.last_ended), " + db.dialect().latest("t.last_id", "t.last_ended")
                        + " FROM question_tally t GROUP BY t.question_id ORDER BY t.question_id"
                : "SELECT a.question_id, " + TALLY + ", max(a.ended_at), " + db.dialect().latest("a.id", "a.ended_at") + " FROM attempt a WHERE " + where.where()
                        + " GROUP BY a.question_id ORDER BY a.question_id";
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        run(sql, where.params(), rs -> tallies.put(rs.getLong(10), tally(rs, 2)));
        if (tallies.isEmpty()) {
            return List.of();
        }
        String latest = "SELECT a.id, a.question_id, a.bank, a.tags, a.budget_ms, a.rating, a.ended_at, a.lang, a.text_hash"
                + " FROM attempt a WHERE a.id IN (" + Database.placeholders(tallies.size())
                + ") ORDER BY a.question_id";
        return run(latest, new ArrayList<Object>(tallies.keySet()), rs -> new QuestionTally(rs.getString(2), rs.getString(3),
                Store.strings(rs.getString(4)), tallies.get(rs.getLong(1)), Duration.ofMillis(rs.getLong(5)), Rating.of(rs.getInt(6)),
                Instant.ofEpochMilli(rs.getLong(7)), Lang.parse(rs.getString(8)).orElse(Lang.EN), rs.getString(9)));
    }

    /** Per session, oldest first. */
    public List<SessionTally> bySession(Scope scope) throws StoreException {
        List<Object> params = new ArrayList<>();
        return run(sessionsSql(scope, "", params), params, Tallies::session);
    }

    /** The last {@code n} sessions, oldest first: off the (started_at, id) index, without sorting them all. */
    public List<SessionTally> latestSessions(Scope scope, int n) throws StoreException {
        List<Object> params = new ArrayList<>();
        String sql = sessionsSql(scope, " DESC", params) + " LIMIT ?";
        params.add(n);
        List<SessionTally> latest = new ArrayList<>(run(sql, params, Tallies::session));
        Collections.reverse(latest);
        return latest;
    }

    /** What takes sessions one by one as they are read. */
    @FunctionalInterface
    public interface SessionSink {
        void take(SessionTally session) throws IOException;
    }

    /** Every session, oldest first, each handed over as it is read. */
    public void eachSession(Scope scope, SessionSink sink) throws IOException {
        List<Object> params = new ArrayList<>();
        try {
            db.each(sessionsSql(scope, "", params), params, Tallies::session, sink::take);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Sessions in start order ({@code direction} "" or " DESC"), each with its figures; fills {@code params}. */
    private static String sessionsSql(Scope scope, String direction, List<Object> params) {
        String order = " ORDER BY s.started_at" + direction + ", s.id" + direction;
        if (everything(scope)) {
            return "SELECT t.session_id, " + ONE + ", s.mode, s.started_at FROM session s JOIN session_tally t"
                    + " ON t.session_id = s.id" + order;
        }
        ScopeSql where = ScopeSql.of(scope);
        params.addAll(where.params());
        // Summed first, joined after: the sums read only the covering index.
        return "SELECT f.*, s.mode, s.started_at FROM (SELECT a.session_id, " + TALLY + " FROM attempt a WHERE "
                + where.where() + " GROUP BY a.session_id) f JOIN session s ON s.id = f.session_id" + order;
    }

    private static SessionTally session(ResultSet rs) throws SQLException {
        return new SessionTally(rs.getLong(1), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)), tally(rs, 2));
    }

    /** How many attempts were rated on each day that had any, in {@code zone}. */
    public SortedMap<LocalDate, Integer> days(Scope scope, ZoneId zone) throws IOException {
        ScopeSql where = ScopeSql.of(scope);
        String sql = everything(scope) ? "SELECT bucket, sum(attempts) FROM day_tally GROUP BY bucket ORDER BY bucket"
                : "SELECT a.ended_at / " + BUCKET_MS + ", count(*) FROM attempt a WHERE " + where.where() + " GROUP BY 1 ORDER BY 1";
        Days days = new Days(zone);
        try {
            db.each(sql, where.params(), rs -> {
                days.add(rs.getLong(1) * BUCKET_MS, rs.getInt(2));
                return null;
            }, ignored -> { });
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return days.counts();
    }

    /**
     * Quarter hours, in order, added up into the reader's days: a day's bounds in the zone are worked out once, not
     * for each of the tens of thousands of quarter hours in a long history.
     */
    private static final class Days {
        private final ZoneId zone;
        private final SortedMap<LocalDate, Integer> counts = new TreeMap<>();
        private LocalDate day;
        private long start = Long.MAX_VALUE;
        private long end = Long.MIN_VALUE;
        private int count;

        Days(ZoneId zone) {
            this.zone = zone;
        }

        void add(long at, int attempts) {
            if (at < start || at >= end) {
                flush();
                day = LocalDate.ofInstant(Instant.ofEpochMilli(at), zone);
                start = day.atStartOfDay(zone).toInstant().toEpochMilli();
                end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            count += attempts;
        }

        private void flush() {
            if (count > 0) {
                counts.merge(day, count, Integer::sum);
            }
            count = 0;
        }

        SortedMap<LocalDate, Integer> counts() {
            flush();
            return counts;
        }
    }

    private static Tally tally(ResultSet rs, int from) throws SQLException {
        int attempts = rs.getInt(from);
        double rating = rs.getDouble(from + 1);
        double coverage = rs.getDouble(from + 2);
        OptionalDouble meanCoverage = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(coverage);
        return new Tally(attempts, rating, meanCoverage, Duration.ofMillis(Math.round(rs.getDouble(from + 3))),
                rs.getDouble(from + 4), rs.getInt(from + 5), Duration.ofMillis(rs.getLong(from + 6)));
    }

    private <T> List<T> run(String sql, List<Object> params, Database.Row<T> row) throws StoreException {
        try {
            return db.query(sql, params, row);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }
}
