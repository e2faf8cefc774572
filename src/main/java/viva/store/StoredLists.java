package viva.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lists the history keeps as JSON (tags, key-point marks), read without Jackson where they are in the
 * plain form the store writes: starting Jackson's data binding takes a tenth of a second, more than
 * 'viva history' should take in all. Anything else (an escape, spaces, another shape) is left to Jackson.
 */
final class StoredLists {
    private StoredLists() {
    }

    /** {@code ["a","b"]} with no escapes; empty when the text is in any other form. */
    static Optional<List<String>> strings(String json) {
        if (json.length() < 2 || json.charAt(0) != '[' || json.charAt(json.length() - 1) != ']' || json.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String inner = json.substring(1, json.length() - 1);
        if (inner.isEmpty()) {
            return Optional.of(List.of());
        }
        if (inner.length() < 2 || inner.charAt(0) != '"' || inner.charAt(inner.length() - 1) != '"') {
            return Optional.empty();
        }
        // Without escapes a quote can only delimit, so "," can only separate.
        List<String> out = new ArrayList<>();
        for (String item : inner.substring(1, inner.length() - 1).split("\",\"", -1)) {
            if (item.indexOf('"') >= 0) {
                return Optional.empty();
            }
            out.add(item);
        }
        return Optional.of(out);
    }

    /** {@code [true,false]}; empty when the text is in any other form. */
    static Optional<List<Boolean>> booleans(String json) {
        if (json.length() < 2 || json.charAt(0) != '[' || json.charAt(json.length() - 1) != ']') {
            return Optional.empty();
        }
        String inner = json.substring(1, json.length() - 1);
        List<Boolean> out = new ArrayList<>();
        if (inner.isEmpty()) {
            return Optional.of(out);
        }
        for (String item : inner.split(",", -1)) {
            switch (item) {
                case "true" -> out.add(Boolean.TRUE);
                case "false" -> out.add(Boolean.FALSE);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out);
    }
}
