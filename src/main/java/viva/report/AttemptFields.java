package viva.report;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One attempt as named fields, the same in history's JSON and CSV and in the report's JSON. */
public final class AttemptFields {
    /** CSV columns of an attempt, in order; JSON adds the per-key-point list. */
    public static final List<String> CSV_COLUMNS = List.of("id", "session", "mode", "question", "bank",
            "tags", "lang", "started_at", "ended_at", "time_seconds", "budget_seconds", "over_budget", "hints_used",
            "rating", "coverage", "text_hash", "changed_since", "answer");

    private AttemptFields() {
    }

    public static Map<String, Object> json(AttemptRow a) {
        return json(a, false);
    }

    public static Map<String, Object> json(AttemptRow a, boolean changed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("session", a.sessionId());
        m.put("mode", a.mode());
        m.put("question", a.questionId());
        m.put("bank", a.bank());
        m.put("tags", a.tags());
        m.put("lang", a.lang().code());
        m.put("started_at", a.startedAt().toString());
        m.put("ended_at", a.endedAt().toString());
        m.put("time_seconds", Figures.seconds(a.taken()));
        m.put("budget_seconds", Figures.seconds(a.budget()));
        m.put("over_budget", a.overBudget());
        m.put("hints_used", a.hintsUsed());
        m.put("rating", a.ratingValue());
        m.put("coverage", a.coverage().isPresent() ? a.coverage().getAsInt() : null);
        m.put("points_covered", a.points().orElse(null));
        m.put("text_hash", a.textHash());
        m.put("changed_since", changed);
        m.put("answer", a.aloud() ? null : a.answer());
        // Only in a cohort's report: a learner's own history names nobody.
        if (!a.learner().isEmpty()) {
            m.put("learner", a.learner());
        }
        return m;
    }

    /** The CSV row: lists joined, and no per-point detail. */
    public static Map<String, Object> csv(AttemptRow a, boolean changed) {
        Map<String, Object> m = json(a, changed);
        m.remove("points_covered");
        m.put("tags", String.join(" ", a.tags()));
        return m;
    }
}
