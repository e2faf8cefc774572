package viva.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML into {@link YamlNode}s, collecting problems instead of throwing. */
final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final List<Problem> problems;

    YamlReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document's root, or null when the text is not valid YAML (a problem is recorded). */
    YamlNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(new Location(file, 1, 1), "the file is empty; a bank starts with 'questions:'"));
                return null;
            }
            return node(parser);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(location(e.getLocation()), "not valid YAML: " + firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(new Location(file, 1, 1), "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private YamlNode node(JsonParser parser) throws IOException {
        Location at = location(parser.currentTokenLocation());
        return switch (parser.currentToken()) {
            case START_OBJECT -> mapping(parser, at);
            case START_ARRAY -> sequence(parser, at);
            case VALUE_NULL -> new YamlNode.Scalar(at, "", true);
            default -> new YamlNode.Scalar(at, parser.getText(), false);
        };
    }

    private YamlNode mapping(JsonParser parser, Location at) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = location(parser.currentTokenLocation());
            parser.nextToken();
            YamlNode value = node(parser);
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                problems.add(new Problem(keyAt, "duplicate key '" + key + "' (first at line " + first.keyAt().line() + ")"));
            } else {
                entries.put(key, new YamlNode.Entry(keyAt, key, value));
            }
        }
        return new YamlNode.Mapping(at, entries);
    }

    private YamlNode sequence(JsonParser parser, Location at) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser));
        }
        return new YamlNode.Sequence(at, items);
    }

    private Location location(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return new Location(file, 1, 1);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
