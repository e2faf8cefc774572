package viva.report;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The figures every group of attempts is judged by. Coverage is over typed answers only (empty when
 * all were aloud); {@code timeRatio} is the mean of time taken over time budget, 1.0 being exactly on time.
 */
public record Totals(int attempts, double meanRating, OptionalDouble meanCoverage, Duration meanTaken, double timeRatio,
                     int overBudget, Duration totalTaken) {
    public static final Totals NONE = new Totals(0, 0, OptionalDouble.empty(), Duration.ZERO, 0, 0, Duration.ZERO);

    /** Share of attempts over budget, 0-1. */
    public double overBudgetShare() {
        return attempts == 0 ? 0 : (double) overBudget / attempts;
    }
}
