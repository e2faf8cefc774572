package viva.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The minute-scale ladder before FSRS hands out days; mirrors ts-fsrs's BasicLearningStepsStrategy. */
final class LearningSteps {
    /** A delay in whole minutes and the step index the card moves to. */
    record Step(long minutes, int next) {
    }

    private final long[] learning;
    private final long[] relearning;

    LearningSteps(FsrsParameters params) {
        learning = minutes(params.learningSteps());
        relearning = minutes(params.relearningSteps());
    }

    /** The step an answer leads to, or empty when the card leaves the ladder for a day interval. */
    Optional<Step> next(State state, int current, Rating rating) {
        boolean lapsed = state == State.REVIEW || state == State.RELEARNING;
        long[] steps = lapsed ? relearning : learning;
        if (steps.length == 0 || current >= steps.length) {
            return Optional.empty();
        }
        if (state == State.REVIEW) {
            return rating == Rating.AGAIN ? step(steps[current], 0) : Optional.empty();
        }
        return switch (rating) {
            case AGAIN -> step(steps[0], 0);
            // ts-fsrs derives Hard from the first steps whatever the current step (py-fsrs does not).
            case HARD -> step(steps.length == 1 ? Math.round(steps[0] * 1.5) : Math.round((steps[0] + steps[1]) / 2.0), current);
            case GOOD -> current + 1 < steps.length ? step(steps[current + 1], current + 1) : Optional.empty();
            case EASY -> Optional.empty();
        };
    }

    /** A zero-minute step means "no delay", which ts-fsrs treats as graduating. */
    private static Optional<Step> step(long minutes, int next) {
        return minutes > 0 ? Optional.of(new Step(minutes, next)) : Optional.empty();
    }

    private static long[] minutes(List<Duration> steps) {
        return steps.stream().mapToLong(Duration::toMinutes).toArray();
    }
}
