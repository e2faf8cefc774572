package viva.schedule;

import java.util.Comparator;
import java.util.OptionalDouble;

/**
 * What "weak" means, the one meaning that drill --weak, the reports' weakest questions and stats share, over
 * questions already attempted: the lowest predicted recall now, then the last rating (Again before Easy, also
 * right after both were rated, when recall is still alike), then the lowest confirmed key-point coverage.
 */
public final class Weakness {
    private Weakness() {
    }

    /**
     * One attempted question's standing: recall now (0-1), its last rating, and its mean confirmed coverage
     * (0-100; empty when it was only answered aloud, which counts after any known coverage).
     */
    public record Standing(String id, double recall, Rating lastRating, OptionalDouble coverage) {
    }

    /** Recall is compared to the hundredth: a few seconds' decay must not outrank the rating just given. */
    public static final Comparator<Standing> WEAKEST_FIRST = Comparator
            .comparingLong((Standing s) -> Math.round(s.recall() * 100))
            .thenComparingInt(s -> s.lastRating().value())
            .thenComparingDouble(s -> s.coverage().orElse(Double.MAX_VALUE))
            .thenComparing(Standing::id);
}
