package viva.cli;

/** The exit statuses viva promises; README lists them. */
public enum ExitCode {
    OK(0), DATA(1), USAGE(2), INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
