package viva.report;

import viva.bank.Lang;
import viva.schedule.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt as history and the report show it. {@code points} (the key points the person confirmed)
 * and {@code coverage} (their whole percent, as the drill showed it) are empty for an answer given aloud;
 * {@code rating} is empty for an answer kept unrated. {@code learner} is who practised, where the report is a
 * cohort's; "" otherwise.
 */
public record AttemptRow(long id, long sessionId, String mode, String questionId, String bank, String textHash, Lang lang,
                         List<String> tags, Instant startedAt, Instant endedAt, Duration taken, Duration budget,
                         int hintsUsed, String answer, Optional<List<Boolean>> points, OptionalInt coverage,
                         Optional<Rating> rating, String learner) {
    public AttemptRow {
        tags = List.copyOf(tags);
        points = points.map(List::copyOf);
    }

    /** The rating's name, or "unrated". */
    public String ratingLabel() {
        return rating.map(Rating::label).orElse("unrated");
    }

    /** The rating 1-4, or null for an unrated attempt (as JSON and CSV write it). */
    public Integer ratingValue() {
        return rating.map(Rating::value).orElse(null);
    }

    public boolean overBudget() {
        return taken.compareTo(budget) > 0;
    }

    public boolean aloud() {
        return points.isEmpty();
    }
}
