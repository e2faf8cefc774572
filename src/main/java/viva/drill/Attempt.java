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
 * {@code coverage} is what the person confirmed; {@code suggested} is what viva's matcher proposed.
 */
public record Attempt(String questionId, Lang lang, Instant startedAt, Instant endedAt, Duration budget, int hintsUsed,
                      String answer, Optional<Coverage> coverage, Optional<Rating> rating, Optional<Coverage> suggested) {
    /** An attempt whose marks were viva's own, accepted as they were. */
    public Attempt(String questionId, Lang lang, Instant startedAt, Instant endedAt, Duration budget, int hintsUsed,
                   String answer, Optional<Coverage> coverage, Optional<Rating> rating) {
        this(questionId, lang, startedAt, endedAt, budget, hintsUsed, answer, coverage, rating, coverage);
    }

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
