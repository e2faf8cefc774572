package viva.cli;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/** Parses, runs, exits: nothing else lives here. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Context context = Context.system();
        Viva.startEarly(context, args);
        CommandLine cl = Viva.commandLine(context, args);
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, context.charset()), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, context.charset()), true));
        System.exit(cl.execute(args));
    }
}
