package viva.drill;

/**
 * The person ended the drill early (:quit, Ctrl-D, end of input, or Ctrl-C). Thrown by a screen so
 * that the session can stop wherever it is and still show the summary.
 */
public class DrillEnded extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean interrupted;

    public DrillEnded(boolean interrupted) {
        super(interrupted ? "interrupted" : "ended", null, false, false);
        this.interrupted = interrupted;
    }

    /** True for Ctrl-C, which ends the program with status 130. */
    public boolean interrupted() {
        return interrupted;
    }
}
