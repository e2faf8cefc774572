package viva.report;

import viva.text.Messages;

import java.util.ArrayList;
import java.util.List;

/** The report as Markdown, for notes and issue trackers. Every user-written text goes through {@link Escape}. */
public final class MarkdownReport {
    private final Report report;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(Report report) {
        this.report = report;
    }

    public static String render(Report report) {
        return new MarkdownReport(report).write();
    }

    private String write() {
        line("# viva score report");
        line("");
        line(Escape.markdown(Figures.scope(report.scope(), report.zone(), Messages.ENGLISH)) + " · generated "
                + Figures.minute(report.generatedAt(), report.zone()) + " (" + Figures.zone(report.zone()) + ")");
        if (report.empty()) {
            line("");
            line("No attempts recorded in this scope yet.");
            return out.toString();
        }
        summary();
        learners();
        tags();
        questionList("Slowest questions", report.slowest());
        questionList("Weakest questions", report.weakest());
        questions();
        sessions();
        attempts();
        return out.toString();
    }

    private void summary() {
        Summary o = report.overall();
        Totals t = o.totals();
        heading("Summary");
        table(List.of("Figure", "Value"), "---|--:");
        row("Attempts", String.valueOf(t.attempts()));
        row("Sessions", String.valueOf(o.sessions()));
        row("Questions", String.valueOf(o.questions()));
        row("Practice time", Figures.clock(t.totalTaken()));
        row("Mean rating", Figures.rating(t.meanRating()) + " (1 again, 4 easy)");
        row("Mean key-point coverage", Figures.percent(t.meanCoverage()));
        row("Time vs budget", Figures.percent(t.timeRatio()));
        row("Over budget", Figures.percent(t.overBudgetShare()) + " (" + t.overBudget() + ")");
        row("First and last", o.first().map(f -> Figures.minute(f, report.zone())).orElse("") + " to "
                + o.last().map(l -> Figures.minute(l, report.zone())).orElse(""));
    }

    private void learners() {
        if (report.learners().isEmpty()) {
            return;
        }
        heading("Learners");
        table(List.of("Learner", "Attempts", "Mean rating", "Coverage", "Weakest tags"), "---|--:|--:|--:|---");
        for (LearnerRow l : report.learners()) {
            row(Escape.markdown(l.learner()), String.valueOf(l.attempts()), Figures.rating(l.meanRating()),
                    Figures.percent(l.meanCoverage()), Escape.markdown(String.join(", ", l.weakestTags())));
        }
    }

    private void tags() {
        heading("By tag, weakest first");
        table(List.of("Tag", "Attempts", "Mean rating", "Coverage", "Time vs budget", "Over budget", "Trend"),
                "---|--:|--:|--:|--:|--:|---");
        for (TagRow tag : report.tags()) {
            Totals t = tag.totals();
            row(Escape.markdown(tag.tag()), String.valueOf(t.attempts()), Figures.rating(t.meanRating()),
                    Figures.percent(t.meanCoverage()), Figures.percent(t.timeRatio()), Figures.percent(t.overBudgetShare()),
                    Trend.words(tag.trend()));
        }
    }

    private void questionList(String title, List<QuestionRow> rows) {
        heading(title);
        table(List.of("Question", "Mean rating", "Coverage", "Mean time", "Budget", "Time vs budget", "Attempts"),
                "---|--:|--:|--:|--:|--:|--:");
        for (QuestionRow r : rows) {
            Totals t = r.totals();
            row(questionName(r), Figures.rating(t.meanRating()), Figures.percent(t.meanCoverage()),
                    Figures.clock(t.meanTaken()), Figures.clock(r.lastBudget()), Figures.percent(t.timeRatio()),
                    String.valueOf(t.attempts()));
        }
    }

    private void questions() {
        heading("By question");
        table(List.of("Question", "Bank", "Tags", "Attempts", "Mean time", "Budget", "Over budget", "Mean rating",
                "Last rating", "Coverage", "Last attempt"), "---|---|---|--:|--:|--:|--:|--:|---|--:|---");
        for (QuestionRow r : report.questions()) {
            Totals t = r.totals();
            row(questionName(r), Escape.markdown(r.bank()), Escape.markdown(String.join(", ", r.tags())),
                    String.valueOf(t.attempts()), Figures.clock(t.meanTaken()), Figures.clock(r.lastBudget()),
                    String.valueOf(t.overBudget()), Figures.rating(t.meanRating()), r.lastRating().label(),
                    Figures.percent(t.meanCoverage()), Figures.minute(r.lastAt(), report.zone()));
        }
        if (report.questions().stream().anyMatch(QuestionRow::changed)) {
            line("");
            line("\\* the question's text has changed since it was last attempted; older scores were judged against the old text.");
        }
    }

    private void sessions() {
        List<SessionRow> shown = report.sessions();
        heading(shown.size() == report.sessionSource().count() ? "Sessions"
                : "Sessions (the last " + shown.size() + " of " + report.sessionSource().count() + ")");
        table(List.of("Session", "Started", "Mode", "Attempts", "Mean rating", "Coverage", "Time vs budget", "Over budget"),
                "--:|---|---|--:|--:|--:|--:|--:");
        for (SessionRow s : shown) {
            Totals t = s.totals();
            row(String.valueOf(s.sessionId()), Figures.minute(s.startedAt(), report.zone()), Escape.markdown(s.mode()),
                    String.valueOf(t.attempts()), Figures.rating(t.meanRating()), Figures.percent(t.meanCoverage()),
                    Figures.percent(t.timeRatio()), String.valueOf(t.overBudget()));
        }
    }

    private void attempts() {
        if (!report.attempts().included()) {
            return;
        }
        heading("Attempts");
        int[] n = {1};
        Unchecked.each(report.attempts(), a -> {
            line("");
            line("### " + n[0]++ + ". " + whose(a) + Escape.markdown(a.questionId()) + " · " + a.ratingLabel() + " · "
                    + (a.aloud() ? "answered aloud" : "coverage " + a.coverage().getAsInt() + "%") + " · "
                    + Figures.clock(a.taken()) + " of " + Figures.clock(a.budget()) + " · "
                    + Figures.minute(a.endedAt(), report.zone()));
            if (!a.aloud()) {
                String answer = Escape.block(a.answer());
                String fence = Escape.fence(answer);
                line("");
                line(fence + "text");
                line(answer);
                line(fence);
            }
        });
    }

    /** In a cohort's report, whose attempt it is. */
    private static String whose(AttemptRow a) {
        return a.learner().isEmpty() ? "" : Escape.markdown(a.learner()) + " · ";
    }

    private String questionName(QuestionRow r) {
        return Escape.markdown(r.questionId()) + (r.changed() ? " \\*" : "");
    }

    private void heading(String title) {
        line("");
        line("## " + title);
        line("");
    }

    private void table(List<String> header, String rule) {
        line("| " + String.join(" | ", header) + " |");
        line("|" + rule + "|");
    }

    private void row(String... cells) {
        List<String> all = new ArrayList<>(List.of(cells));
        line("| " + String.join(" | ", all) + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
