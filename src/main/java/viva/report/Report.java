package viva.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Everything a score report shows, computed once and written in any format. Tags come weakest first;
 * {@code attempts} (with the typed answers) is {@link AttemptSource#NONE} unless they were asked for, and
 * is read from the history as the report is written, as are the sessions beyond the latest few. {@code learners}
 * is empty unless the report is a cohort's ('--cohort' on a shared server): one row per learner the server shows.
 */
public record Report(Instant generatedAt, ZoneId zone, ReportScope scope, Summary overall, List<TagRow> tags,
                     List<QuestionRow> questions, List<QuestionRow> slowest, List<QuestionRow> weakest,
                     SessionSource sessionSource, SortedMap<LocalDate, Integer> days, AttemptSource attempts,
                     List<LearnerRow> learners) {
    public static final int SCHEMA_VERSION = 1;

    public Report {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        slowest = List.copyOf(slowest);
        weakest = List.copyOf(weakest);
        learners = List.copyOf(learners);
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    /** The same report with each question marked when its text has changed since it was last attempted. */
    public Report markChanged(TextChanges texts) {
        UnaryOperator<List<QuestionRow>> mark = rows -> rows.stream().map(r -> r.marked(texts)).toList();
        return new Report(generatedAt, zone, scope, overall, tags, mark.apply(questions), mark.apply(slowest),
                mark.apply(weakest), sessionSource, days, attempts, learners);
    }

    /** The same report with other sessions and attempts: those in hand instead of those read as it is written, say. */
    public Report withSources(SessionSource sessions, AttemptSource attempts) {
        return new Report(generatedAt, zone, scope, overall, tags, questions, slowest, weakest, sessions, days, attempts, learners);
    }

    /** The same report with a cohort's table of learners. */
    public Report withLearners(List<LearnerRow> rows) {
        return new Report(generatedAt, zone, scope, overall, tags, questions, slowest, weakest, sessionSource, days, attempts, rows);
    }

    /**
     * The latest sessions, oldest first: as many as a document shows ({@link Trend#SHOWN_SESSIONS}), so that a stats
     * trend or a document over a hundred thousand sessions holds only those; {@link #sessionSource} has them all.
     */
    public List<SessionRow> sessions() {
        return sessionSource.latest();
    }

    public boolean empty() {
        return overall.totals().attempts() == 0;
    }
}
