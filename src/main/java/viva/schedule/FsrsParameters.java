package viva.schedule;

import java.time.Duration;
import java.util.List;

/**
 * Scheduler settings. Weights are migrated and clipped on construction, as ts-fsrs does.
 *
 * @param w                 17, 19 or 21 FSRS weights; always 21 after construction
 * @param desiredRetention  the recall probability at which a card falls due, in (0, 1]
 * @param maximumInterval   the longest interval in days
 * @param learningSteps     minute-scale steps for new cards, whole minutes
 * @param relearningSteps   minute-scale steps after a lapse, whole minutes
 * @param shortTerm         false selects ts-fsrs's long-term scheduler: no steps, every answer gets days
 */
public record FsrsParameters(List<Double> w, double desiredRetention, int maximumInterval,
                             List<Duration> learningSteps, List<Duration> relearningSteps, boolean shortTerm) {

    public FsrsParameters {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], got " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least 1 day, got " + maximumInterval);
        }
        learningSteps = checkSteps(learningSteps);
        relearningSteps = checkSteps(relearningSteps);
        w = Weights.normalize(w, relearningSteps.size(), shortTerm);
    }

    /** ts-fsrs 5.4.2 defaults: FSRS-6 weights, 90% retention, 100 years, steps 1m 10m and 10m. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(Weights.DEFAULT, 0.9, 36500,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), true);
    }

    public FsrsParameters withWeights(List<Double> weights) {
        return new FsrsParameters(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, shortTerm);
    }

    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(w, retention, maximumInterval, learningSteps, relearningSteps, shortTerm);
    }

    public FsrsParameters withMaximumInterval(int days) {
        return new FsrsParameters(w, desiredRetention, days, learningSteps, relearningSteps, shortTerm);
    }

    public FsrsParameters withSteps(List<Duration> learning, List<Duration> relearning) {
        return new FsrsParameters(w, desiredRetention, maximumInterval, learning, relearning, shortTerm);
    }

    public FsrsParameters withShortTerm(boolean enabled) {
        return new FsrsParameters(w, desiredRetention, maximumInterval, learningSteps, relearningSteps, enabled);
    }

    /**
     * Written out as a record's own toString would be (saved memory is keyed by this text, so it must not change):
     * the generated one is bootstrapped through method handles at first use, some 40 ms of a 'viva due'.
     */
    @Override
    public String toString() {
        return "FsrsParameters[w=" + w + ", desiredRetention=" + desiredRetention + ", maximumInterval=" + maximumInterval
                + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps + ", shortTerm=" + shortTerm + "]";
    }

    private static List<Duration> checkSteps(List<Duration> steps) {
        for (Duration step : steps) {
            if (step.isNegative() || !step.equals(Duration.ofMinutes(step.toMinutes()))) {
                throw new IllegalArgumentException("steps must be whole, non-negative minutes, got " + step);
            }
        }
        return List.copyOf(steps);
    }
}
