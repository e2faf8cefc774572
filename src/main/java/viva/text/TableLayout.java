package viva.text;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A GFM table in columns measured by display width, so that a column of Chinese lines up with its header. */
final class TableLayout {
    private static final String BETWEEN = " | ";

    private final Cells cells;
    private final BiFunction<Node, Style, List<Span>> inline;

    TableLayout(Cells cells, BiFunction<Node, Style, List<Span>> inline) {
        this.cells = cells;
        this.inline = inline;
    }

    private record Cell(List<Span> spans, int width, TableCell.Alignment alignment) {
    }

    /** The header, a rule under it, then the body; one list of runs per line. */
    List<List<Span>> rows(TableBlock table) {
        List<List<Cell>> rows = new ArrayList<>();
        int headerRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows.add(cells(row, section instanceof TableHead));
                headerRows += section instanceof TableHead ? 1 : 0;
            }
        }
        int[] widths = widths(rows);
        List<List<Span>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            out.add(line(rows.get(r), widths));
            if (r == headerRows - 1) {
                out.add(rule(widths));
            }
        }
        return out;
    }

    private List<Cell> cells(Node row, boolean header) {
        List<Cell> out = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            List<Span> spans = inline.apply(c, header ? Style.STRONG : Style.PLAIN).stream()
                    .map(s -> s.text().equals("\n") ? Span.plain(" ") : s).toList();
            TableCell.Alignment alignment = c instanceof TableCell cell ? cell.getAlignment() : null;
            out.add(new Cell(spans, cells.width(new StyledLine(spans).text()), alignment));
        }
        return out;
    }

    private static int[] widths(List<List<Cell>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<Cell> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).width());
            }
        }
        return widths;
    }

    private static List<Span> line(List<Cell> row, int[] widths) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                out.add(new Span(BETWEEN, Style.DIM));
            }
            Cell cell = i < row.size() ? row.get(i) : new Cell(List.of(), 0, null);
            int missing = widths[i] - cell.width();
            int left = cell.alignment() == TableCell.Alignment.RIGHT ? missing
                    : cell.alignment() == TableCell.Alignment.CENTER ? missing / 2 : 0;
            out.add(Span.plain(" ".repeat(left)));
            out.addAll(cell.spans());
            // The last column is not padded: a line ends where its text does.
            out.add(Span.plain(i == widths.length - 1 ? "" : " ".repeat(missing - left)));
        }
        return new StyledLine(out).stripTrailing().spans();
    }

    private static List<Span> rule(int[] widths) {
        List<String> parts = new ArrayList<>();
        for (int w : widths) {
            parts.add("-".repeat(Math.max(1, w)));
        }
        return List.of(new Span(String.join("-+-", parts), Style.DIM));
    }
}
