package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.practice.History;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Moves what waits in the recovery journal into the history now, rather than at the next command that reaches it. */
@Command(name = "sync", description = "Move the answers waiting in the recovery journal (kept while the history's server could not be reached, or the history file could not be written) into the history now.",
        footer = {"", "Examples:", "  viva sync"})
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        History.Synced synced = History.sync(root.settings(), root.context.env());
        PrintWriter out = spec.commandLine().getOut();
        out.println(synced.moved() == 0 ? "Nothing waits in the recovery journal; the history is " + synced.history() + "."
                : "Moved " + synced.moved() + (synced.moved() == 1 ? " answer" : " answers") + " from the recovery journal into "
                + synced.history() + ".");
        out.flush();
        return ExitCode.OK.code();
    }
}
