package viva.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statements of the migrations that PostgreSQL must be told in words of its own, beyond the types that
 * {@link Dialect#ddl} turns: JSON held as text is read with its own functions, a comparison is no number there
 * (SQLite sums {@code a > b} as 0 or 1), the larger of two values is {@code greatest}, a column from the row
 * that holds a group's max() must be asked for, and a trigger runs a function. Each is found by the first line
 * of its SQLite statement, which names what it makes or fills; MigrationsOnBothEnginesTest checks that each
 * finds exactly one, and that both engines end with the same schema and the same rows.
 */
final class PostgresSql {
    private PostgresSql() {
    }

    /** A group's figures, as the running sums hold them: attempts, ratings, coverage, time, time against budget. */
    private static final String FIGURES = """
            count(*), sum(a.rating), count(a.coverage), coalesce(sum(a.coverage), 0), sum(a.taken_ms),
            sum(1.0 * a.taken_ms / greatest(a.budget_ms, 1)), sum(CASE WHEN a.taken_ms > a.budget_ms THEN 1 ELSE 0 END)""";
    /** One attempt's figures, as the running sums add them: NEW's for an insert. */
    private static final String ONE = """
            1, NEW.rating, (NEW.coverage IS NOT NULL)::int, coalesce(NEW.coverage, 0), NEW.taken_ms,
            1.0 * NEW.taken_ms / greatest(NEW.budget_ms, 1), (NEW.taken_ms > NEW.budget_ms)::int""";

    private static String addUp(String table) {
        return "attempts = " + table + ".attempts + 1, rating_sum = " + table + ".rating_sum + excluded.rating_sum,"
                + " coverage_n = " + table + ".coverage_n + excluded.coverage_n, coverage_sum = " + table + ".coverage_sum + excluded.coverage_sum,"
                + " taken_sum = " + table + ".taken_sum + excluded.taken_sum, ratio_sum = " + table + ".ratio_sum + excluded.ratio_sum,"
                + " over_budget = " + table + ".over_budget + excluded.over_budget";
    }

    private static String takeAway() {
        return "attempts = attempts - 1, rating_sum = rating_sum - OLD.rating,"
                + " coverage_n = coverage_n - (OLD.coverage IS NOT NULL)::int, coverage_sum = coverage_sum - coalesce(OLD.coverage, 0),"
                + " taken_sum = taken_sum - OLD.taken_ms, ratio_sum = ratio_sum - 1.0 * OLD.taken_ms / greatest(OLD.budget_ms, 1),"
                + " over_budget = over_budget - (OLD.taken_ms > OLD.budget_ms)::int";
    }

    private static List<String> trigger(String name, String event, String table, String body) {
        return List.of("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body + "\nRETURN NULL;\nEND\n$$",
                "CREATE TRIGGER " + name + " AFTER " + event + " ON " + table + " FOR EACH ROW EXECUTE FUNCTION " + name + "()");
    }

    private static final Map<String, List<String>> SCHEMA_8 = Map.of(
            "UPDATE attempt SET coverage = (", List.of("""
                    UPDATE attempt SET coverage = (
                        SELECT CASE WHEN count(*) = 0 THEN 100
                                    ELSE CAST(round(100.0 * sum(CASE WHEN p.value = 'true' THEN 1 ELSE 0 END) / count(*)) AS BIGINT) END
                        FROM json_array_elements_text(attempt.points::json) AS p(value))
                    WHERE points IS NOT NULL"""),
            "INSERT INTO attempt_tag (tag, attempt_id, session_id, question_id, ended_at, rating, coverage, taken_ms, budget_ms)", List.of("""
                    INSERT INTO attempt_tag (tag, attempt_id, session_id, question_id, ended_at, rating, coverage, taken_ms, budget_ms)
                    SELECT j.value, a.id, a.session_id, a.question_id, a.ended_at, a.rating, a.coverage, a.taken_ms, a.budget_ms
                    FROM attempt a, json_array_elements_text(a.tags::json) AS j(value)"""),
            "INSERT INTO question_tally (question_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget, again, marked, corrected, last_ended, last_id)",
            List.of("INSERT INTO question_tally (question_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum,"
                    + " over_budget, again, marked, corrected, last_ended, last_id) SELECT a.question_id, " + FIGURES + ","
                    + " sum(CASE WHEN a.rating = 1 THEN 1 ELSE 0 END), count(a.points),"
                    + " sum(CASE WHEN a.points IS NOT NULL AND a.suggested IS NOT NULL THEN 1 ELSE 0 END), max(a.ended_at),"
                    + " (array_agg(a.id ORDER BY a.ended_at DESC, a.id DESC))[1] FROM attempt a GROUP BY a.question_id"),
            "INSERT INTO session_tally (session_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)",
            List.of("INSERT INTO session_tally (session_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)"
                    + " SELECT a.session_id, " + FIGURES + " FROM attempt a GROUP BY a.session_id"),
            "INSERT INTO tag_tally (tag, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)",
            List.of("INSERT INTO tag_tally (tag, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)"
                    + " SELECT a.tag, " + FIGURES + " FROM attempt_tag a GROUP BY a.tag"),
            "CREATE TRIGGER attempt_tally_insert AFTER INSERT ON attempt BEGIN", trigger("attempt_tally_insert", "INSERT", "attempt", """
                    INSERT INTO question_tally (question_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget,
                            again, marked, corrected, last_ended, last_id)
                        VALUES (NEW.question_id, %s, (NEW.rating = 1)::int, (NEW.points IS NOT NULL)::int,
                            (NEW.points IS NOT NULL AND NEW.suggested IS NOT NULL)::int, NEW.ended_at, NEW.id)
                        ON CONFLICT (question_id) DO UPDATE SET %s,
                            again = question_tally.again + excluded.again, marked = question_tally.marked + excluded.marked,
                            corrected = question_tally.corrected + excluded.corrected,
                            last_id = CASE WHEN excluded.last_ended >= question_tally.last_ended THEN excluded.last_id ELSE question_tally.last_id END,
                            last_ended = greatest(question_tally.last_ended, excluded.last_ended);
                    INSERT INTO session_tally (session_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)
                        VALUES (NEW.session_id, %s) ON CONFLICT (session_id) DO UPDATE SET %s;
                    INSERT INTO day_tally (bucket, attempts) VALUES (NEW.ended_at / 900000, 1)
                        ON CONFLICT (bucket) DO UPDATE SET attempts = day_tally.attempts + 1;""".formatted(ONE, addUp("question_tally"),
                    ONE, addUp("session_tally"))),
            "CREATE TRIGGER attempt_tally_delete AFTER DELETE ON attempt BEGIN", trigger("attempt_tally_delete", "DELETE", "attempt", """
                    UPDATE question_tally SET %s, again = again - (OLD.rating = 1)::int, marked = marked - (OLD.points IS NOT NULL)::int,
                        corrected = corrected - (OLD.points IS NOT NULL AND OLD.suggested IS NOT NULL)::int
                        WHERE question_id = OLD.question_id;
                    DELETE FROM question_tally WHERE question_id = OLD.question_id AND attempts <= 0;
                    UPDATE question_tally SET (last_ended, last_id) = (SELECT ended_at, id FROM attempt
                        WHERE question_id = OLD.question_id ORDER BY ended_at DESC, id DESC LIMIT 1)
                        WHERE question_id = OLD.question_id AND last_id = OLD.id;
                    UPDATE session_tally SET %s WHERE session_id = OLD.session_id;
                    DELETE FROM session_tally WHERE session_id = OLD.session_id AND attempts <= 0;
                    UPDATE day_tally SET attempts = attempts - 1 WHERE bucket = OLD.ended_at / 900000;
                    DELETE FROM day_tally WHERE bucket = OLD.ended_at / 900000 AND attempts <= 0;""".formatted(takeAway(), takeAway())),
            "CREATE TRIGGER attempt_tag_tally_insert AFTER INSERT ON attempt_tag BEGIN", trigger("attempt_tag_tally_insert", "INSERT",
                    "attempt_tag", """
                    INSERT INTO tag_tally (tag, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)
                        VALUES (NEW.tag, %s) ON CONFLICT (tag) DO UPDATE SET %s;""".formatted(ONE, addUp("tag_tally"))),
            "CREATE TRIGGER attempt_tag_tally_delete AFTER DELETE ON attempt_tag BEGIN", trigger("attempt_tag_tally_delete", "DELETE",
                    "attempt_tag", """
                    UPDATE tag_tally SET %s WHERE tag = OLD.tag;
                    DELETE FROM tag_tally WHERE tag = OLD.tag AND attempts <= 0;""".formatted(takeAway())));

    /**
     * Who is practising: the learner setting under a role shared by several people (viva sets {@code viva.learner}
     * for its connection), else the role. And whether this connection reads the whole cohort: only when it asks
     * ({@code viva.cohort}) and its role is, or is a member of, the role that owns viva's tables, the organiser's.
     * And attempts take their ids from attempt's identity from now on: every learner adds to it, and none sees
     * the others' largest id.
     */
    private static final List<String> LEARNER_FUNCTIONS = List.of("""
            CREATE OR REPLACE FUNCTION viva_learner() RETURNS text LANGUAGE sql STABLE
            AS $$ SELECT coalesce(nullif(current_setting('viva.learner', true), ''), current_user::text) $$""", """
            CREATE OR REPLACE FUNCTION viva_cohort() RETURNS boolean LANGUAGE sql STABLE
            AS $$ SELECT coalesce(current_setting('viva.cohort', true), '') = 'on'
                AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'attempt'::regclass), 'MEMBER') $$""", """
            SELECT setval(pg_get_serial_sequence('attempt', 'id'), greatest(coalesce((SELECT max(id) FROM attempt), 0),
                coalesce((SELECT max(id) FROM unrated_attempt), 0)) + 1, false)""");

    /**
     * Privacy kept by the server, not by viva: every table of a learner's rows shows a role only the rows it wrote
     * (and, under a shared role, only its learner's), even to the role that owns the tables, and writes only such
     * rows; the organiser's role may read them all when it asks for the cohort. Learners are the members of the
     * role viva_learner, made here where the role running this may make roles.
     */
    private static List<String> privacy() {
        List<String> out = new ArrayList<>();
        for (String table : Migrations.LEARNERS_TABLES) {
            out.add("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
            out.add("ALTER TABLE " + table + " FORCE ROW LEVEL SECURITY");
            out.add("CREATE POLICY learner_own ON " + table + " USING (owner = current_user AND learner = viva_learner())"
                    + " WITH CHECK (owner = current_user AND learner = viva_learner())");
            out.add("CREATE POLICY organiser_reads ON " + table + " FOR SELECT USING (viva_cohort())");
        }
        out.add("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'viva_learner') THEN
                        BEGIN
                            CREATE ROLE viva_learner NOLOGIN;
                        EXCEPTION WHEN insufficient_privilege THEN
                            RAISE NOTICE 'viva: no role viva_learner made (this role may not make roles)';
                        END;
                    END IF;
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'viva_learner') THEN
                        EXECUTE format('GRANT USAGE ON SCHEMA %%I TO viva_learner', current_schema());
                        IF to_regclass('viva_schema') IS NOT NULL THEN
                            EXECUTE 'GRANT SELECT ON viva_schema TO viva_learner';
                        END IF;
                        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO viva_learner';
                        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %%I TO viva_learner', current_schema());
                    END IF;
                END
                $$""".formatted(String.join(", ", Migrations.LEARNERS_TABLES)));
        return out;
    }

    private static final Map<String, List<String>> INSTEAD = instead();

    private static Map<String, List<String>> instead() {
        Map<String, List<String>> out = new HashMap<>(SCHEMA_8);
        out.put(firstLine(Migrations.POSTGRES_ONLY + "who is practising"), LEARNER_FUNCTIONS);
        out.put(firstLine(Migrations.POSTGRES_ONLY + "each learner sees their own rows"), privacy());
        for (Map.Entry<String, String> trigger : RunningSums.TRIGGERS.entrySet()) {
            String old = trigger.getKey().replace("_sums_", "_tally_");
            out.put("DROP TRIGGER " + old, List.of("DROP TRIGGER " + old + " ON " + trigger.getValue(), "DROP FUNCTION " + old + "()"));
        }
        List<String> sqlite = RunningSums.sqlite();
        List<List<String>> postgres = RunningSums.postgres();
        for (int i = 0; i < sqlite.size(); i++) {
            out.put(firstLine(sqlite.get(i)), postgres.get(i));
        }
        return Map.copyOf(out);
    }

    /** PostgreSQL's statements for this SQLite one, or empty where {@link Dialect#ddl} is enough. */
    static Optional<List<String>> instead(String sql) {
        return Optional.ofNullable(INSTEAD.get(firstLine(sql)));
    }

    /** Every first line looked for, so that a test can check each still finds its statement. */
    static Set<String> keys() {
        return INSTEAD.keySet();
    }

    static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.strip();
    }
}
