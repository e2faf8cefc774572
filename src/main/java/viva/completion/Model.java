package viva.completion;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/** What the scripts need from picocli's command model: the visible commands, their options and positionals. */
final class Model {
    /** A visible command and its path below the root, e.g. "export anki". */
    record Command(String path, CommandSpec spec) {
        List<OptionSpec> options() {
            return spec.options().stream().filter(o -> !o.hidden()).toList();
        }

        List<PositionalParamSpec> positionals() {
            return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        }

        List<Command> children(List<Command> all) {
            return all.stream().filter(c -> c.parent().equals(path) && !c.path.isEmpty()).toList();
        }

        String parent() {
            int space = path.lastIndexOf(' ');
            return space < 0 ? "" : path.substring(0, space);
        }

        String name() {
            return path.substring(path.lastIndexOf(' ') + 1);
        }
    }

    private Model() {
    }

    /** The root first, then every visible subcommand depth-first in declaration order. */
    static List<Command> commands(CommandLine root) {
        List<Command> all = new ArrayList<>();
        walk(root, "", all);
        return all;
    }

    private static void walk(CommandLine cl, String path, List<Command> all) {
        all.add(new Command(path, cl.getCommandSpec()));
        for (var entry : cl.getSubcommands().entrySet()) {
            CommandLine sub = entry.getValue();
            // picocli lists aliases as extra entries; the command's own name is the one to complete.
            if (sub.getCommandSpec().usageMessage().hidden() || !entry.getKey().equals(sub.getCommandName())) {
                continue;
            }
            walk(sub, path.isEmpty() ? entry.getKey() : path + " " + entry.getKey(), all);
        }
    }

    /** Every option name that takes a value, across all commands: the scripts skip the value when they count words. */
    static Set<String> optionsWithValues(List<Command> commands) {
        Set<String> names = new LinkedHashSet<>();
        commands.forEach(c -> c.options().stream().filter(o -> o.arity().max() > 0).forEach(o -> names.addAll(List.of(o.names()))));
        return names;
    }

    /** The fixed values picocli knows for an argument (an enum's constants), or none. */
    static List<String> candidates(ArgSpec arg) {
        Iterable<String> values = arg.completionCandidates();
        return values == null ? List.of() : StreamSupport.stream(values.spliterator(), false).toList();
    }

    static boolean takesPath(ArgSpec arg) {
        Class<?> type = arg.type();
        return type == java.nio.file.Path.class || type == java.io.File.class
                || (Collection.class.isAssignableFrom(type) && arg.auxiliaryTypes().length > 0
                && (arg.auxiliaryTypes()[0] == java.nio.file.Path.class || arg.auxiliaryTypes()[0] == java.io.File.class));
    }

    /** The first sentence of a description, with picocli's variables filled in, for a one-line hint. */
    static String summary(ArgSpec arg) {
        String text = String.join(" ", arg.description());
        return summary(text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates(arg)))
                .replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue())));
    }

    /** A command's header if it has one (picocli's help command does), else its description. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        return summary(String.join(" ", header.length > 0 ? header : spec.usageMessage().description()));
    }

    /** Up to the first full stop, without asides in brackets or examples: a completion menu has one line. */
    static String summary(String text) {
        String plain = text.replace("%n", " ").replaceAll("\\s*\\([^)]*\\)?", "").replaceAll(",? e\\.g\\..*", "").strip();
        int stop = plain.indexOf(". ");
        String first = stop < 0 ? plain : plain.substring(0, stop);
        return first.endsWith(".") || first.endsWith(",") ? first.substring(0, first.length() - 1) : first;
    }
}
