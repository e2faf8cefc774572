package viva.store;

import viva.bank.Lang;
import viva.schedule.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt as history keeps it: the answer, its marks and rating, plus what a later reader needs to make sense
 * of it (bank, tags and text fingerprint at the time, session and mode). {@code id} is 0 until stored.
 * {@code points} is empty for an answer given aloud; {@code rating} is empty for an answer kept unrated,
 * which history lists but no figure or schedule counts. {@code points} are the marks the person confirmed;
 * {@code suggested} are viva's own, kept to say how often they needed correcting. {@code learner} is who practised,
 * as read back from a server ("" in a file, and in an attempt about to be stored: the store sets it).
 */
public record StoredAttempt(long id, long sessionId, String mode, String questionId, String bank, String textHash,
                            Lang lang, List<String> tags, Instant startedAt, Instant endedAt, Duration taken,
                            Duration budget, int hintsUsed, String answer, Optional<List<Boolean>> points,
                            Optional<Rating> rating, Optional<List<Boolean>> suggested, String learner) {
    public StoredAttempt {
        tags = List.copyOf(tags);
        points = points.map(List::copyOf);
        suggested = suggested.map(List::copyOf);
    }

    /** An attempt as this machine makes it, before the store knows its learner. */
    public StoredAttempt(long id, long sessionId, String mode, String questionId, String bank, String textHash,
                         Lang lang, List<String> tags, Instant startedAt, Instant endedAt, Duration taken,
                         Duration budget, int hintsUsed, String answer, Optional<List<Boolean>> points,
                         Optional<Rating> rating, Optional<List<Boolean>> suggested) {
        this(id, sessionId, mode, questionId, bank, textHash, lang, tags, startedAt, endedAt, taken, budget, hintsUsed,
                answer, points, rating, suggested, "");
    }

    /** An attempt whose marks were viva's, accepted as they were. */
    public StoredAttempt(long id, long sessionId, String mode, String questionId, String bank, String textHash,
                         Lang lang, List<String> tags, Instant startedAt, Instant endedAt, Duration taken,
                         Duration budget, int hintsUsed, String answer, Optional<List<Boolean>> points,
                         Optional<Rating> rating) {
        this(id, sessionId, mode, questionId, bank, textHash, lang, tags, startedAt, endedAt, taken, budget, hintsUsed,
                answer, points, rating, points);
    }

    /** Whether the person changed any of viva's marks. */
    public boolean corrected() {
        return points.isPresent() && !points.equals(suggested);
    }

    /** Whole percent of key points covered, as the drill showed it; empty when answered aloud. */
    public OptionalInt coverage() {
        // Rounded as the drill rounds it: a question without points counts as fully covered.
        return points.map(p -> OptionalInt.of(p.isEmpty() ? 100
                : (int) Math.round(100.0 * p.stream().filter(Boolean::booleanValue).count() / p.size()))).orElse(OptionalInt.empty());
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
