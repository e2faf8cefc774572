package viva.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import viva.bank.Location;
import viva.bank.Problem;
import viva.text.Closest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads config.yaml: a flat mapping of {@link Key}s. Jackson's streaming parser is used rather than
 * its tree model because the tree forgets where each value was, and every problem must be located.
 */
final class ConfigFile {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** A value from the file and where it was written. */
    record Entry(Object value, Location at) {
    }

    /** What a file holds: the settings that parsed, and every problem. */
    record Read(Map<Key, Entry> entries, List<Problem> problems) {
    }

    private final Path file;
    private final Map<String, String> env;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Key, Entry> entries = new EnumMap<>(Key.class);
    private final Map<Key, Location> seen = new EnumMap<>(Key.class);

    private ConfigFile(Path file, Map<String, String> env) {
        this.file = file;
        this.env = env;
    }

    static Read read(Path file, String text, Map<String, String> env) {
        ConfigFile reader = new ConfigFile(file, env);
        reader.parse(text);
        return new Read(reader.entries, reader.problems);
    }

    private void parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return; // an empty file is a file with every setting at its default
            }
            if (first != JsonToken.START_OBJECT) {
                problem(parser.currentTokenLocation(), "expected settings as 'key: value' lines, e.g. 'count: 5'");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                entry(parser);
            }
        } catch (JsonProcessingException e) {
            problem(e.getLocation(), "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(new Location(file.toString(), 1, 1), "cannot read: " + e.getMessage()));
        }
    }

    private void entry(JsonParser parser) throws IOException {
        String name = parser.currentName();
        Location keyAt = location(parser.currentTokenLocation());
        JsonToken token = parser.nextToken();
        Location valueAt = location(parser.currentTokenLocation());
        Key key = Key.named(name).orElse(null);
        if (key == null) {
            parser.skipChildren();
            problems.add(new Problem(keyAt, "unknown setting '" + name + "'"
                    + Closest.best(name, Key.names()).map(k -> " (did you mean '" + k + "'?)").orElse("")
                    + "; the settings are " + String.join(", ", Key.names())));
        } else if (seen.containsKey(key)) {
            parser.skipChildren();
            problems.add(new Problem(keyAt, "'" + name + "' is set twice (first at line " + seen.get(key).line() + ")"));
        } else {
            seen.put(key, keyAt);
            value(parser, key, token, valueAt);
        }
    }

    private void value(JsonParser parser, Key key, JsonToken token, Location valueAt) throws IOException {
        if (key == Key.BANKS) {
            banks(parser, token, valueAt);
        } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            scalar(key, parser.getText(), valueAt);
        } else {
            parser.skipChildren();
            problems.add(new Problem(valueAt, key.yamlName() + " needs a single value, e.g. " + example(key)));
        }
    }

    private void scalar(Key key, String text, Location at) {
        try {
            entries.put(key, new Entry(key.parse(text), at));
        } catch (BadValue e) {
            problems.add(new Problem(at, key.yamlName() + ": " + e.getMessage()));
        }
    }

    /** banks: one path or a list of them; relative paths are taken from the config file's folder. */
    private void banks(JsonParser parser, JsonToken token, Location at) throws IOException {
        List<Path> paths = new ArrayList<>();
        int before = problems.size();
        if (token == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                bank(parser, paths);
            }
        } else if (token == JsonToken.VALUE_STRING) {
            bank(parser, paths);
        } else {
            parser.skipChildren();
            problems.add(new Problem(at, "banks needs a list of paths, e.g. [~/notes/banks]"));
        }
        if (problems.size() == before) {
            entries.put(Key.BANKS, new Entry(List.copyOf(paths), at));
        }
    }

    private void bank(JsonParser parser, List<Path> paths) throws IOException {
        Location at = location(parser.currentTokenLocation());
        if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
            parser.skipChildren();
            problems.add(new Problem(at, "a bank is a path to a file or folder, e.g. ~/notes/banks"));
            return;
        }
        Path path = BankPaths.resolve(parser.getText(), file.toAbsolutePath().getParent(), env);
        if (!java.nio.file.Files.exists(path)) {
            problems.add(new Problem(at, "banks: no such file or folder: " + path));
            return;
        }
        paths.add(path);
    }

    private static String example(Key key) {
        return switch (key) {
            case LANG -> "'lang: zh'";
            case COUNT -> "'count: 5'";
            case TIME_SCALE -> "'time-scale: 1.5'";
            case COLOR -> "'color: never'";
            case DESIRED_RETENTION -> "'desired-retention: 0.9'";
            case NEW_PER_DAY -> "'new-per-day: 10'";
            case EXAM_DATE -> "'exam-date: 2026-12-01'";
            case BANKS -> "'banks: [~/notes/banks]'";
        };
    }

    private void problem(JsonLocation at, String message) {
        problems.add(new Problem(location(at), message));
    }

    private Location location(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return new Location(file.toString(), 1, 1);
        }
        return new Location(file.toString(), loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
