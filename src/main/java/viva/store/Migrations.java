package viva.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema, one step per version; {@code PRAGMA user_version} records how many steps a file has had.
 * Steps are only ever appended: a released step never changes, so any old file can be brought forward.
 */
final class Migrations {
    private Migrations() {
    }

    /** Step i takes a database from version i to version i + 1. */
    static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE session (
                        id         INTEGER PRIMARY KEY,
                        mode       TEXT    NOT NULL,
                        started_at INTEGER NOT NULL,
                        ended_at   INTEGER,
                        filters    TEXT    NOT NULL,
                        seed       INTEGER
                    )""", """
                    CREATE TABLE attempt (
                        id          INTEGER PRIMARY KEY,
                        session_id  INTEGER NOT NULL REFERENCES session(id),
                        mode        TEXT    NOT NULL,
                        question_id TEXT    NOT NULL,
                        bank        TEXT    NOT NULL,
                        text_hash   TEXT    NOT NULL,
                        lang        TEXT    NOT NULL,
                        tags        TEXT    NOT NULL,
                        started_at  INTEGER NOT NULL,
                        ended_at    INTEGER NOT NULL,
                        taken_ms    INTEGER NOT NULL,
                        budget_ms   INTEGER NOT NULL,
                        hints_used  INTEGER NOT NULL,
                        answer      TEXT    NOT NULL,
                        points      TEXT,
                        rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4)
                    )"""),
            // Version 2: stats over a long history must read neither JSON nor typed answers, so coverage is
            // kept as a number, a covering index holds every figure per attempt, and each attempt's figures are
            // repeated per tag (attempts never change once rated, so the copies cannot drift apart).
            List.of("ALTER TABLE attempt ADD COLUMN coverage INTEGER", """
                    UPDATE attempt SET coverage = (
                        SELECT CASE WHEN count(*) = 0 THEN 100
                                    ELSE CAST(round(100.0 * sum(value) / count(*)) AS INTEGER) END
                        FROM json_each(attempt.points))
                    WHERE points IS NOT NULL""", """
                    CREATE TABLE attempt_tag (
                        tag         TEXT    NOT NULL,
                        attempt_id  INTEGER NOT NULL REFERENCES attempt(id),
                        session_id  INTEGER NOT NULL,
                        question_id TEXT    NOT NULL,
                        ended_at    INTEGER NOT NULL,
                        rating      INTEGER NOT NULL,
                        coverage    INTEGER,
                        taken_ms    INTEGER NOT NULL,
                        budget_ms   INTEGER NOT NULL,
                        PRIMARY KEY (tag, attempt_id)
                    ) WITHOUT ROWID""", """
                    INSERT INTO attempt_tag (tag, attempt_id, session_id, question_id, ended_at, rating, coverage, taken_ms, budget_ms)
                    SELECT j.value, a.id, a.session_id, a.question_id, a.ended_at, a.rating, a.coverage, a.taken_ms, a.budget_ms
                    FROM attempt a, json_each(a.tags) j""",
                    "CREATE INDEX attempt_by_end ON attempt(ended_at)",
                    "CREATE INDEX attempt_by_session ON attempt(session_id, rating, coverage, taken_ms, budget_ms)",
                    "CREATE INDEX attempt_tag_by_session ON attempt_tag(tag, session_id, rating)",
                    "CREATE INDEX attempt_figures ON attempt(question_id, ended_at, session_id, rating, coverage, taken_ms, budget_ms)"),
            // Version 3: each question's memory as of one attempt (MemoryTable), so that a start replays only the
            // attempts after it. Derived data: dropping both tables loses nothing.
            List.of("""
                    CREATE TABLE memory_card (
                        question_id    TEXT    PRIMARY KEY,
                        due            INTEGER NOT NULL,
                        stability      REAL    NOT NULL,
                        difficulty     REAL    NOT NULL,
                        state          INTEGER NOT NULL,
                        step           INTEGER NOT NULL,
                        last_review    INTEGER NOT NULL,
                        reps           INTEGER NOT NULL,
                        lapses         INTEGER NOT NULL,
                        scheduled_days INTEGER NOT NULL,
                        first_seen     INTEGER NOT NULL,
                        reviews        INTEGER NOT NULL
                    ) WITHOUT ROWID""", """
                    CREATE TABLE memory_meta (
                        id       INTEGER PRIMARY KEY CHECK (id = 1),
                        schedule TEXT    NOT NULL,
                        upto     INTEGER NOT NULL
                    )"""),
            // Version 4: answers kept without a rating (the drill ended at the rating prompt) live beside the
            // rated ones, so that no figure, tally or schedule can count them, and share their ids; and the keys
            // of recovery-journal entries already merged, so that a merge cut short is never counted twice.
            List.of("""
                    CREATE TABLE unrated_attempt (
                        id          INTEGER PRIMARY KEY,
                        session_id  INTEGER NOT NULL REFERENCES session(id),
                        mode        TEXT    NOT NULL,
                        question_id TEXT    NOT NULL,
                        bank        TEXT    NOT NULL,
                        text_hash   TEXT    NOT NULL,
                        lang        TEXT    NOT NULL,
                        tags        TEXT    NOT NULL,
                        started_at  INTEGER NOT NULL,
                        ended_at    INTEGER NOT NULL,
                        taken_ms    INTEGER NOT NULL,
                        budget_ms   INTEGER NOT NULL,
                        hints_used  INTEGER NOT NULL,
                        answer      TEXT    NOT NULL,
                        points      TEXT,
                        coverage    INTEGER
                    )""", """
                    CREATE TABLE recovered (
                        key    TEXT    PRIMARY KEY,
                        row_id INTEGER NOT NULL
                    ) WITHOUT ROWID"""),
            // Version 5: the key-point marks are the person's confirmed ones; viva's own suggestion is kept beside
            // them (NULL where the two agreed, or for attempts older than this), so stats can say how often it erred.
            List.of("ALTER TABLE attempt ADD COLUMN suggested TEXT", "ALTER TABLE unrated_attempt ADD COLUMN suggested TEXT"),
            // Version 6: questions the person keeps out of every drill and plan until they take them back.
            List.of("""
                    CREATE TABLE suspended (
                        question_id TEXT    PRIMARY KEY,
                        since       INTEGER NOT NULL
                    ) WITHOUT ROWID"""),
            // Version 7: questions flagged during a drill (':flag') for editing later.
            List.of("""
                    CREATE TABLE flagged (
                        question_id TEXT    PRIMARY KEY,
                        since       INTEGER NOT NULL
                    ) WITHOUT ROWID"""),
            // Version 8: running sums beside the attempts, kept by triggers in the same transaction as every insert and
            // delete, so that stats and reports over a whole history add up a few hundred rows instead of scanning a
            // million (each full scan took 0.3-1.5 s). Per question (with its latest attempt, its Again count and its
            // key-point corrections), per session, per tag and per quarter hour (practice days in any time zone).
            // Derived data, filled here from the attempts already kept: the attempts stay the only truth.
            List.of("""
                    CREATE TABLE question_tally (
                        question_id  TEXT    PRIMARY KEY,
                        attempts     INTEGER NOT NULL,
                        rating_sum   INTEGER NOT NULL,
                        coverage_n   INTEGER NOT NULL,
                        coverage_sum INTEGER NOT NULL,
                        taken_sum    INTEGER NOT NULL,
                        ratio_sum    REAL    NOT NULL,
                        over_budget  INTEGER NOT NULL,
                        again        INTEGER NOT NULL,
                        marked       INTEGER NOT NULL,
                        corrected    INTEGER NOT NULL,
                        last_ended   INTEGER NOT NULL,
                        last_id      INTEGER NOT NULL
                    ) WITHOUT ROWID""", """
                    CREATE TABLE session_tally (
                        session_id   INTEGER PRIMARY KEY,
                        attempts     INTEGER NOT NULL,
                        rating_sum   INTEGER NOT NULL,
                        coverage_n   INTEGER NOT NULL,
                        coverage_sum INTEGER NOT NULL,
                        taken_sum    INTEGER NOT NULL,
                        ratio_sum    REAL    NOT NULL,
                        over_budget  INTEGER NOT NULL
                    )""", """
                    CREATE TABLE tag_tally (
                        tag          TEXT    PRIMARY KEY,
                        attempts     INTEGER NOT NULL,
                        rating_sum   INTEGER NOT NULL,
                        coverage_n   INTEGER NOT NULL,
                        coverage_sum INTEGER NOT NULL,
                        taken_sum    INTEGER NOT NULL,
                        ratio_sum    REAL    NOT NULL,
                        over_budget  INTEGER NOT NULL
                    ) WITHOUT ROWID""", """
                    CREATE TABLE day_tally (
                        bucket       INTEGER PRIMARY KEY,
                        attempts     INTEGER NOT NULL
                    )""", """
                    INSERT INTO question_tally (question_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget, again, marked, corrected, last_ended, last_id)
                    SELECT a.question_id, count(*), sum(a.rating), count(a.coverage), coalesce(sum(a.coverage), 0), sum(a.taken_ms),
                           sum(1.0 * a.taken_ms / max(a.budget_ms, 1)), sum(a.taken_ms > a.budget_ms),
                           sum(a.rating = 1), count(a.points), sum(a.points IS NOT NULL AND a.suggested IS NOT NULL),
                           max(a.ended_at), a.id
                    FROM attempt a GROUP BY a.question_id""", """
                    INSERT INTO session_tally (session_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)
                    SELECT a.session_id, count(*), sum(a.rating), count(a.coverage), coalesce(sum(a.coverage), 0), sum(a.taken_ms),
                           sum(1.0 * a.taken_ms / max(a.budget_ms, 1)), sum(a.taken_ms > a.budget_ms)
                    FROM attempt a GROUP BY a.session_id""", """
                    INSERT INTO tag_tally (tag, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)
                    SELECT a.tag, count(*), sum(a.rating), count(a.coverage), coalesce(sum(a.coverage), 0), sum(a.taken_ms),
                           sum(1.0 * a.taken_ms / max(a.budget_ms, 1)), sum(a.taken_ms > a.budget_ms)
                    FROM attempt_tag a GROUP BY a.tag""", """
                    INSERT INTO day_tally (bucket, attempts) SELECT ended_at / 900000, count(*) FROM attempt GROUP BY 1""", """
                    CREATE TRIGGER attempt_tally_insert AFTER INSERT ON attempt BEGIN
                        INSERT INTO question_tally (question_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget, again, marked, corrected, last_ended, last_id)
                        VALUES (new.question_id, 1, new.rating, new.coverage IS NOT NULL, coalesce(new.coverage, 0), new.taken_ms,
                                1.0 * new.taken_ms / max(new.budget_ms, 1), new.taken_ms > new.budget_ms,
                                new.rating = 1, new.points IS NOT NULL, new.points IS NOT NULL AND new.suggested IS NOT NULL, new.ended_at, new.id)
                        ON CONFLICT (question_id) DO UPDATE SET attempts = attempts + 1, rating_sum = rating_sum + excluded.rating_sum,
                            coverage_n = coverage_n + excluded.coverage_n, coverage_sum = coverage_sum + excluded.coverage_sum,
                            taken_sum = taken_sum + excluded.taken_sum, ratio_sum = ratio_sum + excluded.ratio_sum,
                            over_budget = over_budget + excluded.over_budget,
                            again = again + excluded.again, marked = marked + excluded.marked, corrected = corrected + excluded.corrected,
                            last_id = CASE WHEN excluded.last_ended >= last_ended THEN excluded.last_id ELSE last_id END,
                            last_ended = max(last_ended, excluded.last_ended);
                        INSERT INTO session_tally (session_id, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)
                        VALUES (new.session_id, 1, new.rating, new.coverage IS NOT NULL, coalesce(new.coverage, 0), new.taken_ms,
                                1.0 * new.taken_ms / max(new.budget_ms, 1), new.taken_ms > new.budget_ms)
                        ON CONFLICT (session_id) DO UPDATE SET attempts = attempts + 1, rating_sum = rating_sum + excluded.rating_sum,
                            coverage_n = coverage_n + excluded.coverage_n, coverage_sum = coverage_sum + excluded.coverage_sum,
                            taken_sum = taken_sum + excluded.taken_sum, ratio_sum = ratio_sum + excluded.ratio_sum,
                            over_budget = over_budget + excluded.over_budget;
                        INSERT INTO day_tally (bucket, attempts) VALUES (new.ended_at / 900000, 1)
                        ON CONFLICT (bucket) DO UPDATE SET attempts = attempts + 1;
                    END""", """
                    CREATE TRIGGER attempt_tally_delete AFTER DELETE ON attempt BEGIN
                        UPDATE question_tally SET attempts = attempts - 1, rating_sum = rating_sum - old.rating,
                            coverage_n = coverage_n - (old.coverage IS NOT NULL), coverage_sum = coverage_sum - coalesce(old.coverage, 0),
                            taken_sum = taken_sum - old.taken_ms, ratio_sum = ratio_sum - 1.0 * old.taken_ms / max(old.budget_ms, 1),
                            over_budget = over_budget - (old.taken_ms > old.budget_ms), again = again - (old.rating = 1),
                            marked = marked - (old.points IS NOT NULL), corrected = corrected - (old.points IS NOT NULL AND old.suggested IS NOT NULL)
                        WHERE question_id = old.question_id;
                        DELETE FROM question_tally WHERE question_id = old.question_id AND attempts <= 0;
                        UPDATE question_tally SET (last_ended, last_id) = (SELECT ended_at, id FROM attempt
                            WHERE question_id = old.question_id ORDER BY ended_at DESC, id DESC LIMIT 1)
                        WHERE question_id = old.question_id AND last_id = old.id;
                        UPDATE session_tally SET attempts = attempts - 1, rating_sum = rating_sum - old.rating,
                            coverage_n = coverage_n - (old.coverage IS NOT NULL), coverage_sum = coverage_sum - coalesce(old.coverage, 0),
                            taken_sum = taken_sum - old.taken_ms, ratio_sum = ratio_sum - 1.0 * old.taken_ms / max(old.budget_ms, 1),
                            over_budget = over_budget - (old.taken_ms > old.budget_ms)
                        WHERE session_id = old.session_id;
                        DELETE FROM session_tally WHERE session_id = old.session_id AND attempts <= 0;
                        UPDATE day_tally SET attempts = attempts - 1 WHERE bucket = old.ended_at / 900000;
                        DELETE FROM day_tally WHERE bucket = old.ended_at / 900000 AND attempts <= 0;
                    END""", """
                    CREATE TRIGGER attempt_tag_tally_insert AFTER INSERT ON attempt_tag BEGIN
                        INSERT INTO tag_tally (tag, attempts, rating_sum, coverage_n, coverage_sum, taken_sum, ratio_sum, over_budget)
                        VALUES (new.tag, 1, new.rating, new.coverage IS NOT NULL, coalesce(new.coverage, 0), new.taken_ms,
                                1.0 * new.taken_ms / max(new.budget_ms, 1), new.taken_ms > new.budget_ms)
                        ON CONFLICT (tag) DO UPDATE SET attempts = attempts + 1, rating_sum = rating_sum + excluded.rating_sum,
                            coverage_n = coverage_n + excluded.coverage_n, coverage_sum = coverage_sum + excluded.coverage_sum,
                            taken_sum = taken_sum + excluded.taken_sum, ratio_sum = ratio_sum + excluded.ratio_sum,
                            over_budget = over_budget + excluded.over_budget;
                    END""", """
                    CREATE TRIGGER attempt_tag_tally_delete AFTER DELETE ON attempt_tag BEGIN
                        UPDATE tag_tally SET attempts = attempts - 1, rating_sum = rating_sum - old.rating,
                            coverage_n = coverage_n - (old.coverage IS NOT NULL), coverage_sum = coverage_sum - coalesce(old.coverage, 0),
                            taken_sum = taken_sum - old.taken_ms, ratio_sum = ratio_sum - 1.0 * old.taken_ms / max(old.budget_ms, 1),
                            over_budget = over_budget - (old.taken_ms > old.budget_ms)
                        WHERE tag = old.tag;
                        DELETE FROM tag_tally WHERE tag = old.tag AND attempts <= 0;
                    END"""),
            // Version 9: a document shows the latest sessions; it reads them backwards off this index instead of
            // sorting a hundred thousand.
            List.of("CREATE INDEX IF NOT EXISTS session_by_start ON session(started_at, id)"),
            // Version 10: learners. Each row carries the database role that wrote it (owner) and the learner who
            // practised (the role, or the learner setting under a role shared by several people). A file has one
            // learner and keeps both empty; on a server, row-level security shows a role only its own rows (and a
            // learner of a shared role only theirs), and the cohort to the organiser who owns the tables. Whatever
            // is kept per question, tag or quarter hour is kept per learner, so the running sums and the saved
            // memory are made again (derived data, refilled from the attempts) and the marks copied across.
            learners());

    /** The tables whose rows each belong to a learner, in the order version 10 makes them. */
    static final List<String> LEARNERS_TABLES = List.of("session", "attempt", "unrated_attempt", "attempt_tag", "recovered",
            "question_tally", "session_tally", "tag_tally", "day_tally", "memory_card", "memory_meta", "suspended", "flagged");

    /** Written for PostgreSQL alone: SQLite has no roles, and reads it as a comment. */
    static final String POSTGRES_ONLY = "-- PostgreSQL only: ";

    private static List<String> learners() {
        List<String> step = new ArrayList<>();
        step.add(POSTGRES_ONLY + "who is practising");
        for (String table : List.of("session", "attempt", "unrated_attempt", "attempt_tag", "recovered")) {
            step.add("ALTER TABLE " + table + " ADD COLUMN owner TEXT NOT NULL DEFAULT ''");
            step.add("ALTER TABLE " + table + " ADD COLUMN learner TEXT NOT NULL DEFAULT ''");
        }
        for (String trigger : List.of("attempt_tally_insert", "attempt_tally_delete", "attempt_tag_tally_insert", "attempt_tag_tally_delete")) {
            step.add("DROP TRIGGER " + trigger);
        }
        for (String table : List.of("question_tally", "session_tally", "tag_tally", "day_tally", "memory_card", "memory_meta")) {
            step.add("DROP TABLE " + table);
        }
        step.addAll(List.of("""
                CREATE TABLE question_tally (
                    owner        TEXT    NOT NULL,
                    learner      TEXT    NOT NULL,
                    question_id  TEXT    NOT NULL,
                    attempts     INTEGER NOT NULL,
                    rating_sum   INTEGER NOT NULL,
                    coverage_n   INTEGER NOT NULL,
                    coverage_sum INTEGER NOT NULL,
                    taken_sum    INTEGER NOT NULL,
                    ratio_sum    REAL    NOT NULL,
                    over_budget  INTEGER NOT NULL,
                    again        INTEGER NOT NULL,
                    marked       INTEGER NOT NULL,
                    corrected    INTEGER NOT NULL,
                    last_ended   INTEGER NOT NULL,
                    last_id      INTEGER NOT NULL,
                    PRIMARY KEY (owner, learner, question_id)
                ) WITHOUT ROWID""", """
                CREATE TABLE session_tally (
                    session_id   INTEGER PRIMARY KEY,
                    owner        TEXT    NOT NULL,
                    learner      TEXT    NOT NULL,
                    attempts     INTEGER NOT NULL,
                    rating_sum   INTEGER NOT NULL,
                    coverage_n   INTEGER NOT NULL,
                    coverage_sum INTEGER NOT NULL,
                    taken_sum    INTEGER NOT NULL,
                    ratio_sum    REAL    NOT NULL,
                    over_budget  INTEGER NOT NULL
                )""", """
                CREATE TABLE tag_tally (
                    owner        TEXT    NOT NULL,
                    learner      TEXT    NOT NULL,
                    tag          TEXT    NOT NULL,
                    attempts     INTEGER NOT NULL,
                    rating_sum   INTEGER NOT NULL,
                    coverage_n   INTEGER NOT NULL,
                    coverage_sum INTEGER NOT NULL,
                    taken_sum    INTEGER NOT NULL,
                    ratio_sum    REAL    NOT NULL,
                    over_budget  INTEGER NOT NULL,
                    PRIMARY KEY (owner, learner, tag)
                ) WITHOUT ROWID""", """
                CREATE TABLE day_tally (
                    owner        TEXT    NOT NULL,
                    learner      TEXT    NOT NULL,
                    bucket       INTEGER NOT NULL,
                    attempts     INTEGER NOT NULL,
                    PRIMARY KEY (owner, learner, bucket)
                ) WITHOUT ROWID""", """
                CREATE TABLE memory_card (
                    owner          TEXT    NOT NULL DEFAULT '',
                    learner        TEXT    NOT NULL DEFAULT '',
                    question_id    TEXT    NOT NULL,
                    due            INTEGER NOT NULL,
                    stability      REAL    NOT NULL,
                    difficulty     REAL    NOT NULL,
                    state          INTEGER NOT NULL,
                    step           INTEGER NOT NULL,
                    last_review    INTEGER NOT NULL,
                    reps           INTEGER NOT NULL,
                    lapses         INTEGER NOT NULL,
                    scheduled_days INTEGER NOT NULL,
                    first_seen     INTEGER NOT NULL,
                    reviews        INTEGER NOT NULL,
                    PRIMARY KEY (owner, learner, question_id)
                ) WITHOUT ROWID""", """
                CREATE TABLE memory_meta (
                    owner    TEXT    NOT NULL DEFAULT '',
                    learner  TEXT    NOT NULL DEFAULT '',
                    id       INTEGER NOT NULL CHECK (id = 1),
                    schedule TEXT    NOT NULL,
                    upto     INTEGER NOT NULL,
                    PRIMARY KEY (owner, learner)
                )"""));
        for (String marks : List.of("suspended", "flagged")) {
            step.add("CREATE TABLE " + marks + "_by_learner (\n"
                    + "    owner       TEXT    NOT NULL DEFAULT '',\n"
                    + "    learner     TEXT    NOT NULL DEFAULT '',\n"
                    + "    question_id TEXT    NOT NULL,\n"
                    + "    since       INTEGER NOT NULL,\n"
                    + "    PRIMARY KEY (owner, learner, question_id)\n"
                    + ") WITHOUT ROWID");
            step.add("INSERT INTO " + marks + "_by_learner (question_id, since) SELECT question_id, since FROM " + marks);
            step.add("DROP TABLE " + marks);
            step.add("ALTER TABLE " + marks + "_by_learner RENAME TO " + marks);
        }
        step.addAll(RunningSums.sqlite());
        step.add(POSTGRES_ONLY + "each learner sees their own rows");
        return List.copyOf(step);
    }

    /** Step {@code step}'s statements as {@code dialect} reads them: the one list, for either engine. */
    static List<String> statements(int step, Dialect dialect) {
        return STEPS.get(step).stream().flatMap(sql -> dialect.statements(sql).stream()).toList();
    }

    /** The running sums (as version 10 keeps them, per learner): the statements that fill them from the attempts kept. */
    static List<String> runningSumFills(Dialect dialect) {
        return RunningSums.fills(dialect);
    }

    /** The tables of the running sums. */
    static List<String> runningSumTables() {
        return List.of("question_tally", "session_tally", "tag_tally", "day_tally");
    }

    static int latest() {
        return STEPS.size();
    }
}
