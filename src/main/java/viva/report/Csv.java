package viva.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import viva.text.JsonText;
import viva.text.Visible;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * CSV through Jackson, with a header row. Text cells are neutralised against formula injection: a cell
 * a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, which spreadsheets show as text. Control characters are made {@link Visible}, so that
 * the file holds none raw. Numbers are written as numbers.
 */
public final class Csv {
    /** The streaming generator alone: the data-binding mapper took a fifth of a second to start for this. */
    private static final CsvFactory FACTORY = new CsvFactory();

    private Csv() {
    }

    public static String write(List<String> columns, List<Map<String, Object>> rows) {
        StringWriter out = new StringWriter();
        try (Rows csv = to(out, columns)) {
            for (Map<String, Object> row : rows) {
                csv.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A table written row by row to {@code out}, header first; closing it flushes but leaves {@code out} open. */
    public static Rows to(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        CsvGenerator csv = FACTORY.createGenerator(out);
        csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        csv.setSchema(schema.build());
        return new Rows(csv, List.copyOf(columns));
    }

    /** An open table: rows go out as they are added, so that a long one is never held whole. */
    public static final class Rows implements AutoCloseable {
        private final CsvGenerator csv;
        private final List<String> columns;

        private Rows(CsvGenerator csv, List<String> columns) {
            this.csv = csv;
            this.columns = columns;
        }

        /** Every column in order, from {@code row} (null where it has none), text made safe: no copy of the row is made. */
        public void add(Map<String, Object> row) throws IOException {
            csv.writeStartObject();
            for (String column : columns) {
                Object value = row.get(column);
                csv.writeFieldName(column);
                JsonText.write(csv, value instanceof String text ? neutralise(Visible.of(text)) : value);
            }
            csv.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }


    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
