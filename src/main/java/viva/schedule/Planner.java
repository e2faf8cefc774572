package viva.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Decides what to practise: what is due, what is new, what is weak, and what an exam date asks for. */
public final class Planner {
    private final Scheduler scheduler;

    public Planner(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Seen questions due at or before {@code now}, the most likely to be forgotten (lowest retrievability) first. */
    public List<String> due(List<String> scope, Memory memory, Instant now) {
        return scope.stream()
                .filter(id -> memory.card(id).filter(c -> !c.due().isAfter(now)).isPresent())
                .sorted(Comparator.comparingDouble(id -> recall(memory, id, now)))
                .toList();
    }

    /** Never-seen questions, in scope order, up to what is left of today's allowance of {@code perDay}. */
    public List<String> fresh(List<String> scope, Memory memory, Instant now, int perDay) {
        long left = Math.max(0, perDay - memory.introducedOn(now));
        return scope.stream().filter(id -> !memory.seen(id)).limit(left).toList();
    }

    /** Attempted questions, weakest first as {@link Weakness} says; {@code lastRatings} and {@code coverage} from history. */
    public List<String> weak(List<String> scope, Memory memory, Instant now, Map<String, Rating> lastRatings,
                             Map<String, Double> coverage) {
        return scope.stream().filter(id -> memory.seen(id) && lastRatings.containsKey(id))
                .map(id -> new Weakness.Standing(id, recall(memory, id, now), lastRatings.get(id),
                        coverage.containsKey(id) ? OptionalDouble.of(coverage.get(id)) : OptionalDouble.empty()))
                .sorted(Weakness.WEAKEST_FIRST).map(Weakness.Standing::id).toList();
    }

    /** How many of {@code scope} fall due on each of the next {@code days} UTC days; anything overdue counts today. */
    public SortedMap<LocalDate, Integer> forecast(List<String> scope, Memory memory, Instant now, int days) {
        LocalDate today = day(now);
        SortedMap<LocalDate, Integer> counts = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            counts.put(today.plusDays(i), 0);
        }
        for (String id : scope) {
            memory.card(id).ifPresent(card -> {
                LocalDate due = day(card.due()).isBefore(today) ? today : day(card.due());
                counts.computeIfPresent(due, (d, n) -> n + 1);
            });
        }
        return counts;
    }

    /**
     * The plan for an interview on {@code exam}: every question is to be seen, and reviewed once more on a
     * later day, before that date. New questions are spread over the days that still leave a day to
     * review them; reviews go to what is least likely to be remembered on the exam day itself.
     */
    public ExamPlan exam(List<String> scope, Memory memory, Instant now, LocalDate exam) {
        LocalDate today = day(now);
        long daysLeft = ChronoUnit.DAYS.between(today, exam);
        List<String> unseen = scope.stream().filter(id -> !memory.seen(id)).toList();
        long introDays = Math.max(1, daysLeft - 1);
        // Only the scope's own questions count: new questions of other tags met today are no part of this plan.
        long introducedToday = memory.introducedOn(now, scope);
        int newPerDay = (int) Math.ceil((unseen.size() + introducedToday) / (double) introDays);
        long newToday = Math.min(unseen.size(), Math.max(0, newPerDay - introducedToday));
        Instant examStart = exam.atStartOfDay(ZoneOffset.UTC).toInstant();
        double target = scheduler.parameters().desiredRetention();
        List<String> reviews = scope.stream().filter(memory::seen)
                .filter(id -> needsReview(memory, id, now, examStart, target))
                .sorted(Comparator.comparingDouble(id -> recall(memory, id, examStart)))
                .toList();
        List<String> fresh = unseen.stream().limit(newToday).toList();
        boolean fits = daysLeft >= 2 || (daysLeft == 1 && unseen.isEmpty());
        int seenOnce = (int) scope.stream().filter(id -> memory.seen(id) && memory.reviews(id) < 2).count();
        return new ExamPlan(exam, daysLeft, unseen.size(), seenOnce, newPerDay, fits, reviews, fresh);
    }

    /** Due now, or expected below the target on the exam day, or seen only once and not today. */
    private boolean needsReview(Memory memory, String id, Instant now, Instant examStart, double target) {
        Card card = memory.card(id).orElseThrow();
        boolean onceBefore = memory.reviews(id) < 2 && day(card.lastReview()).isBefore(day(now));
        return !card.due().isAfter(now) || recall(memory, id, examStart) < target || onceBefore;
    }

    /** Retrievability, 0-1; a question never seen has nothing to recall. */
    public double recall(Memory memory, String id, Instant at) {
        return memory.card(id).map(c -> scheduler.retrievability(c, at)).orElse(0.0);
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    /**
     * @param unseen    questions not yet seen
     * @param seenOnce  questions seen but not yet reviewed again
     * @param newPerDay new questions a day needed to see them all with a day to spare for their review
     * @param fits      whether the days left allow every question to be seen and reviewed before the exam
     * @param reviews   today's reviews, least likely to be remembered on the exam day first
     * @param fresh     today's new questions
     */
    public record ExamPlan(LocalDate exam, long daysLeft, int unseen, int seenOnce, int newPerDay, boolean fits,
                           List<String> reviews, List<String> fresh) {
        public ExamPlan {
            reviews = List.copyOf(reviews);
            fresh = List.copyOf(fresh);
        }

        /** Today's questions: the reviews, then the new ones. */
        public List<String> today() {
            return Stream.concat(reviews.stream(), fresh.stream()).toList();
        }
    }
}
