package viva.report;

import viva.store.Overall;
import viva.store.QuestionTally;
import viva.store.Scope;
import viva.store.SessionTally;
import viva.store.StoredAttempt;
import viva.store.TagTally;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything a score report shows, computed once and written in any format. Tags come weakest first;
 * {@code attempts} (with the typed answers) is empty unless they were asked for.
 */
public record Report(Instant generatedAt, ZoneId zone, Scope scope, Overall overall, List<TagTally> tags,
                     List<QuestionRow> questions, List<QuestionRow> slowest, List<QuestionRow> weakest,
                     List<SessionTally> sessions, SortedMap<LocalDate, Integer> days, List<StoredAttempt> attempts) {
    public static final int SCHEMA_VERSION = 1;

    /** A question's figures, and whether its text has changed since it was last attempted. */
    public record QuestionRow(QuestionTally tally, boolean changed) {
    }

    public Report {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        slowest = List.copyOf(slowest);
        weakest = List.copyOf(weakest);
        sessions = List.copyOf(sessions);
        days = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(days));
        attempts = List.copyOf(attempts);
    }

    /** The same report with each question marked when its text has changed since it was last attempted. */
    public Report markChanged(TextVersions texts) {
        java.util.function.UnaryOperator<List<QuestionRow>> mark = rows -> rows.stream().map(r -> new QuestionRow(r.tally(),
                texts.changed(r.tally().questionId(), r.tally().lastLang(), r.tally().lastTextHash()))).toList();
        return new Report(generatedAt, zone, scope, overall, tags, mark.apply(questions), mark.apply(slowest),
                mark.apply(weakest), sessions, days, attempts);
    }

    public boolean empty() {
        return overall.tally().attempts() == 0;
    }
}
