package viva.report.table;

import viva.report.AttemptRow;
import viva.report.Figures;
import viva.report.TextChanges;
import viva.report.table.Grid.Column;
import viva.text.Columns;
import viva.text.Messages;
import viva.text.StyledLine;
import viva.text.Visible;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code viva history} as a table, newest first, with the typed answers under their rows when asked,
 * wrapped to {@code width}. Ids are never cut: as the terminal narrows, the hints go first, then the
 * session, the language, the year, the time against the budget and the coverage; where even the time and
 * the rating do not fit beside the id, each id gets a line of its own above its figures.
 */
public final class HistoryTable {
    private final ZoneId zone;
    private final int width;
    private final TextChanges texts;
    private final Messages words;
    // The headings name the columns a narrow terminal gives up, in the table's language.
    private final String question;
    private final String when;
    private final String time;

    /** @param words the headings' language */
    public HistoryTable(ZoneId zone, int width, TextChanges texts, Messages words) {
        this.zone = zone;
        this.width = width;
        this.texts = texts;
        this.words = words;
        this.question = heading("question");
        this.when = heading("when");
        this.time = heading("time");
    }

    private String heading(String name) {
        return words.get("table.history." + name);
    }

    public List<StyledLine> render(List<AttemptRow> attempts, boolean answers) {
        return Runs.plain(lines(attempts, answers));
    }

    private List<String> lines(List<AttemptRow> attempts, boolean answers) {
        List<String> out = new ArrayList<>();
        if (attempts.isEmpty()) {
            out.add(heading("none"));
            return out;
        }
        List<Boolean> changed = attempts.stream().map(texts::changed).toList();
        // The last column stays empty: a row that fills the terminal exactly wraps on some of them.
        int room = width == Columns.UNLIMITED ? Columns.UNLIMITED : width - 1;
        List<List<Column>> layouts = layouts(attempts, changed);
        List<Column> columns = Grid.first(layouts, room);
        Column ids = columns.stream().filter(c -> c.header().equals(question)).findFirst().orElseThrow();
        boolean stacked = Grid.width(columns) > room;
        if (stacked) {
            columns = Grid.first(layouts.stream().map(l -> Grid.without(l, question)).toList(), room - 2);
            out.add(question);
        }
        out.add(indent(stacked) + Grid.line(columns, -1));
        for (int i = 0; i < attempts.size(); i++) {
            if (stacked) {
                out.add(ids.cells().get(i));
            }
            out.add(indent(stacked) + Grid.line(columns, i));
            if (answers) {
                out.addAll(answer(attempts.get(i)));
            }
        }
        boolean timeShown = columns.stream().anyMatch(c -> c.header().equals(time));
        List<String> legend = new ArrayList<>(List.of(words.count("table.history.shown", attempts.size())));
        if (timeShown) {
            legend.add(heading("over"));
        }
        if (changed.contains(true)) {
            legend.add(heading("changed"));
        }
        out.addAll(Columns.fit(String.join(words.get("separator"), legend), width));
        return out;
    }

    private static String indent(boolean stacked) {
        return stacked ? "  " : "";
    }

    /** Every column, then one less at each step, in the order they are given up. */
    private List<List<Column>> layouts(List<AttemptRow> attempts, List<Boolean> changed) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            ids.add(id(attempts.get(i)) + (changed.get(i) ? " *" : ""));
        }
        // A pipe keeps room for a mark on every id, as it always has; a terminal gives the column only what its cells take.
        int idWidth = width != Columns.UNLIMITED ? 0 : Math.max(8, attempts.stream().mapToInt(a -> Columns.width(id(a)) + 2).max().orElse(8));
        List<Column> all = List.of(
                Column.left(when, cells(attempts, a -> Figures.minute(a.endedAt(), zone)), 16),
                Column.left(question, ids, idWidth),
                Column.left(heading("lang"), cells(attempts, a -> a.lang().code()), 4),
                Column.left(time, cells(attempts, a -> Figures.clock(a.taken()) + " / " + Figures.clock(a.budget())
                        + (a.overBudget() ? " !" : "")), 15),
                Column.right(heading("hints"), cells(attempts, a -> Integer.toString(a.hintsUsed())), 5),
                Column.left(heading("rating"), cells(attempts, this::rating), 6),
                Column.left(heading("coverage"), cells(attempts, a -> a.aloud() ? words.get("summary.aloud") : a.coverage().getAsInt() + "%"), 8),
                Column.left(heading("session"), cells(attempts, a -> Long.toString(a.sessionId())), 0));
        List<List<Column>> layouts = new ArrayList<>(Grid.dropping(all, heading("hints"), heading("session"), heading("lang")));
        // Without the year the minute still says which day: the history of a year fits a narrower column.
        List<Column> last = layouts.get(layouts.size() - 1);
        Column shortWhen = Column.left(when, cells(attempts, a -> Figures.minute(a.endedAt(), zone).substring(5)), 0);
        List<Column> noYear = last.stream().map(c -> c.header().equals(when) ? shortWhen : c).toList();
        layouts.addAll(Grid.dropping(noYear, time, heading("coverage")));
        return layouts;
    }

    private String rating(AttemptRow a) {
        return words.get(a.rating().map(r -> "rating." + r.name().toLowerCase(Locale.ROOT)).orElse("rating.unrated"));
    }

    private static List<String> cells(List<AttemptRow> attempts, Function<AttemptRow, String> cell) {
        return attempts.stream().map(cell).toList();
    }

    /** The history file is read as it is: what it holds is shown, never sent to the terminal as it is. */
    private static String id(AttemptRow a) {
        return Visible.of(a.questionId());
    }

    private List<String> answer(AttemptRow a) {
        if (a.aloud()) {
            return List.of("    " + words.get("answer.aloud"), "");
        }
        List<String> lines = new ArrayList<>();
        int room = width == Columns.UNLIMITED ? Columns.UNLIMITED : Math.max(20, width - 4);
        String shown = Visible.of(a.answer());
        List<String> wrapped = room == Columns.UNLIMITED ? shown.lines().toList() : Columns.wrap(shown, room);
        wrapped.forEach(l -> lines.add("    " + l));
        lines.add("");
        return lines;
    }
}
