package viva.report.table;

import viva.report.AttemptRow;
import viva.report.Figures;
import viva.report.TextChanges;
import viva.text.Columns;
import viva.text.StyledLine;
import viva.text.Visible;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code viva history} as a table, newest first, with the typed answers under their rows when asked,
 * wrapped to {@code width}. Rows are as wide as their columns: ids are never cut.
 */
public final class HistoryTable {
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
        int idWidth = Math.max(8, attempts.stream().mapToInt(a -> Columns.width(id(a)) + 2).max().orElse(8));
        out.add(Columns.pad("WHEN", 16) + "  " + Columns.pad("QUESTION", idWidth) + "  LANG  " + Columns.pad("TIME / BUDGET", 15)
                + "  HINTS  " + Columns.pad("RATING", 6) + "  COVERAGE  SESSION");
        boolean anyChanged = false;
        for (AttemptRow a : attempts) {
            boolean changed = texts.changed(a.questionId(), a.lang(), a.textHash());
            anyChanged |= changed;
            out.add(Columns.pad(Figures.minute(a.endedAt(), zone), 16) + "  "
                    + Columns.pad(id(a) + (changed ? " *" : ""), idWidth) + "  " + Columns.pad(a.lang().code(), 4) + "  "
                    + Columns.pad(Figures.clock(a.taken()) + " / " + Figures.clock(a.budget()) + (a.overBudget() ? " !" : ""), 15)
                    + "  " + String.format(Locale.ROOT, "%5d", a.hintsUsed()) + "  " + Columns.pad(a.ratingLabel(), 6) + "  "
                    + Columns.pad(a.aloud() ? "aloud" : a.coverage().getAsInt() + "%", 8) + "  " + a.sessionId());
            if (answers) {
                out.addAll(answer(a));
            }
        }
        out.add(Figures.count(attempts.size(), "attempt", "attempts") + " shown, newest first; ! over budget"
                + (anyChanged ? "; * the question's text has changed since" : ""));
        return out;
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
