package viva.schedule;

import java.time.Instant;

/** One rated attempt as the scheduler sees it: which question, when, how it went. Any mode counts. */
public record Review(String questionId, Instant at, Rating rating) {
}
