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
 * is read from the history as the report is written.
 */
public record Report(Instant generatedAt, ZoneId zone, ReportScope scope, Summary overall, List<TagRow> tags,
                     List<QuestionRow> questions, List<QuestionRow> slowest, List<QuestionRow> weakest,
                     List<SessionRow> sessions, SortedMap<LocalDate, Integer> days, AttemptSource attempts) {
    public static final int SCHEMA_VERSION = 1;

    public Report {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        slowest = List.copyOf(slowest);
        weakest = List.copyOf(weakest);
        sessions = List.copyOf(sessions);
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    }

    /** The same report with each question marked when its text has changed since it was last attempted. */
    public Report markChanged(TextChanges texts) {
        UnaryOperator<List<QuestionRow>> mark = rows -> rows.stream().map(r -> r.marked(texts)).toList();
        return new Report(generatedAt, zone, scope, overall, tags, mark.apply(questions), mark.apply(slowest),
                mark.apply(weakest), sessions, days, attempts);
    }

    /** The same report with other attempts: those in hand instead of those read as it is written, say. */
    public Report withAttempts(AttemptSource value) {
        return new Report(generatedAt, zone, scope, overall, tags, questions, slowest, weakest, sessions, days, value);
    }

    public boolean empty() {
        return overall.totals().attempts() == 0;
    }
}
