package viva.bank;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written. A parser's tree model drops locations, and a
 * bank error without a line number is of little use to the person fixing the bank.
 */
public sealed interface YamlNode {
    Location at();

    /** What this node is, for messages such as "expected a list, found a mapping". */
    String kind();

    /** {@code plain} when written without quotes, where YAML would read {@code 5} as a number and {@code ~} as nothing. */
    record Scalar(Location at, String text, boolean isNull, boolean plain) implements YamlNode {
        public Scalar(Location at, String text, boolean isNull) {
            this(at, text, isNull, false);
        }

        public String kind() {
            return isNull ? "nothing" : "a value";
        }
    }

    record Sequence(Location at, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    record Mapping(Location at, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a mapping";
        }
    }

    record Entry(Location keyAt, String key, YamlNode value) {
    }
}
