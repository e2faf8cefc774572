package viva.drill;

/** Where a rated attempt goes the moment it is rated, so that nothing already rated is lost. */
@FunctionalInterface
public interface AttemptSink {
    AttemptSink NONE = attempt -> "";

    /** Keeps the attempt; returns a short note for the person, or "" for none. */
    String keep(Attempt attempt) throws Exception;
}
