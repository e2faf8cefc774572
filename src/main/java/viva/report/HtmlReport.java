package viva.report;

import viva.text.Messages;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched (the
 * content security policy says so to the browser too). Every user-written text goes through {@link Escape}.
 */
public final class HtmlReport {
    private final Report report;
    private final StringBuilder out = new StringBuilder();

    private HtmlReport(Report report) {
        this.report = report;
    }

    public static String render(Report report) {
        return new HtmlReport(report).write();
    }

    private String write() {
        out.append(Css.HEAD);
        line("<header><h1>viva score report</h1>");
        line("<p class=\"meta\">" + esc(Figures.scope(report.scope(), report.zone(), Messages.ENGLISH)) + " · generated "
                + esc(Figures.minute(report.generatedAt(), report.zone())) + " (" + esc(Figures.zone(report.zone())) + ")</p></header>");
        if (report.empty()) {
            line("<p>No attempts recorded in this scope yet.</p>");
        } else {
            summary();
            learners();
            tags();
            trend();
            calendar();
            line("<div class=\"pair\">");
            questionList("Slowest questions", "time against budget, highest first", report.slowest());
            questionList("Weakest questions", "lowest mean rating, then lowest coverage", report.weakest());
            line("</div>");
            questions();
            sessions();
            attempts();
        }
        line("<footer>Made by viva. Ratings: 1 again, 2 hard, 3 good, 4 easy. Coverage counts typed answers only.</footer>");
        line("</body></html>");
        return out.toString();
    }

    private void summary() {
        Summary o = report.overall();
        Totals t = o.totals();
        line("<section><h2>Summary</h2><div class=\"tiles\">");
        tile(String.valueOf(t.attempts()), "attempts");
        tile(String.valueOf(o.sessions()), "sessions");
        tile(String.valueOf(o.questions()), "questions");
        tile(Figures.clock(t.totalTaken()), "practice time");
        tile(Figures.rating(t.meanRating()), "mean rating (1-4)");
        tile(Figures.percent(t.meanCoverage()), "key-point coverage");
        tile(Figures.percent(t.timeRatio()), "time vs budget");
        tile(Figures.percent(t.overBudgetShare()), "over budget");
        line("</div></section>");
    }

    private void tile(String value, String label) {
        line("<div class=\"tile\"><div class=\"num\">" + esc(value) + "</div><div class=\"lbl\">" + esc(label) + "</div></div>");
    }

    private void learners() {
        if (report.learners().isEmpty()) {
            return;
        }
        line("<section><h2>Learners</h2><p class=\"note\">each learner of the cohort, as the server shows them; weakest tags by mean rating</p>");
        line("<div class=\"scroll\"><table><thead><tr><th>Learner</th><th class=\"n\">Attempts</th><th class=\"n\">Mean rating</th>"
                + "<th class=\"n\">Coverage</th><th>Weakest tags</th></tr></thead><tbody>");
        for (LearnerRow l : report.learners()) {
            line("<tr>" + whole(l.learner()) + num(l.attempts()) + num(Figures.rating(l.meanRating()))
                    + num(Figures.percent(l.meanCoverage())) + "<td>" + tagList(l.weakestTags()) + "</td></tr>");
        }
        line("</tbody></table></div></section>");
    }

    private void tags() {
        line("<section><h2>By tag, weakest first</h2>");
        line(Svg.tagBars(report.tags()));
        line("<div class=\"scroll\"><table><thead><tr><th>Tag</th><th class=\"n\">Attempts</th><th class=\"n\">Mean rating</th>"
                + "<th class=\"n\">Coverage</th><th class=\"n\">Time vs budget</th><th class=\"n\">Over budget</th><th>Trend</th></tr></thead><tbody>");
        for (TagRow tag : report.tags()) {
            Totals t = tag.totals();
            line("<tr>" + whole(tag.tag()) + num(t.attempts()) + num(Figures.rating(t.meanRating()))
                    + num(Figures.percent(t.meanCoverage())) + num(Figures.percent(t.timeRatio()))
                    + num(Figures.percent(t.overBudgetShare())) + "<td>" + esc(Trend.words(tag.trend())) + "</td></tr>");
        }
        line("</tbody></table></div></section>");
    }

    private void trend() {
        List<SessionRow> shown = report.sessions();
        line("<section><h2>Trend by session</h2>");
        line("<p class=\"note\">Mean rating (solid) and key-point coverage (dashed) per session"
                + (shown.size() < report.sessionSource().count() ? ", the last " + shown.size() + " of " + report.sessionSource().count() : "")
                + ".</p>");
        line(Svg.trend(shown));
        line("</section>");
    }

    private void calendar() {
        LocalDate end = LocalDate.ofInstant(report.overall().last().orElse(report.generatedAt()), report.zone());
        CalendarGrid grid = CalendarGrid.of(report.days(), end, 53);
        line("<section><h2>Practice days</h2>");
        line("<p class=\"note\">" + esc(Figures.count(grid.practiceDays(), "day", "days")) + " with practice in the year to "
                + "<span class=\"w\">" + end + "</span>.</p>");
        line(Svg.calendar(grid));
        line("</section>");
    }

    private void questionList(String title, String note, List<QuestionRow> rows) {
        line("<section><h2>" + esc(title) + "</h2><p class=\"note\">" + esc(note) + "</p>");
        line("<div class=\"scroll\"><table><thead><tr><th>Question</th><th class=\"n\">Mean rating</th><th class=\"n\">Coverage</th>"
                + "<th class=\"n\">Mean time</th><th class=\"n\">Budget</th><th class=\"n\">Time vs budget</th></tr></thead><tbody>");
        for (QuestionRow r : rows) {
            Totals t = r.totals();
            line("<tr>" + questionName(r) + num(Figures.rating(t.meanRating())) + num(Figures.percent(t.meanCoverage()))
                    + num(Figures.clock(t.meanTaken())) + num(Figures.clock(r.lastBudget()))
                    + num(Figures.percent(t.timeRatio())) + "</tr>");
        }
        line("</tbody></table></div></section>");
    }

    private void questions() {
        line("<section><h2>By question</h2>");
        // Bank and tags sit under the id rather than in columns of their own: three columns of unbreakable
        // names made the table wider than the page with the built-in banks' long ids.
        line("<div class=\"scroll\"><table><thead><tr><th>Question<div class=\"sub\">bank · tags</div></th><th class=\"n\">Attempts</th>"
                + "<th class=\"n\">Mean time</th><th class=\"n\">Budget</th><th class=\"n\">Over budget</th>"
                + "<th class=\"n\">Mean rating</th><th>Last rating</th><th class=\"n\">Coverage</th><th>Last attempt</th></tr></thead><tbody>");
        for (QuestionRow r : report.questions()) {
            Totals t = r.totals();
            line("<tr><td><span class=\"w\">" + questionId(r) + "</span><div class=\"sub\"><span class=\"w\">" + esc(r.bank())
                    + "</span>" + (r.tags().isEmpty() ? "" : " · " + tagList(r.tags())) + "</div></td>" + num(t.attempts()) + num(Figures.clock(t.meanTaken()))
                    + num(Figures.clock(r.lastBudget())) + num(t.overBudget()) + num(Figures.rating(t.meanRating()))
                    + "<td>" + esc(r.lastRating().label()) + "</td>" + num(Figures.percent(t.meanCoverage()))
                    + whole(Figures.minute(r.lastAt(), report.zone())) + "</tr>");
        }
        line("</tbody></table></div>");
        if (report.questions().stream().anyMatch(QuestionRow::changed)) {
            line("<p class=\"note\">* the question's text has changed since it was last attempted; older scores were judged against the old text.</p>");
        }
        line("</section>");
    }

    private void sessions() {
        List<SessionRow> shown = report.sessions();
        line("<section><h2>Sessions" + (shown.size() < report.sessionSource().count()
                ? " (the last " + shown.size() + " of " + report.sessionSource().count() + ")" : "") + "</h2>");
        line("<div class=\"scroll\"><table><thead><tr><th class=\"n\">Session</th><th>Started</th><th>Mode</th><th class=\"n\">Attempts</th>"
                + "<th class=\"n\">Mean rating</th><th class=\"n\">Coverage</th><th class=\"n\">Time vs budget</th>"
                + "<th class=\"n\">Over budget</th></tr></thead><tbody>");
        for (SessionRow s : shown) {
            Totals t = s.totals();
            line("<tr>" + num(s.sessionId()) + whole(Figures.minute(s.startedAt(), report.zone())) + whole(s.mode()) + num(t.attempts()) + num(Figures.rating(t.meanRating()))
                    + num(Figures.percent(t.meanCoverage())) + num(Figures.percent(t.timeRatio())) + num(t.overBudget()) + "</tr>");
        }
        line("</tbody></table></div></section>");
    }

    private void attempts() {
        if (!report.attempts().included()) {
            return;
        }
        line("<section><h2>Attempts</h2>");
        Unchecked.each(report.attempts(), a -> {
            line("<article class=\"attempt\"><h3>" + (a.learner().isEmpty() ? "" : esc(a.learner()) + " · ") + esc(a.questionId())
                    + " <span class=\"meta\">" + esc(a.ratingLabel())
                    + " · " + esc(a.aloud() ? "answered aloud" : "coverage " + a.coverage().getAsInt() + "%") + " · "
                    + esc(Figures.clock(a.taken()) + " of " + Figures.clock(a.budget())) + " · "
                    + esc(Figures.minute(a.endedAt(), report.zone())) + "</span></h3>");
            if (!a.aloud()) {
                line("<pre>" + esc(a.answer()) + "</pre>");
            }
            line("</article>");
        });
        line("</section>");
    }

    private static String questionName(QuestionRow r) {
        return "<td class=\"w\">" + questionId(r) + "</td>";
    }

    private static String questionId(QuestionRow r) {
        return esc(r.questionId()) + (r.changed() ? " <span title=\"text changed since\">*</span>" : "");
    }

    /** A cell that never wraps: an id, a file name or a date is one word to its reader, hyphens and slashes included. */
    private static String whole(String text) {
        return "<td class=\"w\">" + esc(text) + "</td>";
    }

    /** Tags may wrap between one another, never inside one. */
    private static String tagList(List<String> tags) {
        return tags.stream().map(t -> "<span class=\"w\">" + esc(t) + "</span>").collect(Collectors.joining(", "));
    }

    private static String num(Object value) {
        return "<td class=\"n\">" + esc(String.valueOf(value)) + "</td>";
    }

    private static String esc(String text) {
        return Escape.html(text);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
