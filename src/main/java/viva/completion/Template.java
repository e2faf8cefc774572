package viva.completion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script's fixed text, kept as a resource beside this class (viva.bash, viva.zsh, viva.fish) so that it
 * reads and diffs as the shell code it is. {{name}} marks what the command model fills in: inside a line,
 * one line of text; alone on its line, any number of lines, each indented as the placeholder is.
 * Filling fails on a placeholder without a value or a value without a placeholder, so that a template
 * and the code that fills it cannot drift apart silently.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");
    private static final Pattern BLOCK = Pattern.compile("( *)\\{\\{([a-z-]+)}}");

    private Template() {
    }

    static String fill(String resource, Map<String, String> values) {
        Set<String> unused = new HashSet<>(values.keySet());
        List<String> out = new ArrayList<>();
        for (String line : read(resource).split("\n", -1)) {
            Matcher block = BLOCK.matcher(line);
            if (block.matches()) {
                String indent = block.group(1);
                value(resource, block.group(2), values, unused).lines().forEach(l -> out.add(indent + l));
            } else {
                out.add(inline(resource, line, values, unused));
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalStateException(resource + " has no place for " + unused);
        }
        return String.join("\n", out);
    }

    private static String inline(String resource, String line, Map<String, String> values, Set<String> unused) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = value(resource, m.group(1), values, unused);
            if (value.contains("\n")) {
                throw new IllegalStateException(resource + ": {{" + m.group(1) + "}} is inside a line but its value has several");
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return m.appendTail(filled).toString();
    }

    private static String value(String resource, String name, Map<String, String> values, Set<String> unused) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(resource + ": nothing fills {{" + name + "}}");
        }
        unused.remove(name);
        return value;
    }

    private static String read(String resource) {
        try (InputStream in = Template.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + Template.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
