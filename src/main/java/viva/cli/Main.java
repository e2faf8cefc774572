package viva.cli;

import picocli.CommandLine;
import viva.bank.BankFiles;
import viva.bank.Banks;
import viva.config.Config;
import viva.config.Configs;
import viva.practice.History;
import viva.term.EarlyTerminal;
import viva.term.Terminals;
import viva.text.Visible;
import viva.threads.Background;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Builds the command line, runs it with the streams it is given, and exits: nothing else lives here. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Context context = Context.system();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, context.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, context.charset()), true);
        System.exit(run(context, out, err, args));
    }

    /** One run of viva, as a shell would start it: what tests drive, with their own context and streams. */
    public static int run(Context context, PrintWriter out, PrintWriter err, String... args) {
        CompletableFuture<Config> settings = startEarly(context, args);
        CommandLine cl = commandLine(context, args, settings);
        cl.setOut(out);
        cl.setErr(err);
        int exit;
        try {
            exit = cl.execute(args);
        } catch (Error e) {
            // picocli's handler sees exceptions only; an Error (a class missing from a broken install, the heap
            // exhausted) is a bug or a broken viva all the same: one line, and the trace only with --debug.
            if (List.of(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            Errors.Verdict bug = Errors.bug(e);
            err.println("viva: " + Visible.of(bug.message()));
            err.flush();
            return bug.exit().code();
        } finally {
            if (settings != null) {
                // Even a run that never read them (a usage error): what the reading began is closed below, not left open.
                settings.exceptionally(failed -> null).join();
            }
            History.endEarly();
        }
        // Said after the command, so that it never lands inside a table or the drill's screen.
        Terminals.fallback().filter(reason -> ((RootCommand) cl.getCommandSpec().userObject()).debug)
                .ifPresent(reason -> err.println("viva: " + Visible.of(Terminals.fallbackNote(reason))));
        err.flush();
        return exit;
    }

    /** The whole command tree, as help, completion scripts and tests see it. */
    public static CommandLine commandLine(Context context) {
        return commandLine(context, Commands.types(), null);
    }

    /**
     * The command tree a run of {@code args} needs. picocli builds the model of every subcommand it is given,
     * and with twenty of them that costs a noticeable part of start-up; a run that names its subcommand gets
     * just that one. Anything else (help, --version, a typo that deserves suggestions) gets them all.
     */
    public static CommandLine commandLine(Context context, String[] args) {
        return commandLine(context, args, null);
    }

    private static CommandLine commandLine(Context context, String[] args, CompletableFuture<Config> settings) {
        if (Commands.versionOnly(args)) {
            return commandLine(context, List.of(), settings);
        }
        Optional<Commands.Entry> named = Commands.named(args);
        if (named.isPresent()) {
            return commandLine(context, List.of(named.get().type()), settings);
        }
        if (Commands.wholeTree(args)) {
            return commandLine(context, Commands.types(), settings);
        }
        // The root's help, a missing or mistyped command: each subcommand is needed only for its name and summary.
        CommandLine cl = commandLine(context, List.of(), settings);
        for (Commands.Entry entry : Commands.ALL) {
            cl.addSubcommand(entry.name(), new CommandLine(Commands.outline(entry)));
        }
        return cl;
    }

    /**
     * Start-up work that needs only the subcommand's name, begun before picocli builds its model (about a
     * tenth of a second): opening the terminal (see EarlyTerminal), reading the built-in banks, readying SQLite
     * or connecting to the server, and reading the settings (returned, for the root to take; null where not begun).
     */
    private static CompletableFuture<Config> startEarly(Context context, String[] args) {
        if (Commands.onlyHelp(args)) {
            return null;
        }
        Optional<Commands.Entry> command = Commands.named(args);
        if (command.isEmpty()) {
            return null;
        }
        if (context.interactive() && command.filter(Commands.Entry::terminal).isPresent()) {
            EarlyTerminal.start(context.charset());
        }
        if (command.filter(Commands.Entry::banks).isPresent()) {
            Background.start(() -> Banks.check(BankFiles.builtin()));
        }
        boolean history = command.filter(Commands.Entry::history).isPresent();
        if (history) {
            History.startEarly(context.env());
        }
        // The server the file names is begun within the reading, so that a run that has ended begins nothing later.
        return Background.call(() -> {
            Config config = Configs.load(context.env());
            if (history) {
                History.startEarly(config, context.env());
            }
            return config;
        });
    }

    private static CommandLine commandLine(Context context, List<Class<?>> subcommands, CompletableFuture<Config> settings) {
        RootCommand root = new RootCommand(context, settings);
        CommandLine cl = new CommandLine(root, new Factory(root));
        // Settings given to a CommandLine reach only the subcommands it already has: add them first.
        subcommands.forEach(cl::addSubcommand);
        cl.registerConverter(Path.class, new FileNames());
        cl.registerConverter(LocalDate.class, Dates::parse);
        Numbers.register(cl);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setDefaultValueProvider(new ConfigDefaults(root::fileSettings, Configs.defaults(context.env())));
        Errors errors = new Errors();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setExitCodeExceptionMapper(errors);
        cl.getCommandSpec().usageMessage().footer("", ExitCode.helpLine(), "Start with: viva drill -t moe -n 3");
        return cl;
    }

    /** Lets subcommands be constructed by picocli while still reaching the root's context. */
    private record Factory(RootCommand root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == RootCommand.class) {
                return cls.cast(root);
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
