package viva.schedule;

import java.time.Instant;

/**
 * One answer. Keeping the whole card as it was lets a caller undo the review or replay history
 * into a future optimizer without a second record type.
 *
 * @param elapsedDays UTC calendar days since the previous review, 0 for a new card
 */
public record ReviewLog(Rating rating, Instant reviewedAt, long elapsedDays, Card before) {
}
