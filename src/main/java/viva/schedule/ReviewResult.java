package viva.schedule;

/** The card after a review together with the log entry describing that review. */
public record ReviewResult(Card card, ReviewLog log) {
}
