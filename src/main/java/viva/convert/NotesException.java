package viva.convert;

import viva.bank.Problem;

import java.io.Serial;

/** Notes that cannot be read as Markdown text (not UTF-8, too large, not a regular file), with where and why. */
public final class NotesException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    NotesException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
