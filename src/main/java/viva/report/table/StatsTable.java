package viva.report.table;

import viva.report.CalendarGrid;
import viva.report.Charts;
import viva.report.Figures;
import viva.report.Report;
import viva.report.SessionRow;
import viva.report.Summary;
import viva.report.TagRow;
import viva.report.Totals;
import viva.report.Trend;
import viva.text.Columns;
import viva.text.Glyphs;
import viva.text.Span;
import viva.text.Style;
import viva.text.StyledLine;
import viva.text.Visible;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * {@code viva stats} as lines of styled text: the figures, per-tag bars and sparklines, a session trend
 * and a calendar of practice days, no line wider than {@code width} from 60 columns up.
 */
public final class StatsTable {
    private static final int TAG_COLUMNS = 22;
    private static final int TREND_SESSIONS = 20;
    /** The columns of a tag row that are neither the tag nor a bar: N, rating, coverage, time, over, trend. */
    private static final int ROW_FIGURES = 36 + Trend.TAG_SESSIONS;

    private final Glyphs glyphs;
    private final int width;
    private final List<StyledLine> out = new ArrayList<>();

    public StatsTable(Glyphs glyphs, int width) {
        this.glyphs = glyphs;
        this.width = width;
    }

    public List<StyledLine> render(Report report, LocalDate today) {
        Summary o = report.overall();
        Totals t = o.totals();
        out.add(new Runs().add("viva stats", Style.TITLE)
                .add(glyphs.separator() + Visible.of(Figures.scope(report.scope(), report.zone()))).line());
        if (report.empty()) {
            out.add(Runs.plain("No attempts recorded yet. Start with: viva drill -n 3"));
            return out;
        }
        fitted(plain(Figures.count(t.attempts(), "attempt", "attempts") + " in " + Figures.count(o.sessions(), "session", "sessions"),
                Figures.count(o.questions(), "question", "questions"), Figures.clock(t.totalTaken()) + " practised"));
        List<StyledLine> figures = new ArrayList<>(List.of(new Runs().add("mean rating ").add(rating(t.meanRating())).line()));
        figures.addAll(plain("coverage " + Figures.percent(t.meanCoverage()), "time vs budget " + Figures.percent(t.timeRatio()),
                "over budget " + Figures.percent(t.overBudgetShare())));
        fitted(figures);
        tags(report.tags());
        sessions(report.sessions());
        calendar(report, today);
        return out;
    }

    private void tags(List<TagRow> tags) {
        out.add(Runs.plain(""));
        out.add(Runs.of(Style.TITLE, "By tag, weakest first"));
        // A row is the tag, two bars and ROW_FIGURES columns of figures; on a narrow terminal the bars
        // shrink first, then long tags are cut, so that no row wraps from 60 columns up.
        int tagWidth = Math.min(TAG_COLUMNS, Math.max(3, tags.stream().mapToInt(x -> Columns.width(Visible.of(x.tag()))).max().orElse(3)));
        int bar = Math.max(2, Math.min(width >= 90 ? 10 : 6, (width - ROW_FIGURES - tagWidth) / 2));
        tagWidth = Math.max(Math.min(tagWidth, 8), Math.min(tagWidth, width - ROW_FIGURES - 2 * bar));
        out.add(Runs.plain(Columns.pad("TAG", tagWidth) + "  " + String.format(Locale.ROOT, "%5s", "N") + "  "
                + Columns.pad("RATING", 5 + bar) + "  " + Columns.pad("COVERAGE", 5 + bar) + "  " + " TIME  OVER  TREND"));
        for (TagRow tag : tags) {
            Totals t = tag.totals();
            double coverage = t.meanCoverage().orElse(0);
            out.add(new Runs().add(Columns.pad(Columns.cut(Visible.of(tag.tag()), tagWidth), tagWidth) + "  "
                            + String.format(Locale.ROOT, "%5d", t.attempts()) + "  ")
                    .add(rating(t.meanRating())).add(" ")
                    .add(Charts.bar((t.meanRating() - 1) / 3, bar, glyphs), Style.CHART)
                    .add("  " + String.format(Locale.ROOT, "%4s", Figures.percent(t.meanCoverage())) + " ")
                    .add(Charts.bar(t.meanCoverage().isPresent() ? coverage / 100 : 0, bar, glyphs), Style.CHART)
                    .add("  " + String.format(Locale.ROOT, "%5s", Figures.percent(t.timeRatio()))
                            + " " + String.format(Locale.ROOT, "%5s", Figures.percent(t.overBudgetShare()))
                            + "  " + Charts.spark(tag.trend(), 1, 4, glyphs)).line());
        }
        fitted(dim("RATING 1 again to 4 easy", "COVERAGE key points typed", "TIME vs budget"));
        fitted(dim("OVER share over budget", "TREND mean rating per session, the tag's last " + Trend.TAG_SESSIONS));
    }

    /** Parts joined by the separator, a line broken between two parts where the terminal is too narrow. */
    private void fitted(List<StyledLine> parts) {
        List<Span> line = new ArrayList<>();
        for (StyledLine part : parts) {
            if (!line.isEmpty() && Columns.width(new StyledLine(line).text() + glyphs.separator() + part.text()) > width) {
                out.add(new StyledLine(line));
                line = new ArrayList<>();
            }
            if (!line.isEmpty()) {
                // In the part's own style: a dim legend stays dim from end to end.
                line.add(new Span(glyphs.separator(), part.spans().isEmpty() ? Style.PLAIN : part.spans().get(0).style()));
            }
            line.addAll(part.spans());
        }
        out.add(new StyledLine(line));
    }

    private static List<StyledLine> plain(String... parts) {
        return Runs.plain(List.of(parts));
    }

    /** The legend under the tags, dim throughout, the separators too. */
    private static List<StyledLine> dim(String... parts) {
        return List.of(parts).stream().map(p -> Runs.of(Style.DIM, p)).toList();
    }

    private void sessions(List<SessionRow> sessions) {
        List<SessionRow> last = sessions.subList(Math.max(0, sessions.size() - TREND_SESSIONS), sessions.size());
        out.add(Runs.plain(""));
        out.add(Runs.of(Style.TITLE, "Trend over the last " + Figures.count(last.size(), "session", "sessions")));
        List<Double> ratings = last.stream().map(s -> s.totals().meanRating()).toList();
        List<Double> coverage = last.stream().map(s -> s.totals().meanCoverage()).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).toList();
        List<Double> over = last.stream().map(s -> s.totals().overBudgetShare() * 100).toList();
        out.add(trendLine("rating", Charts.spark(ratings, 1, 4, glyphs), ratings, Figures::rating));
        out.add(trendLine("coverage", Charts.spark(coverage, 0, 100, glyphs), coverage, v -> Math.round(v) + "%"));
        out.add(trendLine("over budget", Charts.spark(over, 0, 100, glyphs), over, v -> Math.round(v) + "%"));
    }

    private StyledLine trendLine(String label, String spark, List<Double> values, DoubleFunction<String> format) {
        String range = values.isEmpty() ? "n/a" : format.apply(values.get(0)) + " " + glyphs.arrow() + " "
                + format.apply(values.get(values.size() - 1));
        return Runs.plain("  " + Columns.pad(label, 12) + Columns.pad(spark, TREND_SESSIONS) + "  " + range);
    }

    private void calendar(Report report, LocalDate today) {
        int weeks = Math.max(8, Math.min(53, (width - 6) / 2));
        CalendarGrid grid = CalendarGrid.of(report.days(), today, weeks);
        out.add(Runs.plain(""));
        out.add(Runs.of(Style.TITLE, "Practice days, the last " + weeks + " weeks: " + Figures.count(grid.practiceDays(), "day", "days")));
        out.add(Runs.plain("     " + months(grid)));
        String[] names = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int d = 0; d < 7; d++) {
            Runs row = new Runs().add(Columns.pad(names[d], 5));
            for (List<CalendarGrid.Day> week : grid.weeks()) {
                CalendarGrid.Day day = week.get(d);
                row.add(day.inRange() ? heat(day.level()) : Span.plain(" ")).add(" ");
            }
            out.add(row.line().stripTrailing());
        }
        Runs legend = new Runs().add("     less ");
        for (int level = 0; level < CalendarGrid.LEVELS; level++) {
            legend.add(heat(level)).add(" ");
        }
        out.add(legend.add("more").line());
    }

    private Span heat(int level) {
        return new Span(glyphs.heat().get(level), level == 0 ? Style.DIM : Style.GOOD);
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

    /** Red under 2, yellow under 3, green from 3. */
    private static Span rating(double mean) {
        String text = Figures.rating(mean);
        if (mean < 2) {
            return new Span(text, Style.BAD);
        }
        return new Span(text, mean < 3 ? Style.WARN : Style.GOOD);
    }
}
