package viva.bank;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.Serial;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads YAML into {@link YamlNode}s, collecting located problems instead of throwing; banks and the
 * configuration both read through it. It works on SnakeYAML's events, which carry each node's place,
 * so that positions and causes are SnakeYAML's own. Anchors and aliases are refused: a bank is text a
 * person reads, and an alias would stand for text written somewhere else (Jackson read '*p' as 'p').
 */
public final class YamlReader {
    /** Deeper than any bank or configuration needs; it keeps a crafted file from exhausting the stack. */
    static final int MAX_DEPTH = 50;
    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final String NULL_TAG = "tag:yaml.org,2002:null";

    /** The message for a key written twice in one mapping, given the key and the line of the first. */
    public interface Duplicate {
        String message(String key, int firstLine);
    }

    private final String file;
    private final List<Problem> problems;
    private final Duplicate duplicate;
    /** An anchor, alias or a key that is not a plain value: the tree would not say what the text means. */
    private boolean refused;

    public YamlReader(String file, List<Problem> problems) {
        this(file, problems, (key, line) -> "duplicate key '" + key + "' (first at line " + line + ")");
    }

    public YamlReader(String file, List<Problem> problems, Duplicate duplicate) {
        this.file = file;
        this.problems = problems;
        this.duplicate = duplicate;
    }

    private static final class TooDeep extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        final transient Mark at;

        TooDeep(Mark at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /**
     * The document's root, or null when the text is not valid YAML (problems are recorded) or holds no
     * document at all; then {@code ifEmpty}, when not null, is recorded as the problem.
     */
    public YamlNode read(String text, String ifEmpty) {
        LoaderOptions options = new LoaderOptions();
        // The file's size is checked before it is read (TextFiles.LIMIT); SnakeYAML's own default limit is lower.
        options.setCodePointLimit(Integer.MAX_VALUE);
        Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        try {
            parser.getEvent(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                if (ifEmpty != null) {
                    problems.add(new Problem(new Location(file, 1, 1), ifEmpty));
                }
                return null;
            }
            parser.getEvent(); // document start
            YamlNode root = node(parser, parser.getEvent(), 0);
            parser.getEvent(); // document end
            Event next = parser.getEvent();
            if (next instanceof DocumentStartEvent) {
                problems.add(new Problem(at(next.getStartMark()), "a second YAML document starts here; the file must hold one"));
                while (!(next instanceof StreamEndEvent)) {
                    next = parser.getEvent(); // the rest is still checked for syntax
                }
            }
            return refused ? null : root;
        } catch (MarkedYAMLException e) {
            problems.add(new Problem(at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()),
                    "not valid YAML: " + cause(e)));
        } catch (ReaderException e) {
            problems.add(special(text, e));
        } catch (TooDeep e) {
            problems.add(new Problem(at(e.at), "nested more than " + MAX_DEPTH + " levels deep"));
        } catch (YAMLException e) {
            problems.add(new Problem(new Location(file, 1, 1), "not valid YAML: " + oneLine(String.valueOf(e.getMessage()))));
        }
        return null;
    }

    private YamlNode node(Parser parser, Event event, int depth) {
        Location at = at(event.getStartMark());
        if (event instanceof AliasEvent alias) {
            refuse(at, "an alias (*" + alias.getAnchor() + ") is not supported; write the value out in full");
            return new YamlNode.Scalar(at, "", true);
        }
        if (event instanceof NodeEvent n && n.getAnchor() != null) {
            refuse(at, "an anchor (&" + n.getAnchor() + ") is not supported; write the value out where it is used");
        }
        if (event instanceof ScalarEvent scalar) {
            return new YamlNode.Scalar(at, scalar.getValue(), isNull(scalar), scalar.isPlain());
        }
        if (depth >= MAX_DEPTH) {
            throw new TooDeep(event.getStartMark());
        }
        if (event instanceof SequenceStartEvent) {
            List<YamlNode> items = new ArrayList<>();
            for (Event item = parser.getEvent(); !(item instanceof SequenceEndEvent); item = parser.getEvent()) {
                items.add(node(parser, item, depth + 1));
            }
            return new YamlNode.Sequence(at, items);
        }
        if (event instanceof MappingStartEvent) {
            return mapping(parser, at, depth);
        }
        throw new YAMLException("unexpected " + event.getEventId() + " event"); // the parser never sends one here
    }

    private YamlNode mapping(Parser parser, Location at, int depth) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (Event keyEvent = parser.getEvent(); !(keyEvent instanceof MappingEndEvent); keyEvent = parser.getEvent()) {
            YamlNode keyNode = node(parser, keyEvent, depth + 1);
            YamlNode value = node(parser, parser.getEvent(), depth + 1);
            if (!(keyNode instanceof YamlNode.Scalar scalar)) {
                refuse(keyNode.at(), "a key must be a plain value, not " + keyNode.kind());
                continue;
            }
            String key = scalar.text();
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                problems.add(new Problem(keyNode.at(), duplicate.message(key, first.keyAt().line())));
            } else {
                entries.put(key, new YamlNode.Entry(keyNode.at(), key, value));
            }
        }
        return new YamlNode.Mapping(at, entries);
    }

    private static boolean isNull(ScalarEvent scalar) {
        return scalar.getTag() == null ? scalar.isPlain() && NULLS.contains(scalar.getValue()) : NULL_TAG.equals(scalar.getTag());
    }

    private void refuse(Location at, String message) {
        refused = true;
        problems.add(new Problem(at, message));
    }

    /** SnakeYAML's problem, and what it was doing when that is placed elsewhere (the mapping a bad line belongs to). */
    private static String cause(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        String message = problem == null ? "syntax error" : problem;
        if (e.getProblem() != null && e.getContext() != null && e.getContextMark() != null) {
            Mark context = e.getContextMark();
            boolean elsewhere = e.getProblemMark() == null || e.getProblemMark().getLine() != context.getLine();
            message += " (" + e.getContext() + (elsewhere ? " at line " + (context.getLine() + 1) : "") + ")";
        }
        return oneLine(message);
    }

    /** SnakeYAML says only that special characters are not allowed: say which one, and where. */
    private Problem special(String text, ReaderException e) {
        int index = 0;
        while (index < text.length() && StreamReader.isPrintable(text.codePointAt(index))) {
            index += Character.charCount(text.codePointAt(index));
        }
        int c = index < text.length() ? text.codePointAt(index) : e.getCodePoint();
        String which = String.format(Locale.ROOT, "U+%04X", c)
                + (c == 0 ? ", a NUL byte: is the file UTF-16? save it as UTF-8" : "");
        return new Problem(Positions.locate(file, text, index), "not valid YAML: special characters are not allowed (" + which + ")");
    }

    private Location at(Mark mark) {
        return mark == null ? new Location(file, 1, 1) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** SnakeYAML's messages are sometimes several lines; a problem is one. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*[\\n\\r\\u0085\\u2028\\u2029]+\\s*", " ");
    }
}
