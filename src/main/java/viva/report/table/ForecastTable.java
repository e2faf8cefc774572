package viva.report.table;

import viva.text.Columns;
import viva.text.Messages;
import viva.text.StyledLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * {@code viva due}'s forecast: a row per tag, a column per day, the number of questions falling due.
 * As many days as the terminal has room for, a week at the least; narrower columns before fewer days, and
 * long tags cut before the week shrinks.
 */
public final class ForecastTable {
    private static final int MIN_DAYS = 7;

    private ForecastTable() {
    }

    /** @param rows label to counts per day, in the order shown; every map holds the same days */
    public static List<StyledLine> render(Map<String, SortedMap<LocalDate, Integer>> rows, int width, Messages words) {
        return Runs.plain(lines(rows, width, words));
    }

    private static List<String> lines(Map<String, SortedMap<LocalDate, Integer>> rows, int width, Messages words) {
        int widest = Math.max(5, rows.keySet().stream().mapToInt(Columns::width).max().orElse(0));
        // A week of narrow columns comes before a long tag: the tag is cut, with its ellipsis, to make room.
        int label = width == Columns.UNLIMITED ? widest : Math.min(widest, Math.max(5, width - 1 - MIN_DAYS * 3));
        int days = rows.values().stream().mapToInt(Map::size).max().orElse(0);
        int room = width == Columns.UNLIMITED ? Columns.UNLIMITED : width - 1 - label;
        int cell = room >= 4 * days ? 4 : 3;
        int shown = Math.min(days, Math.max(MIN_DAYS, room / cell));
        List<String> out = new ArrayList<>();
        out.add(words.get("table.due.title", shown));
        String[] names = words.get("table.due.weekdays").split(" ");
        // Each column is a date: the weekday over the day of the month.
        StringBuilder weekdays = new StringBuilder(Columns.pad("", label));
        StringBuilder header = new StringBuilder(Columns.pad("", label));
        rows.values().stream().findFirst().ifPresent(first -> first.keySet().stream().limit(shown).forEach(d -> {
            weekdays.append(Columns.padLeft(names[d.getDayOfWeek().ordinal()], cell));
            header.append(cellOf(cell, d.getDayOfMonth()));
        }));
        out.add(weekdays.toString());
        out.add(header.toString());
        rows.forEach((name, counts) -> {
            StringBuilder line = new StringBuilder(Columns.pad(Columns.cut(name, label), label));
            counts.values().stream().limit(shown).forEach(n -> line.append(n == 0 ? cellOf(cell, ".") : cellOf(cell, n)));
            out.add(line.toString());
        });
        return out;
    }

    private static String cellOf(int cell, Object value) {
        return String.format(Locale.ROOT, "%" + cell + "s", value);
    }
}
