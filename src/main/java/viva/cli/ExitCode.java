package viva.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The exit statuses viva promises; {@code --help} and README list them. */
public enum ExitCode {
    /** Success: the command did what it was asked. */
    OK(0, "success"),
    /** A bank, configuration, history or file could not be used; the message says where and why. */
    DATA(1, "bank or data error"),
    /** The command line asked for something that cannot be: an unknown option, tag or id, a bad value. */
    USAGE(2, "usage error"),
    /** A bug in viva: an error it did not expect. The message asks for a report with --debug output. */
    INTERNAL(70, "internal error (a bug)"),
    /** The person stopped the command (Ctrl-C); everything rated before is kept. */
    INTERRUPTED(130, "interrupted");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The line of --help that lists every status. */
    static String helpLine() {
        return "Exit status: " + Arrays.stream(values()).map(e -> e.code + " " + e.meaning).collect(Collectors.joining(", ")) + ".";
    }
}
