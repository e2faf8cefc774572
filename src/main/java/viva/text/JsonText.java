package viva.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * viva's one way to JSON. Maps, lists, strings, numbers and booleans as one pretty-printed JSON document,
 * through Jackson's streaming generator: the data-binding mapper took a fifth of a second to start for the
 * same output. Every control character (see {@link Visible}) in a string is written as a backslash-u
 * escape, so that the JSON keeps the text exactly and still holds nothing a terminal would act on. The
 * same writer serves other formats' generators (a bank's YAML, CSV rows); the history's JSON columns and
 * journal, which read JSON back, share the one {@link #mapper()}.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final CharacterEscapes CONTROLS = new CharacterEscapes() {
        private final int[] ascii = standardAsciiEscapesForJSON();

        {
            // Jackson escapes C0 already; DEL is the one control character left in ASCII.
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Visible.isControl(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    };

    private JsonText() {
    }

    /** Made on first use, over the same factory: a command that reads no stored JSON never pays its start-up. */
    private static final class Mapper {
        static final ObjectMapper SHARED = new ObjectMapper(FACTORY);
    }

    /** The data-binding mapper for reading JSON back (and writing what it reads); thread-safe once configured. */
    public static ObjectMapper mapper() {
        return Mapper.SHARED;
    }

    /** {@code value} as a document of the factory's format, with the factory's own settings (YAML for a bank draft). */
    public static String text(JsonFactory format, Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = format.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String pretty(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = pretty(out)) {
            write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A generator of the same pretty JSON, written to {@code out} as it is made (for documents too long to hold);
     * closing it leaves {@code out} open, since that is the caller's.
     */
    public static JsonGenerator pretty(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.setCharacterEscapes(CONTROLS);
        return json;
    }

    /** A JSON array written element by element to a writer, as {@link #pretty(Object)} would write the whole list. */
    public static final class Array implements AutoCloseable {
        private final JsonGenerator json;

        private Array(JsonGenerator json) throws IOException {
            this.json = json;
            json.writeStartArray();
        }

        public void add(Object value) throws IOException {
            write(json, value);
        }

        @Override
        public void close() throws IOException {
            json.writeEndArray();
            json.close();
        }
    }

    public static Array array(Writer out) throws IOException {
        return new Array(pretty(out));
    }

    /** Writes {@code value} to any Jackson generator: JSON here, a CSV row in viva.report.Csv, a bank's YAML in viva.convert.BankWriter. */
    public static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof CharSequence || value instanceof Enum<?>) {
            json.writeString(value.toString());
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }
}
