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
import viva.text.Messages;
import viva.text.Span;
import viva.text.Style;
import viva.text.StyledLine;
import viva.text.Visible;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.stream.Stream;

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
    private final Messages words;
    private final List<StyledLine> out = new ArrayList<>();

    /** @param words the language of the headings and figures' names */
    public StatsTable(Glyphs glyphs, int width, Messages words) {
        this.glyphs = glyphs;
        this.width = width;
        this.words = words;
    }

    public List<StyledLine> render(Report report, LocalDate today) {
        Summary o = report.overall();
        Totals t = o.totals();
        fitted(List.of(Runs.of(Style.TITLE, words.get("stats.title")), Runs.plain(Visible.of(Figures.scope(report.scope(), report.zone(), words)))));
        if (report.empty()) {
            out.add(Runs.plain(words.get("stats.none")));
            return out;
        }
        fitted(plain(words.get("stats.in", words.count("stats.attempts", t.attempts()), words.count("stats.sessions", o.sessions())),
                words.count("stats.questions", o.questions()), words.get("stats.practised", Figures.clock(t.totalTaken()))));
        List<StyledLine> figures = new ArrayList<>(List.of(new Runs().add(words.get("stats.mean.rating")).add(rating(t.meanRating())).line()));
        figures.addAll(plain(words.get("stats.coverage", Figures.percent(t.meanCoverage())),
                words.get("stats.time.ratio", Figures.percent(t.timeRatio())), words.get("stats.over", Figures.percent(t.overBudgetShare()))));
        fitted(figures);
        tags(report.tags());
        sessions(report.sessions());
        calendar(report, today);
        return out;
    }

    private void tags(List<TagRow> tags) {
        out.add(Runs.plain(""));
        out.add(Runs.of(Style.TITLE, words.get("stats.by.tag")));
        // A row is the tag, two bars and ROW_FIGURES columns of figures; on a narrow terminal the bars
        // shrink first, then long tags are cut; narrower still, the bars go, then the trend, the share over
        // budget and the time, so that no row wraps.
        int tagWidth = Math.min(TAG_COLUMNS, Math.max(Columns.width(words.get("stats.tag")), tags.stream().mapToInt(x -> Columns.width(Visible.of(x.tag()))).max().orElse(3)));
        int bar = Math.max(2, Math.min(width >= 90 ? 10 : 6, (width - ROW_FIGURES - tagWidth) / 2));
        tagWidth = Math.max(Math.min(tagWidth, 8), Math.min(tagWidth, width - ROW_FIGURES - 2 * bar));
        int cut = tagWidth;
        TagColumns shown = Stream.of(new TagColumns(cut, bar, 3), new TagColumns(cut, 0, 3), new TagColumns(cut, 0, 2),
                new TagColumns(cut, 0, 1), new TagColumns(cut, 0, 0)).filter(c -> c.width() <= width).findFirst()
                .orElse(new TagColumns(cut, 0, 0));
        out.add(Runs.plain(shown.header(words)));
        for (TagRow tag : tags) {
            out.add(shown.row(tag, glyphs));
        }
        List<String> legend = new ArrayList<>(List.of(words.get("stats.legend.rating"), words.get("stats.legend.coverage")));
        List<String> more = List.of(words.get("stats.legend.time"), words.get("stats.legend.over"),
                words.get("stats.legend.trend", Trend.TAG_SESSIONS));
        legend.addAll(more.subList(0, shown.figures()));
        // Two lines as at 80 columns, each broken further where the terminal is narrower.
        fitted(dim(legend.subList(0, Math.min(3, legend.size()))));
        if (legend.size() > 3) {
            fitted(dim(legend.subList(3, legend.size())));
        }
    }

    /**
     * The columns of the tag rows: the tag cut to {@code tagWidth}, bars {@code bar} wide (none at 0), and the
     * first {@code figures} of time, over budget and trend.
     */
    private record TagColumns(int tagWidth, int bar, int figures) {
        int ratingWidth() {
            return bar == 0 ? 6 : 5 + bar;
        }

        int coverageWidth() {
            return Math.max(8, 5 + bar);
        }

        int width() {
            return tagWidth + 2 + 5 + 2 + ratingWidth() + 2 + coverageWidth() + (figures >= 1 ? 7 : 0) + (figures >= 2 ? 6 : 0)
                    + (figures >= 3 ? 2 + Trend.TAG_SESSIONS : 0);
        }

        /** Each heading over its column: the figures' right-aligned as they are, the tag and the trend left. */
        String header(Messages words) {
            StringBuilder head = new StringBuilder(Columns.pad(words.get("stats.tag"), tagWidth)).append("  ")
                    .append(Columns.padLeft(words.get("stats.n"), 5)).append("  ")
                    .append(Columns.pad(words.get("stats.rating"), ratingWidth())).append("  ")
                    .append(Columns.pad(words.get("stats.cover"), coverageWidth()));
            if (figures >= 1) {
                head.append("  ").append(Columns.padLeft(words.get("stats.time"), 5));
            }
            if (figures >= 2) {
                head.append(" ").append(Columns.padLeft(words.get("stats.overshare"), 5));
            }
            if (figures >= 3) {
                head.append("  ").append(words.get("stats.trend"));
            }
            return head.toString().stripTrailing();
        }

        StyledLine row(TagRow tag, Glyphs glyphs) {
            Totals t = tag.totals();
            double coverage = t.meanCoverage().orElse(0);
            Runs row = new Runs().add(Columns.pad(Columns.cut(Visible.of(tag.tag()), tagWidth), tagWidth) + "  "
                    + String.format(Locale.ROOT, "%5d", t.attempts()) + "  ").add(rating(t.meanRating()));
            String percent = String.format(Locale.ROOT, "%4s", Figures.percent(t.meanCoverage()));
            if (bar > 0) {
                row.add(" ").add(Charts.bar((t.meanRating() - 1) / 3, bar, glyphs), Style.CHART)
                        .add(" ".repeat(coverageWidth() - 5 - bar) + "  " + percent + " ")
                        .add(Charts.bar(t.meanCoverage().isPresent() ? coverage / 100 : 0, bar, glyphs), Style.CHART);
            } else {
                row.add(" ".repeat(ratingWidth() - 4) + "  " + Columns.pad(percent, coverageWidth()));
            }
            if (figures >= 1) {
                row.add("  " + String.format(Locale.ROOT, "%5s", Figures.percent(t.timeRatio())));
            }
            if (figures >= 2) {
                row.add(" " + String.format(Locale.ROOT, "%5s", Figures.percent(t.overBudgetShare())));
            }
            if (figures >= 3) {
                row.add("  " + Charts.spark(tag.trend(), 1, 4, glyphs));
            }
            return row.line().stripTrailing();
        }
    }

    /** Parts joined by the separator, a line broken between two parts where the terminal is too narrow. */
    private void fitted(List<StyledLine> parts) {
        List<Span> line = new ArrayList<>();
        for (StyledLine whole : parts) {
            List<StyledLine> pieces = pieces(whole);
            StyledLine part = pieces.get(pieces.size() - 1);
            if (!line.isEmpty() && (pieces.size() > 1
                    || Columns.width(new StyledLine(line).text() + glyphs.separator() + part.text()) > width)) {
                out.add(new StyledLine(line));
                line = new ArrayList<>();
            }
            // A part too wide for a line of its own takes whole lines; the next part may follow its last.
            out.addAll(pieces.subList(0, pieces.size() - 1));
            if (!line.isEmpty()) {
                // In the part's own style: a dim legend stays dim from end to end.
                line.add(new Span(glyphs.separator(), part.spans().isEmpty() ? Style.PLAIN : part.spans().get(0).style()));
            }
            line.addAll(part.spans());
        }
        out.add(new StyledLine(line));
    }

    /** A part as it is, or broken between words, in its first run's style, where it is wider than a line. */
    private List<StyledLine> pieces(StyledLine part) {
        if (width == Columns.UNLIMITED || Columns.width(part.text()) <= width || part.spans().isEmpty()) {
            return List.of(part);
        }
        Style style = part.spans().get(0).style();
        return Columns.wrap(part.text(), width).stream().map(l -> Runs.of(style, l)).toList();
    }

    private static List<StyledLine> plain(String... parts) {
        return Runs.plain(List.of(parts));
    }

    /** The legend under the tags, dim throughout, the separators too. */
    private static List<StyledLine> dim(List<String> parts) {
        return parts.stream().map(p -> Runs.of(Style.DIM, p)).toList();
    }

    private void sessions(List<SessionRow> sessions) {
        List<SessionRow> last = sessions.subList(Math.max(0, sessions.size() - trendSessions()), sessions.size());
        out.add(Runs.plain(""));
        out.add(Runs.of(Style.TITLE, words.count("stats.trend.title", last.size())));
        List<Double> ratings = last.stream().map(s -> s.totals().meanRating()).toList();
        List<Double> coverage = last.stream().map(s -> s.totals().meanCoverage()).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).toList();
        List<Double> over = last.stream().map(s -> s.totals().overBudgetShare() * 100).toList();
        out.add(trendLine(words.get("stats.trend.rating"), Charts.spark(ratings, 1, 4, glyphs), ratings, Figures::rating));
        out.add(trendLine(words.get("stats.trend.coverage"), Charts.spark(coverage, 0, 100, glyphs), coverage, v -> Math.round(v) + "%"));
        out.add(trendLine(words.get("stats.trend.over"), Charts.spark(over, 0, 100, glyphs), over, v -> Math.round(v) + "%"));
    }

    private StyledLine trendLine(String label, String spark, List<Double> values, DoubleFunction<String> format) {
        String range = values.isEmpty() ? words.get("na") : format.apply(values.get(0)) + " " + glyphs.arrow() + " "
                + format.apply(values.get(values.size() - 1));
        return Runs.plain("  " + Columns.pad(label, 12) + Columns.pad(spark, trendSessions()) + "  " + range);
    }

    /** Fewer sessions on a narrow terminal: the label, the sparkline and a range such as "2.00 → 3.50" fit. */
    private int trendSessions() {
        return Math.max(5, Math.min(TREND_SESSIONS, width - 2 - 12 - 2 - 12));
    }

    private void calendar(Report report, LocalDate today) {
        int weeks = Math.max(8, Math.min(53, (width - 6) / 2));
        CalendarGrid grid = CalendarGrid.of(report.days(), today, weeks);
        out.add(Runs.plain(""));
        out.add(Runs.of(Style.TITLE, words.get("stats.days", weeks, words.count("stats.days.count", grid.practiceDays()))));
        out.add(Runs.plain("     " + months(grid, words.get("stats.months").split(" "))));
        String[] names = words.get("stats.weekdays").split(",", -1);
        for (int d = 0; d < 7; d++) {
            Runs row = new Runs().add(Columns.pad(names[d], 5));
            for (List<CalendarGrid.Day> week : grid.weeks()) {
                CalendarGrid.Day day = week.get(d);
                row.add(day.inRange() ? heat(day.level()) : Span.plain(" ")).add(" ");
            }
            out.add(row.line().stripTrailing());
        }
        Runs legend = new Runs().add("     " + words.get("stats.less") + " ");
        for (int level = 0; level < CalendarGrid.LEVELS; level++) {
            legend.add(heat(level)).add(" ");
        }
        out.add(legend.add(words.get("stats.more")).line());
    }

    private Span heat(int level) {
        return new Span(glyphs.heat().get(level), level == 0 ? Style.DIM : Style.GOOD);
    }

    /** Month names over the week in which each month starts, where there is room for them. */
    private static String months(CalendarGrid grid, String[] names) {
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < grid.weeks().size(); w++) {
            LocalDate monday = grid.weeks().get(w).get(0).date();
            int column = 2 * w;
            // Measured in columns: a Chinese month name is wider than its characters.
            int at = Columns.width(line.toString());
            if (monday.getDayOfMonth() <= 7 && at <= column) {
                line.append(" ".repeat(column - at)).append(names[monday.getMonthValue() - 1]);
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
