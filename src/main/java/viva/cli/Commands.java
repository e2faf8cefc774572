package viva.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

import viva.completion.Candidates;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every subcommand, in the order a newcomer needs them, with what it needs started early: a new command is
 * added here and nowhere else.
 */
final class Commands {
    /**
     * A subcommand; {@code terminal}: it reads keys in the terminal or fits its tables to its width; {@code banks}:
     * it loads the banks; {@code history}: it opens the history. The name is its {@code @Command} name, written
     * out so that finding the command a run names reads no annotation (each read makes a proxy class; twenty of
     * them are a noticeable part of start-up).
     */
    record Entry(String name, Class<?> type, boolean terminal, boolean banks, boolean history) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("drill", DrillCommand.class, true, true, true),
            new Entry("list", ListCommand.class, true, true, false),
            new Entry("search", SearchCommand.class, true, true, false),
            new Entry("tags", TagsCommand.class, false, true, false),
            new Entry("show", ShowCommand.class, false, true, false),
            new Entry("check", CheckCommand.class, false, true, false),
            new Entry("validate", ValidateCommand.class, false, false, false),
            new Entry("due", DueCommand.class, true, true, true),
            new Entry("mock", MockCommand.class, true, true, true),
            new Entry("history", HistoryCommand.class, true, false, true),
            new Entry("stats", StatsCommand.class, true, false, true),
            new Entry("report", ReportCommand.class, false, false, true),
            new Entry("suspend", SuspendCommand.class, false, true, false),
            new Entry("unsuspend", SuspendCommand.Unsuspend.class, false, false, false),
            new Entry("unflag", SuspendCommand.Unflag.class, false, false, false),
            new Entry("sync", SyncCommand.class, false, false, true),
            new Entry("edit", EditCommand.class, false, false, false),
            new Entry("import", ImportCommand.class, false, false, false),
            new Entry("export", ExportCommand.class, false, false, false),
            new Entry("config", ConfigCommand.class, false, false, false),
            new Entry("completion", CompletionCommand.class, false, false, false),
            new Entry(Candidates.COMMAND, CompleteCommand.class, false, false, false),
            new Entry("help", CommandLine.HelpCommand.class, false, false, false));

    /** Commands that read the whole command tree. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    private Commands() {
    }

    /** Whether {@code args} need every subcommand's whole model: help about one of them, or a completion script. */
    static boolean wholeTree(String[] args) {
        return List.of(args).stream().anyMatch(WHOLE_TREE::contains);
    }

    /**
     * A subcommand as the root's help lists it and as suggestions for a typo name it: its name, summary and
     * whether it is hidden, without the reflection over its options that building its whole model costs.
     */
    static CommandSpec outline(Entry entry) {
        Command command = entry.type().getAnnotation(Command.class);
        CommandSpec spec = CommandSpec.create().name(entry.name());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
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
