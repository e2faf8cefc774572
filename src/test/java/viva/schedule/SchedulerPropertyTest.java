package viva.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants over random review histories; each seed gives one reproducible history. */
class SchedulerPropertyTest {
    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
    private static final int REVIEWS = 60;
    private static final List<Integer> MAXIMA = List.of(10, 100, 365, 36500);

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, 31337, 987654321})
    void intervalsGrowWithRatingAndRespectTheMaximum(long seed) {
        Random random = new Random(seed);
        for (boolean shortTerm : new boolean[] {true, false}) {
            FsrsParameters params = randomParameters(random, shortTerm);
            walk(new Scheduler(params), random, (card, now, preview) -> {
                assertOrdered(preview, now, params + " " + card);
                assertWithinMaximum(preview, params);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 99})
    void fuzzStaysInsideItsRange(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Fuzz fuzz = Fuzz.from(random::nextDouble);
        for (int interval = 1; interval <= 1000; interval++) {
            long elapsed = random.nextInt(2 * interval);
            int maximum = random.nextBoolean() ? 36500 : Math.max(interval, random.nextInt(1, 1000));
            int fuzzed = fuzz.apply(interval, elapsed, maximum);
            if (interval < 3) {
                assertThat(fuzzed).isEqualTo(interval);
            } else {
                Fuzz.Range range = Fuzz.range(interval, elapsed, maximum);
                assertThat(fuzzed).as("interval " + interval).isBetween(range.min(), range.max()).isLessThanOrEqualTo(maximum);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 17, 123})
    void fuzzChangesOnlyIntervals(long seed) {
        Random random = new Random(seed);
        FsrsParameters params = randomParameters(random, true);
        Scheduler plain = new Scheduler(params);
        Scheduler fuzzed = new Scheduler(params, new SplittableRandom(seed));
        walk(plain, random, (card, now, preview) -> {
            Map<Rating, ReviewResult> spread = fuzzed.preview(card, now);
            long days = preview.get(Rating.GOOD).log().elapsedDays();
            for (Rating rating : Rating.values()) {
                Card exact = preview.get(rating).card();
                Card other = spread.get(rating).card();
                assertThat(other.stability()).isEqualTo(exact.stability());
                assertThat(other.state()).isEqualTo(exact.state());
                boolean ordered = card.state() == State.REVIEW && rating != Rating.AGAIN;
                if (exact.state() == State.REVIEW && !ordered && exact.scheduledDays() >= 3) {
                    Fuzz.Range range = Fuzz.range(exact.scheduledDays(), days, params.maximumInterval());
                    assertThat(other.scheduledDays()).as(rating + " " + card).isBetween(range.min(), range.max());
                }
            }
            if (card.state() == State.REVIEW) {
                int hard = spread.get(Rating.HARD).card().scheduledDays();
                int good = spread.get(Rating.GOOD).card().scheduledDays();
                assertThat(hard).isLessThan(good);
                assertThat(good).isLessThan(spread.get(Rating.EASY).card().scheduledDays());
            }
            assertWithinMaximum(spread, params);
        });
    }

    interface Check {
        void at(Card card, Instant now, Map<Rating, ReviewResult> preview);
    }

    /** Answers at random times around the due date with random ratings, checking every preview on the way. */
    private static void walk(Scheduler scheduler, Random random, Check check) {
        Card card = Card.newCard(START);
        Instant now = START;
        for (int i = 0; i < REVIEWS; i++) {
            Map<Rating, ReviewResult> preview = scheduler.preview(card, now);
            check.at(card, now, preview);
            card = preview.get(Rating.of(1 + random.nextInt(4))).card();
            now = nextReviewTime(card, random);
        }
    }

    private static Instant nextReviewTime(Card card, Random random) {
        long planned = Duration.between(card.lastReview(), card.due()).toMinutes();
        double share = switch (random.nextInt(4)) {
            case 0 -> random.nextDouble();         // early, possibly the same day
            case 1 -> 1;                           // on time
            default -> 1 + 3 * random.nextDouble(); // late
        };
        return card.lastReview().plus(Duration.ofMinutes(Math.round(planned * share)));
    }

    private static FsrsParameters randomParameters(Random random, boolean shortTerm) {
        FsrsParameters params = FsrsParameters.defaults()
                .withDesiredRetention(0.7 + 0.29 * random.nextDouble())
                .withMaximumInterval(MAXIMA.get(random.nextInt(MAXIMA.size())))
                .withShortTerm(shortTerm);
        return random.nextBoolean() ? params : params.withSteps(List.of(), List.of());
    }

    private static void assertOrdered(Map<Rating, ReviewResult> preview, Instant now, String where) {
        Duration previous = Duration.ZERO;
        for (Rating rating : Rating.values()) {
            Duration wait = Duration.between(now, preview.get(rating).card().due());
            assertThat(wait).as(rating + " at " + where).isGreaterThanOrEqualTo(previous).isPositive();
            previous = wait;
        }
    }

    /**
     * The FSRS interval never exceeds the maximum, but ts-fsrs orders the buttons after clamping, so each
     * rating above the lowest day-interval one may go one day further (spec section 6).
     */
    private static void assertWithinMaximum(Map<Rating, ReviewResult> preview, FsrsParameters params) {
        int slack = 0;
        for (Rating rating : Rating.values()) {
            Card card = preview.get(rating).card();
            assertThat(card.scheduledDays()).as(rating.name()).isLessThanOrEqualTo(params.maximumInterval() + slack);
            if (card.scheduledDays() > 0) {
                slack++;
            }
        }
    }
}
