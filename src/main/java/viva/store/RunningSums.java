package viva.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Schema 10's running sums, kept per learner: the statements that fill them from the attempts kept and the
 * triggers that keep them beside every insert and delete, in either engine's words. They are written once
 * here, not twice by hand, because the two engines differ only in a few expressions: SQLite counts a
 * comparison as 0 or 1 and takes {@code max(a, b)}, PostgreSQL casts the comparison and takes {@code greatest},
 * and a PostgreSQL trigger runs a function.
 */
final class RunningSums {
    /** The figures each running sum keeps, in this order. */
    private static final List<String> FIGURES = List.of("attempts", "rating_sum", "coverage_n", "coverage_sum", "taken_sum",
            "ratio_sum", "over_budget");
    private static final String FIGURE_COLUMNS = String.join(", ", FIGURES);
    private static final long BUCKET_MS = 900_000;

    private final Dialect dialect;

    private RunningSums(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The trigger names of version 10, each on its table. */
    static final Map<String, String> TRIGGERS = Map.of("attempt_sums_insert", "attempt", "attempt_sums_delete", "attempt",
            "attempt_tag_sums_insert", "attempt_tag", "attempt_tag_sums_delete", "attempt_tag");

    /** The fills, then the triggers, as SQLite reads them: what version 10 runs after making the tables. */
    static List<String> sqlite() {
        RunningSums sums = new RunningSums(Dialect.SQLITE);
        List<String> out = new ArrayList<>(sums.fills());
        for (String name : List.of("attempt_sums_insert", "attempt_sums_delete", "attempt_tag_sums_insert", "attempt_tag_sums_delete")) {
            out.add("CREATE TRIGGER " + name + " AFTER " + event(name) + " ON " + TRIGGERS.get(name) + " BEGIN\n"
                    + String.join(";\n", sums.body(name)) + ";\nEND");
        }
        return out;
    }

    /** PostgreSQL's statements for each of {@link #sqlite()}'s, in the same order. */
    static List<List<String>> postgres() {
        RunningSums sums = new RunningSums(Dialect.POSTGRES);
        List<List<String>> out = new ArrayList<>();
        sums.fills().forEach(fill -> out.add(List.of(fill)));
        for (String name : List.of("attempt_sums_insert", "attempt_sums_delete", "attempt_tag_sums_insert", "attempt_tag_sums_delete")) {
            out.add(List.of("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                            + String.join(";\n", sums.body(name)) + ";\nRETURN NULL;\nEND\n$$",
                    "CREATE TRIGGER " + name + " AFTER " + event(name) + " ON " + TRIGGERS.get(name)
                            + " FOR EACH ROW EXECUTE FUNCTION " + name + "()"));
        }
        return out;
    }

    /** The statements that fill the running sums from the attempts kept, in {@code dialect}'s words. */
    static List<String> fills(Dialect dialect) {
        return new RunningSums(dialect).fills();
    }

    private static String event(String trigger) {
        return trigger.endsWith("insert") ? "INSERT" : "DELETE";
    }

    private List<String> fills() {
        String grouped = "count(*), sum(a.rating), count(a.coverage), coalesce(sum(a.coverage), 0), sum(a.taken_ms), sum("
                + ratio("a") + "), sum(" + bool("a.taken_ms > a.budget_ms") + ")";
        return List.of(
                "INSERT INTO question_tally (owner, learner, question_id, " + FIGURE_COLUMNS
                        + ", again, marked, corrected, last_ended, last_id)\nSELECT a.owner, a.learner, a.question_id, " + grouped
                        + ", sum(" + bool("a.rating = 1") + "), count(a.points), sum(" + bool("a.points IS NOT NULL AND a.suggested IS NOT NULL")
                        + "), max(a.ended_at), " + dialect.latest("a.id", "a.ended_at") + " FROM attempt a GROUP BY a.owner, a.learner, a.question_id",
                "INSERT INTO session_tally (session_id, owner, learner, " + FIGURE_COLUMNS + ")\nSELECT a.session_id, a.owner, a.learner, "
                        + grouped + " FROM attempt a GROUP BY a.session_id, a.owner, a.learner",
                "INSERT INTO tag_tally (owner, learner, tag, " + FIGURE_COLUMNS + ")\nSELECT a.owner, a.learner, a.tag, " + grouped
                        + " FROM attempt_tag a GROUP BY a.owner, a.learner, a.tag",
                "INSERT INTO day_tally (owner, learner, bucket, attempts)\nSELECT a.owner, a.learner, a.ended_at / " + BUCKET_MS
                        + ", count(*) FROM attempt a GROUP BY a.owner, a.learner, a.ended_at / " + BUCKET_MS);
    }

    private List<String> body(String trigger) {
        return switch (trigger) {
            case "attempt_sums_insert" -> List.of(
                    "INSERT INTO question_tally (owner, learner, question_id, " + FIGURE_COLUMNS + ", again, marked, corrected, last_ended, last_id)"
                            + " VALUES (new.owner, new.learner, new.question_id, " + one("new") + ", " + bool("new.rating = 1") + ", "
                            + bool("new.points IS NOT NULL") + ", " + bool("new.points IS NOT NULL AND new.suggested IS NOT NULL")
                            + ", new.ended_at, new.id)\n    ON CONFLICT (owner, learner, question_id) DO UPDATE SET " + addUp("question_tally")
                            + ", again = " + col("question_tally", "again") + " + excluded.again, marked = " + col("question_tally", "marked")
                            + " + excluded.marked, corrected = " + col("question_tally", "corrected") + " + excluded.corrected,"
                            + " last_id = CASE WHEN excluded.last_ended >= " + col("question_tally", "last_ended") + " THEN excluded.last_id ELSE "
                            + col("question_tally", "last_id") + " END, last_ended = " + dialect.greatest(col("question_tally", "last_ended"),
                            "excluded.last_ended"),
                    "INSERT INTO session_tally (session_id, owner, learner, " + FIGURE_COLUMNS + ") VALUES (new.session_id, new.owner, new.learner, "
                            + one("new") + ")\n    ON CONFLICT (session_id) DO UPDATE SET " + addUp("session_tally"),
                    "INSERT INTO day_tally (owner, learner, bucket, attempts) VALUES (new.owner, new.learner, new.ended_at / " + BUCKET_MS
                            + ", 1)\n    ON CONFLICT (owner, learner, bucket) DO UPDATE SET attempts = " + col("day_tally", "attempts") + " + 1");
            case "attempt_sums_delete" -> List.of(
                    "UPDATE question_tally SET " + takeAway() + ", again = again - " + bool("old.rating = 1") + ", marked = marked - "
                            + bool("old.points IS NOT NULL") + ", corrected = corrected - " + bool("old.points IS NOT NULL AND old.suggested IS NOT NULL")
                            + " WHERE " + same("question_id"),
                    "DELETE FROM question_tally WHERE " + same("question_id") + " AND attempts <= 0",
                    "UPDATE question_tally SET (last_ended, last_id) = (SELECT ended_at, id FROM attempt WHERE " + same("question_id")
                            + " ORDER BY ended_at DESC, id DESC LIMIT 1) WHERE " + same("question_id") + " AND last_id = old.id",
                    "UPDATE session_tally SET " + takeAway() + " WHERE session_id = old.session_id",
                    "DELETE FROM session_tally WHERE session_id = old.session_id AND attempts <= 0",
                    "UPDATE day_tally SET attempts = attempts - 1 WHERE " + sameLearner() + " AND bucket = old.ended_at / " + BUCKET_MS,
                    "DELETE FROM day_tally WHERE " + sameLearner() + " AND bucket = old.ended_at / " + BUCKET_MS + " AND attempts <= 0");
            case "attempt_tag_sums_insert" -> List.of(
                    "INSERT INTO tag_tally (owner, learner, tag, " + FIGURE_COLUMNS + ") VALUES (new.owner, new.learner, new.tag, " + one("new")
                            + ")\n    ON CONFLICT (owner, learner, tag) DO UPDATE SET " + addUp("tag_tally"));
            case "attempt_tag_sums_delete" -> List.of(
                    "UPDATE tag_tally SET " + takeAway() + " WHERE " + same("tag"),
                    "DELETE FROM tag_tally WHERE " + same("tag") + " AND attempts <= 0");
            default -> throw new IllegalArgumentException(trigger);
        };
    }

    /** One attempt's figures, in {@link #FIGURES}' order. */
    private String one(String row) {
        return "1, " + row + ".rating, " + bool(row + ".coverage IS NOT NULL") + ", coalesce(" + row + ".coverage, 0), " + row
                + ".taken_ms, " + ratio(row) + ", " + bool(row + ".taken_ms > " + row + ".budget_ms");
    }

    private String addUp(String table) {
        List<String> sets = new ArrayList<>();
        for (String figure : FIGURES) {
            sets.add(figure + " = " + col(table, figure) + " + excluded." + figure);
        }
        return String.join(", ", sets);
    }

    private String takeAway() {
        return "attempts = attempts - 1, rating_sum = rating_sum - old.rating, coverage_n = coverage_n - " + bool("old.coverage IS NOT NULL")
                + ", coverage_sum = coverage_sum - coalesce(old.coverage, 0), taken_sum = taken_sum - old.taken_ms, ratio_sum = ratio_sum - "
                + ratio("old") + ", over_budget = over_budget - " + bool("old.taken_ms > old.budget_ms");
    }

    private static String same(String key) {
        return sameLearner() + " AND " + key + " = old." + key;
    }

    private static String sameLearner() {
        return "owner = old.owner AND learner = old.learner";
    }

    private String ratio(String row) {
        return "1.0 * " + row + ".taken_ms / " + dialect.greatest(row + ".budget_ms", "1");
    }

    /** A condition as a number, 0 or 1. */
    private String bool(String condition) {
        return dialect == Dialect.SQLITE ? "(" + condition + ")" : "(" + condition + ")::int";
    }

    /** The stored row's column in an upsert: PostgreSQL would take a bare name as ambiguous with the proposed row's. */
    private String col(String table, String column) {
        return dialect == Dialect.SQLITE ? column : table + "." + column;
    }
}
