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
 * {@code attempts} (with the typed answers) is empty unless they were asked for.
 */
public record Report(Instant generatedAt, ZoneId zone, ReportScope scope, Summary overall, List<TagRow> tags,
                     List<QuestionRow> questions, List<QuestionRow> slowest, List<QuestionRow> weakest,
                     List<SessionRow> sessions, SortedMap<LocalDate, Integer> days, List<AttemptRow> attempts) {
    public static final int SCHEMA_VERSION = 1;

    public Report {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        slowest = List.copyOf(slowest);
        weakest = List.copyOf(weakest);
        sessions = List.copyOf(sessions);
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
        attempts = List.copyOf(attempts);
    }

    /** The same report with each question marked when its text has changed since it was last attempted. */
    public Report markChanged(TextChanges texts) {
        UnaryOperator<List<QuestionRow>> mark = rows -> rows.stream().map(r -> r.marked(texts)).toList();
        return new Report(generatedAt, zone, scope, overall, tags, mark.apply(questions), mark.apply(slowest),
                mark.apply(weakest), sessions, days, attempts);
    }

    public boolean empty() {
        return overall.totals().attempts() == 0;
    }
}
