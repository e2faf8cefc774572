package viva.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduling decisions over replayed history, with the clock passed in (no fuzz). */
class PlannerTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private final Scheduler scheduler = new Scheduler(FsrsParameters.defaults());
    private final Planner planner = new Planner(scheduler);

    private Memory replay(List<Review> history) {
        return Memory.replay(scheduler, history);
    }

    @Test
    void aQuestionRatedGoodIsNotDueTomorrowButIsDueAfterItsInterval() {
        // Good when new, Good again after the ten-minute learning step: it graduates to days.
        List<Review> history = List.of(new Review("q", MONDAY, Rating.GOOD), new Review("q", MONDAY.plus(Duration.ofMinutes(10)), Rating.GOOD));
        Memory memory = replay(history);
        Card card = memory.card("q").orElseThrow();
        assertThat(card.state()).isEqualTo(State.REVIEW);
        assertThat(card.scheduledDays()).isGreaterThanOrEqualTo(2);
        assertThat(planner.due(List.of("q"), memory, MONDAY.plus(Duration.ofDays(1)))).isEmpty();
        Instant afterInterval = MONDAY.plus(Duration.ofDays(card.scheduledDays() + 1));
        assertThat(planner.due(List.of("q"), memory, afterInterval)).containsExactly("q");
    }

    @Test
    void dueQuestionsComeMostLikelyForgottenFirst() {
        List<Review> history = List.of(
                new Review("easy", MONDAY, Rating.EASY),
                new Review("again", MONDAY, Rating.AGAIN),
                new Review("good", MONDAY, Rating.GOOD));
        Memory memory = replay(history);
        Instant later = MONDAY.plus(Duration.ofDays(40));
        assertThat(planner.due(List.of("easy", "good", "again"), memory, later)).containsExactly("again", "good", "easy");
    }

    @Test
    void theNewCapCountsQuestionsAlreadyIntroducedTodayAcrossSessions() {
        List<String> scope = IntStream.range(0, 30).mapToObj(i -> "q" + i).toList();
        // A first session this morning introduced four questions.
        List<Review> morning = IntStream.range(0, 4).mapToObj(i -> new Review("q" + i, MONDAY, Rating.GOOD)).toList();
        Memory memory = replay(morning);
        Instant afternoon = MONDAY.plus(Duration.ofHours(5));
        assertThat(planner.fresh(scope, memory, afternoon, 10)).containsExactly("q4", "q5", "q6", "q7", "q8", "q9");
        // Tomorrow the allowance is whole again.
        assertThat(planner.fresh(scope, memory, MONDAY.plus(Duration.ofDays(1)), 10)).hasSize(10).startsWith("q4");
    }

    @Test
    void weakQuestionsComeLowestRecallThenLowestCoverageFirst() {
        Memory memory = replay(List.of(new Review("a", MONDAY, Rating.GOOD), new Review("b", MONDAY, Rating.GOOD),
                new Review("c", MONDAY, Rating.AGAIN)));
        Map<String, Rating> last = Map.of("a", Rating.GOOD, "b", Rating.GOOD, "c", Rating.AGAIN);
        List<String> weak = planner.weak(List.of("a", "b", "c", "never"), memory, MONDAY.plus(Duration.ofDays(3)), last,
                Map.of("a", 80.0, "b", 20.0, "c", 90.0));
        assertThat(weak).containsExactly("c", "b", "a");
    }

    @Test
    void rightAfterRatingAgainComesBeforeEasyThoughRecallIsAlikeForBoth() {
        Instant at = MONDAY.plus(Duration.ofMinutes(1));
        Memory memory = replay(List.of(new Review("easy", MONDAY, Rating.EASY), new Review("again1", MONDAY, Rating.AGAIN),
                new Review("again2", MONDAY, Rating.AGAIN), new Review("again3", MONDAY, Rating.AGAIN)));
        Map<String, Rating> last = Map.of("easy", Rating.EASY, "again1", Rating.AGAIN, "again2", Rating.AGAIN, "again3", Rating.AGAIN);
        List<String> weak = planner.weak(List.of("easy", "again1", "again2", "again3"), memory, at, last,
                Map.of("easy", 50.0, "again1", 90.0, "again2", 10.0, "again3", 60.0));
        assertThat(weak).containsExactly("again2", "again3", "again1", "easy");
    }

    @Test
    void theForecastCountsWhatFallsDueEachDay() {
        Memory memory = replay(List.of(new Review("a", MONDAY, Rating.AGAIN), new Review("b", MONDAY.minus(Duration.ofDays(30)), Rating.GOOD)));
        var forecast = planner.forecast(List.of("a", "b", "unseen"), memory, MONDAY, 14);
        assertThat(forecast).hasSize(14);
        assertThat(forecast.get(LocalDate.of(2026, 11, 23))).isEqualTo(2);
        assertThat(forecast.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
    }

    @Test
    void anExamPlanOver60QuestionsAnd10DaysSeesAndReviewsEveryQuestionBeforeTheDate() {
        List<String> scope = IntStream.range(0, 60).mapToObj(i -> "q" + i).toList();
        LocalDate exam = LocalDate.of(2026, 12, 3);
        List<Review> history = new ArrayList<>();
        Planner.ExamPlan first = planner.exam(scope, replay(history), MONDAY, exam);
        assertThat(first.daysLeft()).isEqualTo(10);
        assertThat(first.newPerDay()).isEqualTo(7);
        assertThat(first.fits()).isTrue();
        for (int day = 0; day < 10; day++) {
            Instant now = MONDAY.plus(Duration.ofDays(day));
            Planner.ExamPlan plan = planner.exam(scope, replay(history), now, exam);
            for (String id : plan.today()) {
                history.add(new Review(id, now, Rating.GOOD));
            }
        }
        Memory end = replay(history);
        Instant examDay = exam.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (String id : scope) {
            List<Instant> days = history.stream().filter(r -> r.questionId().equals(id)).map(Review::at).toList();
            assertThat(days).as(id).hasSizeGreaterThanOrEqualTo(2);
            assertThat(days.get(days.size() - 1)).as(id).isAfter(days.get(0)).isBefore(examDay);
        }
        assertThat(end.introducedOn(examDay)).isZero();
    }

    @Test
    void anExamTomorrowWithUnseenQuestionsDoesNotFit() {
        Planner.ExamPlan plan = planner.exam(List.of("a", "b"), replay(List.of()), MONDAY, LocalDate.of(2026, 11, 24));
        assertThat(plan.fits()).isFalse();
        assertThat(plan.today()).containsExactly("a", "b");
    }

    @Test
    void theComeBackPhraseReadsNaturally() {
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofMinutes(10)))).isEqualTo("again in 10 minutes");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofHours(3)))).isEqualTo("again in 3 hours");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofHours(20)))).isEqualTo("again tomorrow");
        assertThat(DueIn.phrase(MONDAY, MONDAY.plus(Duration.ofDays(3)))).isEqualTo("again in 3 days");
        assertThat(DueIn.phrase(MONDAY, MONDAY)).isEqualTo("again now");
    }

    @Test
    void addingAReviewMovesTheCardOnAsAReplayWould() {
        Memory live = replay(List.of(new Review("q", MONDAY, Rating.GOOD)));
        Card added = live.add(scheduler, new Review("q", MONDAY.plus(Duration.ofMinutes(10)), Rating.GOOD));
        Card replayed = replay(List.of(new Review("q", MONDAY, Rating.GOOD), new Review("q", MONDAY.plus(Duration.ofMinutes(10)), Rating.GOOD)))
                .card("q").orElseThrow();
        assertThat(added).isEqualTo(replayed);
        assertThat(live.reviews("q")).isEqualTo(2);
    }
}
