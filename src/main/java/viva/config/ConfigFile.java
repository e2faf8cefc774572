package viva.config;

import viva.bank.Location;
import viva.bank.Problem;
import viva.bank.YamlNode;
import viva.bank.YamlReader;
import viva.text.Closest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads config.yaml: a flat mapping of {@link Key}s. It is read like a bank, through {@link YamlReader},
 * which keeps where each value was written: every problem must be located.
 */
final class ConfigFile {
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

    private ConfigFile(Path file, Map<String, String> env) {
        this.file = file;
        this.env = env;
    }

    static Read read(Path file, String text, Map<String, String> env) {
        ConfigFile reader = new ConfigFile(file, env);
        reader.parse(text);
        // A key set twice is found while the file is read, before its settings are checked: list them in file order.
        reader.problems.sort(Comparator.comparingInt((Problem p) -> p.at().line()).thenComparingInt(p -> p.at().column()));
        return new Read(reader.entries, reader.problems);
    }

    private void parse(String text) {
        // An empty file is a file with every setting at its default.
        YamlNode root = new YamlReader(file.toString(), problems,
                (key, line) -> "'" + key + "' is set twice (first at line " + line + ")").read(text, null);
        if (root == null) {
            return;
        }
        if (!(root instanceof YamlNode.Mapping settings)) {
            problems.add(new Problem(root.at(), "expected settings as 'key: value' lines, e.g. 'count: 5'"));
            return;
        }
        settings.entries().values().forEach(this::entry);
    }

    private void entry(YamlNode.Entry entry) {
        String name = entry.key();
        Key key = Key.named(name).orElse(null);
        if (key == null) {
            problems.add(new Problem(entry.keyAt(), "unknown setting '" + name + "'"
                    + Closest.best(name, Key.names()).map(k -> " (did you mean '" + k + "'?)").orElse("")
                    + "; the settings are " + String.join(", ", Key.names())));
        } else if (key == Key.BANKS) {
            banks(entry.value());
        } else if (entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            scalar(key, scalar.text(), scalar.at());
        } else {
            problems.add(new Problem(entry.value().at(), key.yamlName() + " needs a single value, e.g. " + example(key)));
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
    private void banks(YamlNode value) {
        List<Path> paths = new ArrayList<>();
        int before = problems.size();
        if (value instanceof YamlNode.Sequence list) {
            list.items().forEach(item -> bank(item, paths));
        } else if (isText(value)) {
            bank(value, paths);
        } else {
            problems.add(new Problem(value.at(), "banks needs a list of paths, e.g. [~/notes/banks]"));
        }
        if (problems.size() == before) {
            entries.put(Key.BANKS, new Entry(List.copyOf(paths), value.at()));
        }
    }

    private void bank(YamlNode item, List<Path> paths) {
        if (!isText(item) || ((YamlNode.Scalar) item).text().isBlank()) {
            problems.add(new Problem(item.at(), "a bank is a path to a file or folder, e.g. ~/notes/banks"));
            return;
        }
        Path path;
        try {
            path = BankPaths.resolve(((YamlNode.Scalar) item).text(), file.toAbsolutePath().getParent(), env);
        } catch (InvalidPathException e) {
            problems.add(new Problem(item.at(), "banks: " + BankPaths.problem(e)));
            return;
        }
        if (!Files.exists(path)) {
            problems.add(new Problem(item.at(), "banks: no such file or folder: " + path));
            return;
        }
        paths.add(path);
    }

    /** A string, as YAML reads one: quoted, or plain and not a number, true/false or nothing. */
    private static boolean isText(YamlNode node) {
        return node instanceof YamlNode.Scalar s && !s.isNull()
                && !(s.plain() && s.text().matches("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|true|True|TRUE|false|False|FALSE"));
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
            case LEECH_THRESHOLD -> "'leech-threshold: 6'";
            case BANKS -> "'banks: [~/notes/banks]'";
            case HISTORY -> "'history: postgresql://db.example.org/viva'";
            case LEARNER -> "'learner: alice'";
        };
    }
}
