package viva.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each question's memory state, derived by replaying its reviews through the scheduler. It depends on
 * the attempts alone, so editing or re-ordering a bank can never corrupt it; the history may keep a
 * copy to start from (viva.store.MemoryTable), but the attempts stay the truth. A drill adds each new
 * rating as it is made.
 */
public final class Memory {
    private final Map<String, Card> cards;
    private final Map<String, Instant> firstSeen;
    private final Map<String, Integer> reviews;

    private Memory(Map<String, Card> cards, Map<String, Instant> firstSeen, Map<String, Integer> reviews) {
        this.cards = cards;
        this.firstSeen = firstSeen;
        this.reviews = reviews;
    }

    public static Memory replay(Scheduler scheduler, Collection<Review> history) {
        // Each question's reviews replay independently of every other question's: do them side by side.
        Map<String, List<Review>> byQuestion = history.stream().collect(Collectors.groupingBy(Review::questionId));
        List<Memory> parts = byQuestion.values().parallelStream().map(reviews -> {
            Memory one = new Memory(new HashMap<>(), new HashMap<>(), new HashMap<>());
            reviews.stream().sorted(Comparator.comparing(Review::at)).forEach(r -> one.add(scheduler, r));
            return one;
        }).toList();
        Memory memory = new Memory(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Memory part : parts) {
            memory.cards.putAll(part.cards);
            memory.firstSeen.putAll(part.firstSeen);
            memory.reviews.putAll(part.reviews);
        }
        return memory;
    }

    /** A memory made from saved parts (see viva.store's snapshot); the maps are copied. */
    public static Memory of(Map<String, Card> cards, Map<String, Instant> firstSeen, Map<String, Integer> reviews) {
        return new Memory(new HashMap<>(cards), new HashMap<>(firstSeen), new HashMap<>(reviews));
    }

    /** A copy that later reviews added to this one do not touch. */
    public Memory copy() {
        return of(cards, firstSeen, reviews);
    }

    /** Every question seen, each with its card. */
    public Map<String, Card> cards() {
        return Collections.unmodifiableMap(cards);
    }

    public Optional<Instant> firstSeen(String questionId) {
        return Optional.ofNullable(firstSeen.get(questionId));
    }

    /** Applies one more review, as a drill does the moment an answer is rated; returns the question's new card. */
    public Card add(Scheduler scheduler, Review r) {
        Card card = cards.getOrDefault(r.questionId(), Card.newCard(r.at()));
        Instant at = card.lastReview() != null && r.at().isBefore(card.lastReview()) ? card.lastReview() : r.at();
        Card next = scheduler.review(card, r.rating(), at).card();
        cards.put(r.questionId(), next);
        firstSeen.putIfAbsent(r.questionId(), r.at());
        reviews.merge(r.questionId(), 1, Integer::sum);
        return next;
    }

    /** What the memory knew of one question, to go back to when a review is taken back. */
    public record Before(String questionId, Optional<Card> card, Optional<Instant> firstSeen, int reviews) {
    }

    public Before before(String questionId) {
        return new Before(questionId, card(questionId), firstSeen(questionId), reviews(questionId));
    }

    /** Forgets the reviews added since {@code before} was taken: an undo in the drill. */
    public void restore(Before before) {
        String id = before.questionId();
        before.card().ifPresentOrElse(c -> cards.put(id, c), () -> cards.remove(id));
        before.firstSeen().ifPresentOrElse(t -> firstSeen.put(id, t), () -> firstSeen.remove(id));
        if (before.reviews() == 0) {
            reviews.remove(id);
        } else {
            reviews.put(id, before.reviews());
        }
    }

    public Optional<Card> card(String questionId) {
        return Optional.ofNullable(cards.get(questionId));
    }

    public boolean seen(String questionId) {
        return cards.containsKey(questionId);
    }

    public int reviews(String questionId) {
        return reviews.getOrDefault(questionId, 0);
    }

    /** How many questions were seen for the first time on the UTC day of {@code now}: the new-per-day cap counts these. */
    public long introducedOn(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return firstSeen.values().stream().filter(t -> LocalDate.ofInstant(t, ZoneOffset.UTC).equals(today)).count();
    }

    /** Like {@link #introducedOn}, counting only the questions of {@code scope}: a plan for some tags counts only theirs. */
    public long introducedOn(Instant now, Collection<String> scope) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return scope.stream().map(firstSeen::get).filter(t -> t != null && LocalDate.ofInstant(t, ZoneOffset.UTC).equals(today))
                .count();
    }
}
