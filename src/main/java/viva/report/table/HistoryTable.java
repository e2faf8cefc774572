package viva.report.table;

import viva.report.AttemptRow;
import viva.report.Figures;
import viva.report.TextChanges;
import viva.report.table.Grid.Column;
import viva.text.Columns;
import viva.text.StyledLine;
import viva.text.Visible;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code viva history} as a table, newest first, with the typed answers under their rows when asked,
 * wrapped to {@code width}. Ids are never cut: as the terminal narrows, the hints go first, then the
 * session, the language, the year, the time against the budget and the coverage; where even the time and
 * the rating do not fit beside the id, each id gets a line of its own above its figures.
 */
public final class HistoryTable {
    private static final String QUESTION = "QUESTION";
    private static final String WHEN = "WHEN";
    private static final String TIME = "TIME / BUDGET";

    private final ZoneId zone;
    private final int width;
    private final TextChanges texts;

    public HistoryTable(ZoneId zone, int width, TextChanges texts) {
        this.zone = zone;
        this.width = width;
        this.texts = texts;
    }

    public List<StyledLine> render(List<AttemptRow> attempts, boolean answers) {
        return Runs.plain(lines(attempts, answers));
    }

    private List<String> lines(List<AttemptRow> attempts, boolean answers) {
        List<String> out = new ArrayList<>();
        if (attempts.isEmpty()) {
            out.add("No attempts match. Every rated answer in 'viva drill' is kept here.");
            return out;
        }
        List<Boolean> changed = attempts.stream().map(a -> texts.changed(a.questionId(), a.lang(), a.textHash())).toList();
        // The last column stays empty: a row that fills the terminal exactly wraps on some of them.
        int room = width == Columns.UNLIMITED ? Columns.UNLIMITED : width - 1;
        List<List<Column>> layouts = layouts(attempts, changed);
        List<Column> columns = Grid.first(layouts, room);
        Column question = columns.stream().filter(c -> c.header().equals(QUESTION)).findFirst().orElseThrow();
        boolean stacked = Grid.width(columns) > room;
        if (stacked) {
            columns = Grid.first(layouts.stream().map(l -> Grid.without(l, QUESTION)).toList(), room - 2);
            out.add(QUESTION);
        }
        out.add(indent(stacked) + Grid.line(columns, -1));
        for (int i = 0; i < attempts.size(); i++) {
            if (stacked) {
                out.add(question.cells().get(i));
            }
            out.add(indent(stacked) + Grid.line(columns, i));
            if (answers) {
                out.addAll(answer(attempts.get(i)));
            }
        }
        boolean timeShown = columns.stream().anyMatch(c -> c.header().equals(TIME));
        String legend = Figures.count(attempts.size(), "attempt", "attempts") + " shown, newest first"
                + (timeShown ? "; ! over budget" : "") + (changed.contains(true) ? "; * the question's text has changed since" : "");
        out.addAll(Columns.fit(legend, width));
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
                Column.left(WHEN, cells(attempts, a -> Figures.minute(a.endedAt(), zone)), 16),
                Column.left(QUESTION, ids, idWidth),
                Column.left("LANG", cells(attempts, a -> a.lang().code()), 4),
                Column.left(TIME, cells(attempts, a -> Figures.clock(a.taken()) + " / " + Figures.clock(a.budget())
                        + (a.overBudget() ? " !" : "")), 15),
                Column.right("HINTS", cells(attempts, a -> Integer.toString(a.hintsUsed())), 5),
                Column.left("RATING", cells(attempts, AttemptRow::ratingLabel), 6),
                Column.left("COVERAGE", cells(attempts, a -> a.aloud() ? "aloud" : a.coverage().getAsInt() + "%"), 8),
                Column.left("SESSION", cells(attempts, a -> Long.toString(a.sessionId())), 0));
        List<List<Column>> layouts = new ArrayList<>(Grid.dropping(all, "HINTS", "SESSION", "LANG"));
        // Without the year the minute still says which day: the history of a year fits a narrower column.
        List<Column> last = layouts.get(layouts.size() - 1);
        Column shortWhen = Column.left(WHEN, cells(attempts, a -> Figures.minute(a.endedAt(), zone).substring(5)), 0);
        List<Column> noYear = last.stream().map(c -> c.header().equals(WHEN) ? shortWhen : c).toList();
        layouts.addAll(Grid.dropping(noYear, TIME, "COVERAGE"));
        return layouts;
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
            return List.of("    (answered aloud)", "");
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
