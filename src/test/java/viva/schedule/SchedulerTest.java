package viva.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
    private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults());

    private Card reviewCard(Instant lastReview, double stability) {
        return new Card(lastReview.plus(Duration.ofDays(10)), stability, 5, State.REVIEW, 0, lastReview, 3, 0, 10);
    }

    @Test
    void aNewCardIsDueAtOnceAndHasNoRetrievability() {
        Card card = Card.newCard(START);
        assertThat(card.due()).isEqualTo(START);
        assertThat(card.state()).isEqualTo(State.NEW);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(3)))).isZero();
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        Card card = reviewCard(START, 10);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(10)))).isCloseTo(0.9, within(1e-8));
        assertThat(scheduler.retrievability(card, START)).isEqualTo(1.0);
    }

    @Test
    void elapsedDaysCountUtcCalendarDates() {
        Instant lateEvening = Instant.parse("2024-03-01T23:00:00Z");
        Card card = reviewCard(lateEvening, 10);
        ReviewResult nextMorning = scheduler.review(card, Rating.GOOD, Instant.parse("2024-03-02T01:00:00Z"));
        ReviewResult sameDay = scheduler.review(card, Rating.GOOD, Instant.parse("2024-03-01T23:30:00Z"));
        assertThat(nextMorning.log().elapsedDays()).isEqualTo(1);
        assertThat(sameDay.log().elapsedDays()).isZero();
        assertThat(nextMorning.card().stability()).isGreaterThan(sameDay.card().stability());
    }

    @Test
    void reviewingBeforeTheLastReviewDateIsRejected() {
        Card card = reviewCard(START, 10);
        assertThatThrownBy(() -> scheduler.review(card, Rating.GOOD, START.minus(Duration.ofDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reviewAgreesWithPreviewAndLogsTheCardBefore() {
        Card card = reviewCard(START, 10);
        Instant now = START.plus(Duration.ofDays(10));
        for (Rating rating : Rating.values()) {
            ReviewResult result = scheduler.review(card, rating, now);
            assertThat(result).isEqualTo(scheduler.preview(card, now).get(rating));
            assertThat(result.log()).isEqualTo(new ReviewLog(rating, now, 10, card));
            assertThat(result.card().reps()).isEqualTo(4);
            assertThat(result.card().lastReview()).isEqualTo(now);
        }
        assertThat(scheduler.review(card, Rating.AGAIN, now).card().lapses()).isEqualTo(1);
        assertThat(scheduler.review(card, Rating.HARD, now).card().lapses()).isZero();
    }

    @Test
    void aSingleRelearningStepGivesHardOneAndAHalfTimesIt() {
        Card lapsed = scheduler.review(reviewCard(START, 10), Rating.AGAIN, START.plus(Duration.ofDays(10))).card();
        Instant now = lapsed.due();
        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(scheduler.review(lapsed, Rating.HARD, now).card().due()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(scheduler.review(lapsed, Rating.GOOD, now).card().state()).isEqualTo(State.REVIEW);
    }

    @Test
    void aStepOfADayOrMoreLeavesLearningButKeepsItsLength() {
        FsrsParameters params = FsrsParameters.defaults()
                .withSteps(List.of(Duration.ofMinutes(10), Duration.ofDays(2)), List.of(Duration.ofMinutes(10)));
        Card card = new Scheduler(params).review(Card.newCard(START), Rating.GOOD, START).card();
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.step()).isEqualTo(1);
        assertThat(card.scheduledDays()).isEqualTo(2);
        assertThat(card.due()).isEqualTo(START.plus(Duration.ofDays(2)));
    }

    @Test
    void olderWeightSetsAreMigrated() {
        List<Double> fsrs5 = new ArrayList<>(FsrsParameters.defaults().w().subList(0, 19));
        assertThat(FsrsParameters.defaults().withWeights(fsrs5).w()).hasSize(21).endsWith(0.0, 0.5);
        List<Double> fsrs45 = new ArrayList<>(FsrsParameters.defaults().w().subList(0, 17));
        List<Double> migrated = FsrsParameters.defaults().withWeights(fsrs45).w();
        assertThat(migrated).hasSize(21).endsWith(0.0, 0.0, 0.0, 0.5);
        assertThat(migrated.get(4)).isCloseTo(6.4133 + 2 * 0.8334, within(1e-8));
        assertThat(migrated.get(5)).isCloseTo(Math.log(3 * 0.8334 + 1) / 3, within(1e-8));
        assertThat(migrated.get(6)).isCloseTo(3.0194 + 0.5, within(1e-8));
    }

    @Test
    void weightsAreClippedToTheirRanges() {
        List<Double> w = new ArrayList<>(FsrsParameters.defaults().w());
        w.set(20, 5.0);
        w.set(0, -1.0);
        List<Double> clipped = FsrsParameters.defaults().withWeights(w).w();
        assertThat(clipped.get(20)).isEqualTo(0.8);
        assertThat(clipped.get(0)).isEqualTo(0.001);
    }

    @Test
    void invalidSettingsAreRejected() {
        FsrsParameters defaults = FsrsParameters.defaults();
        assertThatThrownBy(() -> defaults.withDesiredRetention(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withDesiredRetention(1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaximumInterval(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withWeights(List.of(1.0, 2.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withSteps(List.of(Duration.ofSeconds(30)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enumValuesFollowFsrs() {
        assertThat(Rating.of(1)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.EASY.value()).isEqualTo(4);
        assertThat(State.of(3)).isEqualTo(State.RELEARNING);
        assertThatThrownBy(() -> Rating.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
