package viva.drill;

import java.util.List;

/** A filter named a tag that no loaded question carries. */
public class UnknownTagException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnknownTagException(String tag, List<String> closest) {
        super("unknown tag '" + tag + "'" + (closest.isEmpty() ? "; run 'viva tags' to see them all"
                : "; closest: " + String.join(", ", closest) + " (all: viva tags)"));
    }
}
