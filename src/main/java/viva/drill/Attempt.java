package viva.drill;

import viva.schedule.Rating;
import viva.bank.Lang;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One answer given and revealed. {@code coverage} is empty when the question was answered aloud: there is
 * no text to check, and the self-rating is all there is. {@code rating} is empty when the drill ended at
 * the rating prompt: the answer is kept all the same, but an unrated attempt does not move the schedule.
 */
public record Attempt(String questionId, Lang lang, Instant startedAt, Instant endedAt, Duration budget, int hintsUsed,
                      String answer, Optional<Coverage> coverage, Optional<Rating> rating) {
    public Duration taken() {
        return Duration.between(startedAt, endedAt);
    }

    public boolean overBudget() {
        return taken().compareTo(budget) > 0;
    }

    public boolean aloud() {
        return coverage.isEmpty();
    }
}
