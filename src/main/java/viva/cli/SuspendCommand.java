package viva.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import viva.practice.History;
import viva.bank.Catalog;
import viva.completion.Kind;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Set;
import viva.text.Closest;

/** Keeps questions out of every drill and plan, as Anki's suspend does, until 'viva unsuspend'. */
@Command(name = "suspend", description = "Keep questions out of every drill, mock interview and plan until 'viva unsuspend'.",
        footer = {"", "Examples:", "  viva suspend moe-pros-and-cons", "  viva list --suspended", "  viva unsuspend moe-pros-and-cons"})
final class SuspendCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Completes(Kind.IDS)
    @Parameters(paramLabel = "ID", arity = "1..*", description = "The questions' ids (see 'viva list --format ids').")
    List<String> ids;

    @Mixin
    BankOptions banks;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = banks.load(root.context);
        ids.forEach(id -> QuestionIds.find(catalog, id));
        try (History history = History.forWriting(root.settings(), root.context.env())) {
            int changed = history.suspend(ids, root.context.clock().instant());
            say(spec, "Suspended " + changed + " question" + (changed == 1 ? "" : "s")
                    + (changed < ids.stream().distinct().count() ? " (the others were already)" : "")
                    + (changed == 1 ? "; it stays" : "; they stay") + " out of drills and plans until 'viva unsuspend'.");
        }
        return ExitCode.OK.code();
    }

    /**
     * Every id must carry the mark being taken off ({@code word}: "suspended", "flagged", as 'viva list --WORD'
     * names them): a mistyped id is a usage error with the nearest marked ones, never a silent no-op.
     */
    static void requireMarked(String word, Set<String> marked, List<String> ids) {
        ids.stream().filter(id -> !marked.contains(id)).findFirst().ifPresent(unknown -> {
            List<String> closest = Closest.of(unknown, marked, 3);
            throw new VivaException(ExitCode.USAGE, "'" + unknown + "' is not " + word
                    + (closest.isEmpty() ? "; see 'viva list --" + word + "'" : "; " + word + ": " + String.join(", ", closest)));
        });
    }

    static void say(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    @Command(name = "unsuspend", description = "Take suspended questions back into drills and plans.",
            footer = {"", "Examples:", "  viva unsuspend moe-pros-and-cons", "  viva unsuspend $(viva list --suspended --format ids)"})
    static final class Unsuspend implements Callable<Integer> {
        @ParentCommand
        RootCommand root;

        @Spec
        CommandSpec spec;

        @Completes(Kind.IDS)
        @Parameters(paramLabel = "ID", arity = "1..*", description = "The questions' ids (see 'viva list --suspended').")
        List<String> ids;

        @Override
        public Integer call() throws Exception {
            try (History history = History.forWriting(root.settings(), root.context.env())) {
                requireMarked("suspended", history.suspended(), ids);
                int changed = history.unsuspend(ids);
                say(spec, "Unsuspended " + changed + " question" + (changed == 1 ? "" : "s") + ".");
            }
            return ExitCode.OK.code();
        }
    }

    @Command(name = "unflag", description = "Clear the flags that ':flag' set during a drill, once the questions are edited.",
            footer = {"", "Examples:", "  viva unflag moe-routing-collapse", "  viva unflag $(viva list --flagged --format ids)"})
    static final class Unflag implements Callable<Integer> {
        @ParentCommand
        RootCommand root;

        @Spec
        CommandSpec spec;

        @Completes(Kind.IDS)
        @Parameters(paramLabel = "ID", arity = "1..*", description = "The questions' ids (see 'viva list --flagged').")
        List<String> ids;

        @Override
        public Integer call() throws Exception {
            try (History history = History.forWriting(root.settings(), root.context.env())) {
                requireMarked("flagged", history.flagged(), ids);
                int changed = history.unflag(ids);
                say(spec, "Unflagged " + changed + " question" + (changed == 1 ? "" : "s") + ".");
            }
            return ExitCode.OK.code();
        }
    }
}
