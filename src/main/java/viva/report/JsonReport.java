package viva.report;

import com.fasterxml.jackson.core.JsonGenerator;
import viva.text.JsonText;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report for programs. The shape is documented in README and versioned by {@code schema_version}:
 * fields may be added within a version, never renamed or removed. Times are UTC ISO-8601, durations seconds.
 */
public final class JsonReport {
    private JsonReport() {
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
        // The writer is the caller's (standard output, or a file it renames into place once whole).
        try (JsonGenerator json = JsonText.pretty(out)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> e : head(report).entrySet()) {
                json.writeFieldName(e.getKey());
                JsonText.write(json, e.getValue());
            }
            json.writeFieldName("sessions");
            json.writeStartArray();
            report.sessionSource().forEach(s -> session(json, s));
            json.writeEndArray();
            json.writeFieldName("days");
            JsonText.write(json, days(report));
            json.writeFieldName("attempts");
            json.writeStartArray();
            report.attempts().forEach(a -> JsonText.write(json, AttemptFields.json(a)));
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Everything before the sessions, which {@link #render(Report, Writer)} streams after it, then the days and attempts. */
    private static Map<String, Object> head(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema_version", Report.SCHEMA_VERSION);
        root.put("generated_at", report.generatedAt().toString());
        root.put("time_zone", Figures.zone(report.zone()));
        root.put("scope", scope(report));
        root.put("summary", summary(report.overall()));
        root.put("tags", report.tags().stream().map(JsonReport::tag).toList());
        root.put("questions", report.questions().stream().map(JsonReport::question).toList());
        root.put("slowest", report.slowest().stream().map(r -> r.questionId()).toList());
        root.put("weakest", report.weakest().stream().map(r -> r.questionId()).toList());
        root.put("learners", report.learners().stream().map(JsonReport::learner).toList());
        return root;
    }

    private static Map<String, Integer> days(Report report) {
        Map<String, Integer> days = new LinkedHashMap<>();
        report.days().forEach((day, n) -> days.put(day.toString(), n));
        return days;
    }

    private static Map<String, Object> scope(Report report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tags", report.scope().tags());
        m.put("question", report.scope().question().orElse(null));
        m.put("since", report.scope().since().map(Instant::toString).orElse(null));
        m.put("session", report.scope().session().isPresent() ? report.scope().session().getAsLong() : null);
        return m;
    }

    private static Map<String, Object> summary(Summary o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.putAll(tally(o.totals()));
        m.put("sessions", o.sessions());
        m.put("questions", o.questions());
        m.put("first_at", o.first().map(Instant::toString).orElse(null));
        m.put("last_at", o.last().map(Instant::toString).orElse(null));
        return m;
    }

    private static Map<String, Object> learner(LearnerRow l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("learner", l.learner());
        m.put("attempts", l.attempts());
        m.put("mean_rating", Figures.round3(l.meanRating()));
        m.put("mean_coverage", l.meanCoverage().isPresent() ? Figures.round3(l.meanCoverage().getAsDouble()) : null);
        m.put("weakest_tags", l.weakestTags());
        return m;
    }

    private static Map<String, Object> tag(TagRow tag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tag", tag.tag());
        m.putAll(tally(tag.totals()));
        List<Double> trend = new ArrayList<>();
        tag.trend().forEach(v -> trend.add(Figures.round3(v)));
        m.put("trend", trend);
        return m;
    }

    private static Map<String, Object> question(QuestionRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.questionId());
        m.put("bank", row.bank());
        m.put("tags", row.tags());
        m.putAll(tally(row.totals()));
        m.put("budget_seconds", Figures.seconds(row.lastBudget()));
        m.put("last_rating", row.lastRating().value());
        m.put("last_at", row.lastAt().toString());
        m.put("changed_since", row.changed());
        return m;
    }

    /**
     * One session, written field by field as {@link JsonText#write} writes a map of the same fields (whole numbers as
     * longs, figures as doubles): a long history has a hundred thousand sessions, and a map for each was most of the
     * report's work and garbage.
     */
    private static void session(JsonGenerator json, SessionRow s) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", s.sessionId());
        json.writeStringField("mode", s.mode());
        json.writeStringField("started_at", s.startedAt().toString());
        Totals t = s.totals();
        json.writeNumberField("attempts", (long) t.attempts());
        json.writeNumberField("mean_rating", Figures.round3(t.meanRating()));
        json.writeFieldName("mean_coverage");
        if (t.meanCoverage().isPresent()) {
            json.writeNumber(Figures.round3(t.meanCoverage().getAsDouble()));
        } else {
            json.writeNull();
        }
        json.writeNumberField("mean_time_seconds", Figures.seconds(t.meanTaken()));
        json.writeNumberField("time_vs_budget", Figures.round3(t.timeRatio()));
        json.writeNumberField("over_budget", (long) t.overBudget());
        json.writeNumberField("over_budget_share", Figures.round3(t.overBudgetShare()));
        json.writeNumberField("total_time_seconds", Figures.seconds(t.totalTaken()));
        json.writeEndObject();
    }

    /** The figures every group carries, under the same names everywhere. */
    static Map<String, Object> tally(Totals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempts", t.attempts());
        m.put("mean_rating", Figures.round3(t.meanRating()));
        m.put("mean_coverage", t.meanCoverage().isPresent() ? Figures.round3(t.meanCoverage().getAsDouble()) : null);
        m.put("mean_time_seconds", Figures.seconds(t.meanTaken()));
        m.put("time_vs_budget", Figures.round3(t.timeRatio()));
        m.put("over_budget", t.overBudget());
        m.put("over_budget_share", Figures.round3(t.overBudgetShare()));
        m.put("total_time_seconds", Figures.seconds(t.totalTaken()));
        return m;
    }
}
