package viva.drill;

import viva.schedule.Rating;
import java.time.Duration;
import java.util.Optional;

/**
 * What a drill needs from the person in front of it. A terminal screen and a plain line protocol
 * both implement it, so the session logic and the summary are the same in both.
 */
public interface DrillScreen {
    /** Shows the question; the clock starts when this returns. */
    void ask(Turn turn);

    /** Reads the answer until it is submitted; hints are taken from the turn. */
    Answer answer(Turn turn) throws DrillEnded;

    /** Shows the model answer, the key points and which of them the answer covered. */
    void reveal(Turn turn, Answer answer, Optional<Coverage> coverage, Duration taken);

    /**
     * Takes the rating. Before it, the person may correct viva's marks of the key points ({@code marks} is
     * changed in place), which are a suggestion: accepting them costs nothing beyond the rating key.
     */
    Rating rate(Turn turn, Marks marks) throws DrillEnded;

    /**
     * After a model answer shown with ':reveal': nothing to rate, so wait until the person has read it and goes
     * on. Over lines there is nothing to wait for: the next line is the next answer.
     */
    default void read(Turn turn) throws DrillEnded {
    }

    /** Called after the attempt has been kept; {@code note} says what happens next (e.g. when it comes back). */
    void rated(Attempt attempt, String note);

    /** One line of viva's own between questions: why an undo could not be done, what it took back. */
    default void note(String line) {
    }

    void summary(Summary summary);
}
