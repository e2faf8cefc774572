package viva.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every subcommand, in the order a newcomer needs them, with what it needs started early: a new command is
 * added here and nowhere else.
 */
final class Commands {
    /** A subcommand; {@code terminal}: it reads keys in the terminal or fits its tables to its width; {@code banks}: it loads the banks. */
    record Entry(Class<?> type, boolean terminal, boolean banks) {
        String name() {
            return type.getAnnotation(Command.class).name();
        }
    }

    static final List<Entry> ALL = List.of(
            new Entry(DrillCommand.class, true, true),
            new Entry(ListCommand.class, true, true),
            new Entry(SearchCommand.class, true, true),
            new Entry(TagsCommand.class, false, true),
            new Entry(ShowCommand.class, false, true),
            new Entry(CheckCommand.class, false, true),
            new Entry(ValidateCommand.class, false, false),
            new Entry(DueCommand.class, true, true),
            new Entry(MockCommand.class, true, true),
            new Entry(HistoryCommand.class, true, false),
            new Entry(StatsCommand.class, true, false),
            new Entry(ReportCommand.class, false, false),
            new Entry(SuspendCommand.class, false, true),
            new Entry(SuspendCommand.Unsuspend.class, false, false),
            new Entry(EditCommand.class, false, false),
            new Entry(ImportCommand.class, false, false),
            new Entry(ExportCommand.class, false, false),
            new Entry(ConfigCommand.class, false, false),
            new Entry(CompletionCommand.class, false, false),
            new Entry(CompleteCommand.class, false, false),
            new Entry(CommandLine.HelpCommand.class, false, false));

    /** Commands that read the whole command tree. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    private Commands() {
    }

    static List<Class<?>> types() {
        return ALL.stream().<Class<?>>map(Entry::type).toList();
    }

    /**
     * The subcommand {@code args} run, when that can be told from the first word that is not a root option;
     * empty for help, --version, a typo that deserves suggestions, or a command that reads the whole tree.
     */
    /**
     * Whether {@code args} ask the root for its version and nothing else: no subcommand's model is needed for that.
     */
    static boolean versionOnly(String[] args) {
        return args.length > 0 && List.of(args).stream().allMatch(a -> a.equals("-V") || a.equals("--version")
                || a.equals("--debug") || a.startsWith("--color="));
    }

    /** Whether a run only prints help or a version: start-up work for the command itself would be wasted. */
    static boolean onlyHelp(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
    }

    static Optional<Entry> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--debug") || arg.startsWith("--color=")) {
                continue;
            }
            if (arg.equals("--color")) {
                i++;
                continue;
            }
            if (arg.startsWith("-") || WHOLE_TREE.contains(arg)) {
                return Optional.empty();
            }
            return ALL.stream().filter(c -> c.name().equals(arg)).findFirst();
        }
        return Optional.empty();
    }
}
