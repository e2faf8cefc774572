package viva.cli;

/** An error to report in one line with a given exit status; never a stack trace unless --debug. */
public class VivaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exit;

    public VivaException(ExitCode exit, String message) {
        super(message);
        this.exit = exit;
    }

    public ExitCode exit() {
        return exit;
    }
}
