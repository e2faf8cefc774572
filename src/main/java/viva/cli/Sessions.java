package viva.cli;

import picocli.CommandLine.Model.CommandSpec;
import viva.drill.ScreenSource;
import viva.practice.PracticeSession;
import viva.text.Glyphs;
import viva.term.LineScreen;
import viva.term.TerminalScreens;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Starts a practice session for drill and mock, on the terminal or over lines, and turns its end into an exit status. */
final class Sessions {
    private Sessions() {
    }

    static PracticeSession start(RootCommand root, CommandSpec spec) {
        return PracticeSession.start(needs(root, spec), screens(root, spec));
    }

    /** The history and memory without a screen, for commands that plan or report rather than drill. */
    static PracticeSession history(RootCommand root, CommandSpec spec) {
        return PracticeSession.start(needs(root, spec), ScreenSource.NONE);
    }

    private static PracticeSession.Needs needs(RootCommand root, CommandSpec spec) {
        Context context = root.context;
        return new PracticeSession.Needs(root.settings(), context.env(), context.clock(), spec.commandLine().getErr(), root.debug);
    }

    /** The terminal for a person at one; the line protocol for a pipe or a script. */
    private static ScreenSource screens(RootCommand root, CommandSpec spec) {
        Context context = root.context;
        if (context.interactive()) {
            return new TerminalScreens(context.charset(), root.colour(), new AnswerEditor(context.env()));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(context.in(), context.charset()));
        return ScreenSource.of(new LineScreen(in, spec.commandLine().getOut(), Glyphs.forCharset(context.charset())));
    }

    /** A history that took no answer is a data error even though the answers are safe: scripts should notice. */
    static int exit(PracticeSession.Outcome outcome) {
        return switch (outcome) {
            case KEPT -> ExitCode.OK.code();
            case JOURNALLED -> ExitCode.DATA.code();
            case INTERRUPTED -> ExitCode.INTERRUPTED.code();
        };
    }
}
