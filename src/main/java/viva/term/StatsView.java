package viva.term;

import viva.report.Ansi;
import viva.report.CalendarGrid;
import viva.report.Charts;
import viva.report.Figures;
import viva.report.Report;
import viva.report.Reports;
import viva.report.Symbols;
import viva.report.Trend;

import viva.store.Overall;
import viva.store.SessionTally;
import viva.store.TagTally;
import viva.store.Tally;
import viva.text.Visible;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code viva stats} as terminal text: the figures, per-tag bars and sparklines, a session trend and a
 * calendar of practice days. Plain strings; escape codes only when {@code ansi} is on.
 */
public final class StatsView {
    private static final int TAG_COLUMNS = 22;
    private static final int TREND_SESSIONS = 20;
    /** The columns of a tag row that are neither the tag nor a bar: N, rating, coverage, time, over, trend. */
    private static final int ROW_FIGURES = 36 + Reports.TREND_SESSIONS;

    private final Symbols symbols;
    private final Ansi ansi;
    private final int width;
    private final List<String> out = new ArrayList<>();

    public StatsView(Symbols symbols, Ansi ansi, int width) {
        this.symbols = symbols;
        this.ansi = ansi;
        this.width = width;
    }

    public List<String> render(Report report, LocalDate today) {
        Overall o = report.overall();
        Tally t = o.tally();
        out.add(ansi.bold("viva stats") + symbols.separator() + Visible.of(Figures.scope(report.scope(), report.zone())));
        if (report.empty()) {
            out.add("No attempts recorded yet. Start with: viva drill -n 3");
            return out;
        }
        fitted(List.of(Figures.count(t.attempts(), "attempt", "attempts") + " in " + Figures.count(o.sessions(), "session", "sessions"),
                Figures.count(o.questions(), "question", "questions"), Figures.clock(t.totalTaken()) + " practised"), false);
        fitted(List.of("mean rating " + rating(t.meanRating()), "coverage " + Figures.percent(t.meanCoverage()),
                "time vs budget " + Figures.percent(t.timeRatio()), "over budget " + Figures.percent(t.overBudgetShare())), false);
        tags(report.tags());
        sessions(report.sessions());
        calendar(report, today);
        return out;
    }

    private void tags(List<TagTally> tags) {
        out.add("");
        out.add(ansi.bold("By tag, weakest first"));
        // A row is the tag, two bars and ROW_FIGURES columns of figures; on a narrow terminal the bars
        // shrink first, then long tags are cut, so that no row wraps from 60 columns up.
        int tagWidth = Math.min(TAG_COLUMNS, Math.max(3, tags.stream().mapToInt(x -> Columns.width(Visible.of(x.tag()))).max().orElse(3)));
        int bar = Math.max(2, Math.min(width >= 90 ? 10 : 6, (width - ROW_FIGURES - tagWidth) / 2));
        tagWidth = Math.max(Math.min(tagWidth, 8), Math.min(tagWidth, width - ROW_FIGURES - 2 * bar));
        out.add(Columns.pad("TAG", tagWidth) + "  " + String.format(Locale.ROOT, "%5s", "N") + "  "
                + Columns.pad("RATING", 5 + bar) + "  " + Columns.pad("COVERAGE", 5 + bar) + "  " + " TIME  OVER  TREND");
        for (TagTally tag : tags) {
            Tally t = tag.tally();
            double coverage = t.meanCoverage().orElse(0);
            out.add(Columns.pad(Columns.cut(Visible.of(tag.tag()), tagWidth), tagWidth) + "  " + String.format(Locale.ROOT, "%5d", t.attempts())
                    + "  " + rating(t.meanRating()) + " " + ansi.cyan(Charts.bar((t.meanRating() - 1) / 3, bar, symbols))
                    + "  " + String.format(Locale.ROOT, "%4s", Figures.percent(t.meanCoverage())) + " "
                    + ansi.cyan(Charts.bar(t.meanCoverage().isPresent() ? coverage / 100 : 0, bar, symbols))
                    + "  " + String.format(Locale.ROOT, "%5s", Figures.percent(t.timeRatio()))
                    + " " + String.format(Locale.ROOT, "%5s", Figures.percent(t.overBudgetShare()))
                    + "  " + Charts.spark(tag.trend(), 1, 4, symbols));
        }
        fitted(List.of("RATING 1 again to 4 easy", "COVERAGE key points typed", "TIME vs budget"), true);
        fitted(List.of("OVER share over budget", "TREND mean rating per session, the tag's last " + Reports.TREND_SESSIONS), true);
    }

    /** Parts joined by the separator, a line broken between two parts where the terminal is too narrow. */
    private void fitted(List<String> parts, boolean dim) {
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && Columns.width(Ansi.strip(line + symbols.separator() + part)) > width) {
                out.add(dim ? ansi.dim(line.toString()) : line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? symbols.separator() : "").append(part);
        }
        out.add(dim ? ansi.dim(line.toString()) : line.toString());
    }

    private void sessions(List<SessionTally> sessions) {
        List<SessionTally> last = sessions.subList(Math.max(0, sessions.size() - TREND_SESSIONS), sessions.size());
        out.add("");
        out.add(ansi.bold("Trend over the last " + Figures.count(last.size(), "session", "sessions")));
        List<Double> ratings = last.stream().map(s -> s.tally().meanRating()).toList();
        List<Double> coverage = last.stream().map(s -> s.tally().meanCoverage()).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).toList();
        List<Double> over = last.stream().map(s -> s.tally().overBudgetShare() * 100).toList();
        out.add(trendLine("rating", Charts.spark(ratings, 1, 4, symbols), ratings, Figures::rating));
        out.add(trendLine("coverage", Charts.spark(coverage, 0, 100, symbols), coverage, v -> Math.round(v) + "%"));
        out.add(trendLine("over budget", Charts.spark(over, 0, 100, symbols), over, v -> Math.round(v) + "%"));
    }

    private String trendLine(String label, String spark, List<Double> values,
                             java.util.function.DoubleFunction<String> format) {
        String range = values.isEmpty() ? "n/a" : format.apply(values.get(0)) + " " + symbols.arrow() + " "
                + format.apply(values.get(values.size() - 1));
        return "  " + Columns.pad(label, 12) + Columns.pad(spark, TREND_SESSIONS) + "  " + range;
    }

    private void calendar(Report report, LocalDate today) {
        int weeks = Math.max(8, Math.min(53, (width - 6) / 2));
        CalendarGrid grid = CalendarGrid.of(report.days(), today, weeks);
        out.add("");
        out.add(ansi.bold("Practice days, the last " + weeks + " weeks: " + Figures.count(grid.practiceDays(), "day", "days")));
        out.add("     " + months(grid));
        String[] names = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int d = 0; d < 7; d++) {
            StringBuilder row = new StringBuilder(Columns.pad(names[d], 5));
            for (List<CalendarGrid.Day> week : grid.weeks()) {
                CalendarGrid.Day day = week.get(d);
                row.append(day.inRange() ? heat(day.level()) : " ").append(' ');
            }
            out.add(row.toString().stripTrailing());
        }
        StringBuilder legend = new StringBuilder("     less ");
        for (int level = 0; level < CalendarGrid.LEVELS; level++) {
            legend.append(heat(level)).append(' ');
        }
        out.add(legend.append("more").toString());
    }

    private String heat(int level) {
        String mark = symbols.heat().get(level);
        return level == 0 ? ansi.dim(mark) : ansi.green(mark);
    }

    /** Month names over the week in which each month starts, where there is room for them. */
    private static String months(CalendarGrid grid) {
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < grid.weeks().size(); w++) {
            LocalDate monday = grid.weeks().get(w).get(0).date();
            int column = 2 * w;
            if (monday.getDayOfMonth() <= 7 && line.length() <= column) {
                line.append(" ".repeat(column - line.length()));
                line.append(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            }
        }
        return line.toString();
    }

    private String rating(double mean) {
        String text = Figures.rating(mean);
        if (mean < 2) {
            return ansi.red(text);
        }
        return mean < 3 ? ansi.yellow(text) : ansi.green(text);
    }
}
