package viva.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written. Jackson's tree model drops locations, and a
 * bank error without a line number is of little use to the person fixing the bank.
 */
public sealed interface YamlNode {
    Location at();

    /** What this node is, for messages such as "expected a list, found a mapping". */
    String kind();

    record Scalar(Location at, String text, boolean isNull) implements YamlNode {
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
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a mapping";
        }
    }

    record Entry(Location keyAt, String key, YamlNode value) {
    }
}
