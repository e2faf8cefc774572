package viva.bank;

import java.io.Serial;
import java.util.List;

/** The loaded banks have problems; each one is located. */
public class BankException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public BankException(List<Problem> problems) {
        super(problems.isEmpty() ? "bank error" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more; run 'viva validate')" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
