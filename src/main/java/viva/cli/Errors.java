package viva.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import viva.bank.BankException;
import viva.config.ConfigException;
import viva.drill.UnknownTagException;
import viva.practice.RequestException;
import viva.store.StoreException;
import viva.text.Closest;
import viva.text.Visible;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Every error becomes one line on stderr, "viva: " and a message, and an exit status: a usage error, a data
 * error, or, for an exception viva did not expect, an internal error that asks for a bug report. A message may
 * quote a bank, a file name or an argument: it is shown, never executed. --debug adds the stack trace.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {
    /** What the person is told, and the status the shell sees. */
    record Verdict(ExitCode exit, String message) {
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        boolean debug = ((RootCommand) cl.getCommandSpec().root().userObject()).debug;
        PrintWriter err = cl.getErr();
        if (debug) {
            PrintWriter shown = new PrintWriter(Visible.writer(err));
            e.printStackTrace(shown);
            shown.flush();
        }
        Verdict verdict = verdict(e);
        err.println("viva: " + Visible.of(verdict.message()));
        err.flush();
        return verdict.exit().code();
    }

    @Override
    public int getExitCode(Throwable t) {
        return t instanceof Exception e ? verdict(e).exit().code() : ExitCode.INTERNAL.code();
    }

    /** The status and the message for {@code e}; one place decides both, so that they never disagree. */
    static Verdict verdict(Exception e) {
        // Work done on another thread comes back wrapped; what it threw is what happened.
        if ((e instanceof UncheckedIOException || e instanceof CompletionException || e instanceof ExecutionException)
                && e.getCause() instanceof Exception cause) {
            return verdict(cause);
        }
        if (e instanceof VivaException v) {
            return new Verdict(v.exit(), v.getMessage());
        }
        if (e instanceof UnknownTagException || e instanceof RequestException) {
            return new Verdict(ExitCode.USAGE, e.getMessage());
        }
        if (e instanceof ConfigException || e instanceof BankException || e instanceof StoreException) {
            return new Verdict(ExitCode.DATA, e.getMessage());
        }
        if (e instanceof InvalidPathException p) {
            return new Verdict(ExitCode.DATA, FileNames.problem(p));
        }
        if (e instanceof NoSuchFileException n) {
            return new Verdict(ExitCode.DATA, "cannot read " + n.getFile() + ": no such file or folder");
        }
        if (e instanceof IOException io) {
            return new Verdict(ExitCode.DATA, "cannot read or write: " + io.getMessage());
        }
        return bug(e);
    }

    /** What viva did not expect, an exception or an Error alike: a bug, with where to report it. */
    static Verdict bug(Throwable t) {
        return new Verdict(ExitCode.INTERNAL, "internal error: " + t
                + "; this is a bug in viva; please report it with the output of the same command run with --debug");
    }

    /** picocli's own message and the usage of the command that was misused, prefixed like every error. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("viva: " + Visible.of(lowerFirst(usageMessage(e))));
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    /** For a word from a fixed set, the set and the nearest word in it, which picocli does not name. */
    private static String usageMessage(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        String value = e.getValue();
        if (arg == null || value == null || arg.auxiliaryTypes().length == 0 || !arg.auxiliaryTypes()[0].isEnum()
                || arg.completionCandidates() == null) {
            return e.getMessage();
        }
        List<String> allowed = new ArrayList<>();
        arg.completionCandidates().forEach(allowed::add);
        String name = arg instanceof OptionSpec option ? "option '" + option.longestName() + "'" : arg.paramLabel();
        return "invalid value for " + name + ": '" + value + "'; use one of " + String.join(", ", allowed)
                + Closest.best(value, allowed).map(c -> " (closest: " + c + ")").orElse("");
    }

    /** picocli starts its messages with a capital; viva's own, after "viva: ", do not. */
    private static String lowerFirst(String message) {
        boolean word = message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1));
        return word ? Character.toLowerCase(message.charAt(0)) + message.substring(1) : message;
    }
}
