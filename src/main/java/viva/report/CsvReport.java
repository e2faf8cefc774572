package viva.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one table for spreadsheets: every row is a group of attempts (the summary, a tag, a
 * question, a session, or a single attempt; in a cohort's report, a learner) with the same figures, told apart by
 * {@code section}. A learner's {@code tags} are their weakest, weakest first.
 */
public final class CsvReport {
    public static final List<String> COLUMNS = List.of("section", "key", "at", "bank", "tags", "attempts", "mean_rating",
            "mean_coverage", "mean_time_seconds", "budget_seconds", "time_vs_budget", "over_budget", "over_budget_share", "total_time_seconds",
            "last_rating", "changed_since", "answer");

    private CsvReport() {
    }

    public static String render(Report report) {
        StringWriter out = new StringWriter();
        try {
            render(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The report written to {@code out} as it is made: the attempts stream from the history one by one. */
    public static void render(Report report, Writer out) throws IOException {
        // A cohort's attempts say whose they are, in a last column that a learner's own report goes without.
        List<String> columns = report.learners().isEmpty() ? COLUMNS : cohortColumns();
        try (Csv.Rows csv = Csv.to(out, columns)) {
            for (Map<String, Object> row : groups(report)) {
                csv.add(row);
            }
            report.sessionSource().forEach(s -> csv.add(session(s)));
            report.attempts().forEach(a -> csv.add(attempt(a)));
        }
    }

    /** The summary, tag and question rows: a few hundred at most, before the sessions and attempts stream. */
    private static List<Map<String, Object>> groups(Report report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> summary = row("summary", "all", JsonReport.tally(report.overall().totals()));
        summary.put("at", report.overall().last().map(Object::toString).orElse(null));
        rows.add(summary);
        for (LearnerRow l : report.learners()) {
            Map<String, Object> r = row("learner", l.learner(), Map.of());
            r.put("tags", String.join(" ", l.weakestTags()));
            r.put("attempts", l.attempts());
            r.put("mean_rating", Figures.round3(l.meanRating()));
            r.put("mean_coverage", l.meanCoverage().isPresent() ? Figures.round3(l.meanCoverage().getAsDouble()) : null);
            rows.add(r);
        }
        for (TagRow t : report.tags()) {
            rows.add(row("tag", t.tag(), JsonReport.tally(t.totals())));
        }
        for (QuestionRow q : report.questions()) {
            Map<String, Object> r = row("question", q.questionId(), JsonReport.tally(q.totals()));
            r.put("at", q.lastAt().toString());
            r.put("bank", q.bank());
            r.put("tags", String.join(" ", q.tags()));
            r.put("budget_seconds", Figures.seconds(q.lastBudget()));
            r.put("last_rating", q.lastRating().value());
            r.put("changed_since", q.changed());
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> session(SessionRow s) {
        Map<String, Object> r = row("session", String.valueOf(s.sessionId()), JsonReport.tally(s.totals()));
        r.put("at", s.startedAt().toString());
        return r;
    }

    private static Map<String, Object> attempt(AttemptRow a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("section", "attempt");
        r.put("key", a.questionId());
        r.put("at", a.endedAt().toString());
        r.put("bank", a.bank());
        r.put("tags", String.join(" ", a.tags()));
        r.put("attempts", 1);
        r.put("mean_rating", a.ratingValue());
        r.put("mean_coverage", a.coverage().isPresent() ? a.coverage().getAsInt() : null);
        r.put("mean_time_seconds", Figures.seconds(a.taken()));
        r.put("budget_seconds", Figures.seconds(a.budget()));
        r.put("time_vs_budget", Figures.round3((double) a.taken().toMillis() / Math.max(1, a.budget().toMillis())));
        r.put("over_budget", a.overBudget() ? 1 : 0);
        r.put("total_time_seconds", Figures.seconds(a.taken()));
        r.put("last_rating", a.ratingValue());
        r.put("answer", a.aloud() ? null : a.answer());
        if (!a.learner().isEmpty()) {
            r.put("learner", a.learner());
        }
        return r;
    }

    private static List<String> cohortColumns() {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.add("learner");
        return columns;
    }

    private static Map<String, Object> row(String section, String key, Map<String, Object> figures) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("section", section);
        r.put("key", key);
        r.putAll(figures);
        return r;
    }
}
