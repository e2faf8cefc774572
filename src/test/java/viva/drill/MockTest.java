package viva.drill;

import org.junit.jupiter.api.Test;
import viva.bank.Difficulty;
import viva.bank.Lang;
import viva.bank.Question;
import viva.schedule.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The mock interview flow over a scripted screen: answers first, reveals and ratings at the end. */
class MockTest {
    /** Records the order of what the drill asks of the screen. */
    private static final class Script implements DrillScreen {
        final List<String> events = new ArrayList<>();

        @Override
        public void ask(Turn turn) {
            events.add("ask " + turn.question().id() + " " + turn.interviewLeft().map(Duration::toMinutes).orElse(-1L));
        }

        @Override
        public Answer answer(Turn turn) {
            return Answer.typed("routing");
        }

        @Override
        public void reveal(Turn turn, Answer answer, Optional<Coverage> coverage, Duration taken) {
            events.add("reveal " + turn.question().id());
        }

        @Override
        public Rating rate(Turn turn, Marks marks) {
            return Rating.GOOD;
        }

        @Override
        public void rated(Attempt attempt, String note) {
            events.add("rated " + attempt.questionId());
        }

        @Override
        public void summary(Summary summary) {
            events.add("summary");
        }
    }

    private final List<Question> questions = List.of(Questions.of("a", Difficulty.EASY, "moe"),
            Questions.of("b", Difficulty.EASY, "moe"), Questions.of("c", Difficulty.EASY, "moe"));

    @Test
    void nothingIsRevealedUntilEveryAnswerIsGivenAndAttemptsAreKeptInOrder() throws Exception {
        Script screen = new Script();
        List<String> kept = new ArrayList<>();
        StepClock clock = new StepClock(Instant.parse("2026-11-23T09:00:00Z"), Duration.ofSeconds(30));
        Summary summary = new Drill(screen, clock, a -> {
            kept.add(a.questionId());
            return "";
        }).mock(new Drill.Plan(questions, Lang.EN, 1, 1), Duration.ofMinutes(45), true);
        assertThat(screen.events).containsExactly("ask a 44", "ask b 42", "ask c 40",
                "reveal a", "rated a", "reveal b", "rated b", "reveal c", "rated c", "summary");
        assertThat(kept).containsExactly("a", "b", "c");
        assertThat(summary.answered()).isEqualTo(3);
    }

    @Test
    void whenTheInterviewTimeIsUpNoFurtherQuestionIsAsked() throws Exception {
        Script screen = new Script();
        // Each question takes several reads of the clock at 4 minutes a read: the second one ends past 10 minutes.
        StepClock clock = new StepClock(Instant.parse("2026-11-23T09:00:00Z"), Duration.ofMinutes(4));
        Summary summary = new Drill(screen, clock, AttemptSink.NONE).mock(new Drill.Plan(questions, Lang.EN, 1, 1), Duration.ofMinutes(10), true);
        assertThat(screen.events).filteredOn(e -> e.startsWith("ask")).hasSize(1);
        assertThat(summary.answered()).isEqualTo(1);
    }
}
