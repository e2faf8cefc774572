package viva.report.table;

import viva.text.Columns;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Columns of plain text two spaces apart, and the choice among ways of laying them out of the first that
 * fits the terminal: a table drops its least needed columns as the width shrinks instead of wrapping.
 */
final class Grid {
    static final String GAP = "  ";

    /** A column: its heading (which names it), its cells (one a row), and the width it is padded to (at least the widest cell). */
    record Column(String header, List<String> cells, int width, boolean right) {
        Column {
            cells = List.copyOf(cells);
            width = Math.max(width, Math.max(Columns.width(header), cells.stream().mapToInt(Columns::width).max().orElse(0)));
        }

        static Column left(String header, List<String> cells, int width) {
            return new Column(header, cells, width, false);
        }

        static Column right(String header, List<String> cells, int width) {
            return new Column(header, cells, width, true);
        }

        String text(int row) {
            String text = row < 0 ? header : cells.get(row);
            return right ? Columns.padLeft(text, width) : Columns.pad(text, width);
        }
    }

    private Grid() {
    }

    /** Columns across, gaps between: a table's width. */
    static int width(List<Column> columns) {
        return columns.stream().mapToInt(Column::width).sum() + GAP.length() * Math.max(0, columns.size() - 1);
    }

    /** The heading ({@code row} -1) or a row, with no trailing spaces. */
    static String line(List<Column> columns, int row) {
        return columns.stream().map(c -> c.text(row)).collect(Collectors.joining(GAP)).stripTrailing();
    }

    /** The columns without the one headed {@code header}. */
    static List<Column> without(List<Column> columns, String header) {
        return columns.stream().filter(Predicate.not(c -> c.header().equals(header))).toList();
    }

    /** The first layout no wider than {@code room}, or the last (the narrowest) when none is. */
    static List<Column> first(List<List<Column>> layouts, int room) {
        return layouts.stream().filter(l -> width(l) <= room).findFirst().orElse(layouts.get(layouts.size() - 1));
    }

    /** Each layout one column fewer than the one before it, the columns dropped in the order their headings are given. */
    static List<List<Column>> dropping(List<Column> all, String... headers) {
        return IntStream.rangeClosed(0, headers.length).mapToObj(n -> {
            List<Column> kept = all;
            for (int i = 0; i < n; i++) {
                kept = without(kept, headers[i]);
            }
            return kept;
        }).toList();
    }
}
