package viva.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * FSRS-6 scheduling with the behaviour of ts-fsrs 5.4.2.
 *
 * <p>Elapsed time is counted in UTC calendar days, as ts-fsrs does: 23:00 to 01:00 the next day is one day.
 * Fuzz is off unless a random source is given.
 */
public final class Scheduler {
    private static final long MINUTES_PER_DAY = 1440;
    private static final Rating[] RATINGS = Rating.values();

    private final FsrsParameters params;
    private final MemoryModel model;
    private final LearningSteps steps;
    private final Fuzz fuzz;

    public Scheduler(FsrsParameters params) {
        this(params, Fuzz.OFF);
    }

    /** Fuzzes review intervals of 3 days or more with {@code random}. */
    public Scheduler(FsrsParameters params, RandomGenerator random) {
        this(params, Fuzz.from(random::nextDouble));
    }

    private Scheduler(FsrsParameters params, Fuzz fuzz) {
        this.params = Objects.requireNonNull(params);
        this.model = new MemoryModel(params);
        this.steps = new LearningSteps(params);
        this.fuzz = fuzz;
    }

    public FsrsParameters parameters() {
        return params;
    }

    public ReviewResult review(Card card, Rating rating, Instant now) {
        return preview(card, now).get(rating);
    }

    /** The outcome of every rating at once, computed together because review intervals are ordered. */
    public Map<Rating, ReviewResult> preview(Card card, Instant now) {
        long days = elapsedDays(card, now);
        Map<Rating, MemoryState> memory = new EnumMap<>(Rating.class);
        for (Rating rating : RATINGS) {
            memory.put(rating, model.next(memoryOf(card), days, rating));
        }
        Map<Rating, Placement> placements = place(card, memory, days, now);
        Map<Rating, ReviewResult> results = new EnumMap<>(Rating.class);
        for (Rating rating : RATINGS) {
            Card next = apply(card, rating, memory.get(rating), placements.get(rating), now);
            results.put(rating, new ReviewResult(next, new ReviewLog(rating, now, days, card)));
        }
        return Collections.unmodifiableMap(results);
    }

    /**
     * Probability of recall at {@code now}; 0 for a new card. Like ts-fsrs's get_retrievability this counts
     * whole 24-hour periods rather than calendar days, so it changes at the time of day of the last review.
     */
    public double retrievability(Card card, Instant now) {
        if (card.state() == State.NEW) {
            return 0;
        }
        long days = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return model.retrievability(days, Weights.round8(card.stability()));
    }

    private static long elapsedDays(Card card, Instant now) {
        if (card.state() == State.NEW) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(utcDate(card.lastReview()), utcDate(now));
        if (days < 0) {
            throw new IllegalArgumentException("review at " + now + " precedes last review " + card.lastReview());
        }
        return days;
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** ts-fsrs recognises "never reviewed" by zero stability and difficulty rather than by state. */
    private static MemoryState memoryOf(Card card) {
        return card.stability() == 0 && card.difficulty() == 0 ? null : new MemoryState(card.stability(), card.difficulty());
    }

    private Map<Rating, Placement> place(Card card, Map<Rating, MemoryState> memory, long days, Instant now) {
        Map<Rating, Placement> out = new EnumMap<>(Rating.class);
        if (!params.shortTerm()) {
            placeInDays(out, Rating.AGAIN, memory, days, now);
        } else if (card.state() == State.REVIEW) {
            out.put(Rating.AGAIN, viaSteps(card, Rating.AGAIN, memory, days, now, State.RELEARNING));
            placeInDays(out, Rating.HARD, memory, days, now);
        } else {
            State stepping = card.state() == State.NEW ? State.LEARNING : card.state();
            for (Rating rating : RATINGS) {
                out.put(rating, viaSteps(card, rating, memory, days, now, stepping));
            }
        }
        return out;
    }

    private Placement viaSteps(Card card, Rating rating, Map<Rating, MemoryState> memory, long days, Instant now,
                               State stepping) {
        return steps.next(card.state(), card.step(), rating)
                .map(step -> Placement.minutes(step, now, stepping))
                .orElseGet(() -> Placement.days(interval(memory.get(rating), days), now));
    }

    /**
     * Gives each rating from {@code lowest} up a day interval, then forces a better rating never to come
     * due sooner than a worse one. This runs after the maximum-interval clamp, so near the cap Good and Easy
     * can exceed it by a day or two, exactly as in ts-fsrs.
     */
    private void placeInDays(Map<Rating, Placement> out, Rating lowest, Map<Rating, MemoryState> memory, long days,
                             Instant now) {
        int first = lowest.ordinal();
        int[] ivl = new int[RATINGS.length];
        for (int i = first; i < RATINGS.length; i++) {
            ivl[i] = interval(memory.get(RATINGS[i]), days);
        }
        ivl[first] = Math.min(ivl[first], ivl[first + 1]);
        for (int i = first + 1; i < RATINGS.length; i++) {
            ivl[i] = Math.max(ivl[i], ivl[i - 1] + 1);
        }
        for (int i = first; i < RATINGS.length; i++) {
            out.put(RATINGS[i], Placement.days(ivl[i], now));
        }
    }

    private int interval(MemoryState memory, long days) {
        return fuzz.apply(model.interval(memory.stability()), days, params.maximumInterval());
    }

    private Card apply(Card card, Rating rating, MemoryState memory, Placement placement, Instant now) {
        int lapses = card.lapses() + (isLapse(card.state(), rating) ? 1 : 0);
        return new Card(placement.due(), memory.stability(), memory.difficulty(), placement.state(), placement.step(),
                now, card.reps() + 1, lapses, placement.scheduledDays());
    }

    /** The long-term scheduler treats Learning and Relearning cards as Review cards, lapses included. */
    private boolean isLapse(State state, Rating rating) {
        return rating == Rating.AGAIN && (state == State.REVIEW || !params.shortTerm() && state != State.NEW);
    }

    private record Placement(State state, int step, int scheduledDays, Instant due) {
        static Placement days(int days, Instant now) {
            return new Placement(State.REVIEW, 0, days, now.plus(Duration.ofDays(days)));
        }

        /** A step of a day or more leaves the ladder but keeps its own length, as in ts-fsrs. */
        static Placement minutes(LearningSteps.Step step, Instant now, State stepping) {
            Instant due = now.plus(Duration.ofMinutes(step.minutes()));
            return step.minutes() < MINUTES_PER_DAY
                    ? new Placement(stepping, step.next(), 0, due)
                    : new Placement(State.REVIEW, step.next(), (int) (step.minutes() / MINUTES_PER_DAY), due);
        }
    }
}
