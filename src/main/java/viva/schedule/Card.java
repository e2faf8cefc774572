package viva.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * The memory state of one card. A new card has stability and difficulty 0 and no last review.
 *
 * @param step          index into the (re)learning steps; only meaningful in Learning and Relearning
 * @param scheduledDays whole days granted by the last review, 0 while on minute steps
 */
public record Card(Instant due, double stability, double difficulty, State state, int step,
                   Instant lastReview, int reps, int lapses, int scheduledDays) {

    public Card {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        if (step < 0 || reps < 0 || lapses < 0 || scheduledDays < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
        if (state != State.NEW) {
            Objects.requireNonNull(lastReview, "a reviewed card needs its last review time");
        }
    }

    /** A card never reviewed, due at once. */
    public static Card newCard(Instant now) {
        return new Card(now, 0, 0, State.NEW, 0, null, 0, 0, 0);
    }
}
