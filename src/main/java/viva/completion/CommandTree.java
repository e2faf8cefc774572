package viva.completion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line as the scripts complete it, in plain records: cli reads them from picocli's model,
 * so that this package knows no picocli. {@code picocliBash} is picocli's own bash script for the
 * static part (commands, options, fixed values), which the bash script wraps.
 *
 * @param commands the root first, then every visible subcommand depth-first in declaration order
 */
public record CommandTree(List<Command> commands, String picocliBash) {
    public CommandTree {
        commands = List.copyOf(commands);
    }

    /**
     * A visible command.
     *
     * @param path  its words below the root, e.g. "export anki"; empty for the root
     * @param about its header or description, for a one-line hint
     */
    public record Command(String path, String about, List<Option> options, List<Positional> positionals) {
        public Command {
            options = List.copyOf(options);
            positionals = List.copyOf(positionals);
        }

        String parent() {
            int space = path.lastIndexOf(' ');
            return space < 0 ? "" : path.substring(0, space);
        }

        String name() {
            return path.substring(path.lastIndexOf(' ') + 1);
        }
    }

    /**
     * A visible option.
     *
     * @param takesValue whether a value follows it (its values are offered only then)
     * @param about      its description with picocli's variables filled in
     */
    public record Option(List<String> names, boolean takesValue, String about, Values values) {
        public Option {
            names = List.copyOf(names);
        }
    }

    /**
     * A visible positional.
     *
     * @param index   the first position it fills, counting from 0 after the command's path
     * @param onwards whether it fills every position from there on, not only that one
     */
    public record Positional(int index, boolean onwards, Values values) {
    }

    /** Every command but the root, by path. */
    List<String> paths() {
        return commands.stream().map(Command::path).filter(p -> !p.isEmpty()).toList();
    }

    /** The commands directly below this one. */
    List<Command> children(Command parent) {
        return commands.stream().filter(c -> !c.path().isEmpty() && c.parent().equals(parent.path())).toList();
    }

    /** Every option name that takes a value, across all commands: the scripts skip the value when they count words. */
    Set<String> optionsWithValues() {
        Set<String> names = new LinkedHashSet<>();
        commands.forEach(c -> c.options().stream().filter(Option::takesValue).forEach(o -> names.addAll(o.names())));
        return names;
    }

    /** Every option name, across all commands, whose value is a tag. */
    Set<String> tagOptions() {
        Set<String> names = new LinkedHashSet<>();
        commands.forEach(c -> c.options().stream().filter(o -> o.values().fromBanks().filter(Kind.TAGS::equals).isPresent())
                .forEach(o -> names.addAll(o.names())));
        return names;
    }
}
