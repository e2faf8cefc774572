package viva.drill;

import java.io.IOException;

/**
 * The person's own editor, for ':edit': a long answer, or one with code, is easier to write there than line
 * by line. The drill's clock keeps running while it is open, as it would in an interview.
 */
public interface Composer {
    /**
     * Opens the editor on the answer written so far and returns the text it saved.
     *
     * @throws IOException with a one-line reason (the editor could not start, or exited with an error);
     *                     the answer is then left as it was
     */
    String compose(String draft) throws IOException;

    /** Where no editor can be opened: answers come over lines from a pipe or a script. */
    Composer NONE = draft -> {
        throw new IOException("no editor without a terminal");
    };
}
