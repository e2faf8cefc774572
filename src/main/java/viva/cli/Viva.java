package viva.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import viva.bank.BankException;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.config.ColorChoice;
import viva.config.Config;
import viva.config.ConfigException;
import viva.config.Configs;
import viva.config.Key;
import viva.drill.UnknownTagException;
import viva.text.Closest;
import viva.text.Visible;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The top command: shared flags, the subcommands in the order a newcomer needs them, and error mapping. */
@Command(name = "viva", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = "Drill interview questions in a terminal: timed answers, model solutions, self-ratings.",
        footer = {"", "Exit status: 0 ok, 1 bank or data error, 2 usage error, 130 interrupted.",
                "Start with: viva drill -t moe -n 3"})
public final class Viva {
    /** The subcommands, in the order a newcomer needs them. */
    static final List<Class<?>> COMMANDS = List.of(DrillCommand.class, ListCommand.class, SearchCommand.class, TagsCommand.class,
            ShowCommand.class, CheckCommand.class, ValidateCommand.class, DueCommand.class, MockCommand.class, HistoryCommand.class,
            StatsCommand.class, ReportCommand.class, SuspendCommand.class, SuspendCommand.Unsuspend.class, EditCommand.class, ImportCommand.class, ExportCommand.class,
            ConfigCommand.class, CompletionCommand.class, CompleteCommand.class, CommandLine.HelpCommand.class);
    /** Commands that open the terminal: to read keys in it, or to fit their tables to its width. */
    private static final Set<Class<?>> AT_THE_TERMINAL = Set.of(DrillCommand.class, MockCommand.class, ListCommand.class, SearchCommand.class,
            DueCommand.class, HistoryCommand.class, StatsCommand.class);
    /** Commands that load the banks before they print anything. */
    private static final Set<Class<?>> WITH_BANKS = Set.of(DrillCommand.class, MockCommand.class, ListCommand.class, SearchCommand.class,
            TagsCommand.class, ShowCommand.class, CheckCommand.class, DueCommand.class, SuspendCommand.class);
    /** Commands that read the whole command tree. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    final Context context;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN",
            description = "Colour output: ${COMPLETION-CANDIDATES} (default: auto, or 'color' in the configuration; "
                    + "NO_COLOR turns auto off).")
    ColorMode color;

    public enum ColorMode { auto, always, never }

    Viva(Context context) {
        this.context = context;
    }

    /** The whole command tree, as help, completion scripts and tests see it. */
    public static CommandLine commandLine(Context context) {
        return commandLine(context, COMMANDS);
    }

    /**
     * The command tree a run of {@code args} needs. picocli builds the model of every subcommand it is given,
     * and with seventeen of them that costs a noticeable part of start-up; a run that names its subcommand
     * gets just that one. Anything else (help, --version, a typo that deserves suggestions) gets them all.
     */
    public static CommandLine commandLine(Context context, String[] args) {
        return commandLine(context, named(args).map(List::<Class<?>>of).orElse(COMMANDS));
    }

    /**
     * Start-up work that needs only the subcommand's name, begun before picocli builds its model (about a
     * tenth of a second): opening the terminal (see EarlyTerminal) and reading the built-in banks.
     */
    static void startEarly(Context context, String[] args) {
        Optional<Class<?>> command = named(args);
        if (context.interactive() && command.filter(AT_THE_TERMINAL::contains).isPresent()) {
            EarlyTerminal.start(context);
        }
        if (command.filter(WITH_BANKS::contains).isPresent()) {
            Background.start(() -> Banks.check(BankFiles.builtin()));
        }
    }

    private static Optional<Class<?>> named(String[] args) {
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
            return COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst();
        }
        return Optional.empty();
    }

    private static CommandLine commandLine(Context context, List<Class<?>> subcommands) {
        Viva root = new Viva(context);
        CommandLine cl = new CommandLine(root, new Factory(root));
        // Settings given to a CommandLine reach only the subcommands it already has: add them first.
        subcommands.forEach(cl::addSubcommand);
        cl.registerConverter(Path.class, new FileNames());
        cl.registerConverter(java.time.LocalDate.class, Viva::date);
        Numbers.register(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setDefaultValueProvider(new ConfigDefaults(context.env()));
        cl.setExecutionExceptionHandler(Viva::onError);
        cl.setParameterExceptionHandler(Viva::onBadUsage);
        return cl;
    }

    /**
     * Colour only for a person at a terminal, unless asked for. The flag beats VIVA_COLOR, which beats
     * the file; NO_COLOR (set and not empty, per no-color.org) only turns 'auto' off, so an explicit choice still wins.
     */
    boolean colour() {
        return switch (settings().color()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> context.interactive() && context.env().getOrDefault("NO_COLOR", "").isEmpty();
        };
    }

    /** The configuration with the root's own flag applied; loaded when a command first needs it. */
    Config settings() {
        ColorChoice flag = color == null ? null : ColorChoice.valueOf(color.name().toUpperCase(java.util.Locale.ROOT));
        return Configs.load(context.env()).withFlag(Key.COLOR, flag, "--color");
    }

    private static int onError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Viva root = (Viva) cl.getCommandSpec().root().userObject();
        PrintWriter err = cl.getErr();
        if (root.debug) {
            PrintWriter shown = new PrintWriter(Visible.writer(err));
            e.printStackTrace(shown);
            shown.flush();
        }
        ExitCode exit;
        String message;
        if (e instanceof VivaException v) {
            exit = v.exit();
            message = v.getMessage();
        } else if (e instanceof ConfigException c) {
            exit = ExitCode.DATA;
            message = c.getMessage();
        } else if (e instanceof BankException b) {
            exit = ExitCode.DATA;
            message = b.getMessage();
        } else if (e instanceof UnknownTagException u) {
            exit = ExitCode.USAGE;
            message = u.getMessage();
        } else if (e instanceof InvalidPathException p) {
            exit = ExitCode.DATA;
            message = FileNames.problem(p);
        } else if (e instanceof NoSuchFileException n) {
            exit = ExitCode.DATA;
            message = "cannot read " + n.getFile() + ": no such file or folder";
        } else if (e instanceof viva.store.StoreException store) {
            exit = ExitCode.DATA;
            message = store.getMessage();
        } else if (e instanceof java.io.IOException io) {
            exit = ExitCode.DATA;
            message = "cannot read or write: " + io.getMessage();
        } else {
            exit = ExitCode.DATA;
            message = "unexpected error: " + e + (root.debug ? "" : " (run with --debug for details)");
        }
        // A message may quote a bank, a file name or an argument: shown, never executed.
        err.println("viva: " + Visible.of(message));
        err.flush();
        return exit.code();
    }

    /** picocli's own message and the usage of the command that was misused, prefixed like every error. */
    private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("viva: " + Visible.of(lowerFirst(usageMessage(e))));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** For a word from a fixed set, the set and the nearest word in it, which picocli does not name. */
    private static String usageMessage(CommandLine.ParameterException e) {
        CommandLine.Model.ArgSpec arg = e.getArgSpec();
        String value = e.getValue();
        if (arg == null || value == null || arg.auxiliaryTypes().length == 0 || !arg.auxiliaryTypes()[0].isEnum()
                || arg.completionCandidates() == null) {
            return e.getMessage();
        }
        List<String> allowed = new java.util.ArrayList<>();
        arg.completionCandidates().forEach(allowed::add);
        String name = arg instanceof CommandLine.Model.OptionSpec option ? "option '" + option.longestName() + "'" : arg.paramLabel();
        return "invalid value for " + name + ": '" + value + "'; use one of " + String.join(", ", allowed)
                + Closest.best(value, allowed).map(c -> " (closest: " + c + ")").orElse("");
    }

    /** picocli starts its messages with a capital; viva's own, after "viva: ", do not. */
    private static String lowerFirst(String message) {
        boolean word = message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1));
        return word ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }

    /** Lets subcommands be constructed by picocli while still reaching the root's context. */
    private record Factory(Viva root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == Viva.class) {
                return cls.cast(root);
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** A date as the options take it; anything else is named with the form it must have. */
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-14");
        }
    }
}
