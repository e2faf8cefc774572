package viva.drill;

import java.util.Optional;

/** Where a rated attempt goes the moment it is rated, so that nothing already rated is lost. */
@FunctionalInterface
public interface AttemptSink {
    AttemptSink NONE = attempt -> "";

    /** Keeps the attempt; returns a short note for the person, or "" for none. */
    String keep(Attempt attempt) throws Exception;

    /**
     * Takes back the last attempt kept, as if it had never been rated: the history and the schedule forget it.
     * Returns why it could not, or empty when it was taken back.
     */
    default Optional<String> undo(Attempt attempt) throws Exception {
        return Optional.empty();
    }

    /** Marks a question for editing later (':flag'); returns what to tell the person. */
    default String flag(String questionId) throws Exception {
        return "Flagged " + questionId + " for editing.";
    }
}
