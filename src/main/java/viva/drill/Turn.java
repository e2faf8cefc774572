package viva.drill;

import viva.bank.Question;
import viva.bank.QuestionText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import viva.bank.Lang;

/** One question being answered: its text, its clock, and the hints given so far. */
public final class Turn {
    private final int number;
    private final int total;
    private final Question question;
    private final QuestionText text;
    /** The language the question is shown in when it lacks the one asked for; empty when it has it. */
    private final Optional<Lang> instead;
    /** The drill's language (the Plan's), which its screens speak whatever language the question is shown in. */
    private final Lang lang;
    private final Duration budget;
    private final Clock clock;
    private final Optional<Instant> deadline;
    private Instant startedAt;
    private int hintsUsed;

    /** Keeps a ':flag' and says so; the drill's sink decides where it is kept. */
    private final Function<String, String> flagger;

    Turn(int number, int total, Question question, Lang wanted, Duration budget, Clock clock,
         Optional<Instant> deadline, boolean leech, Function<String, String> flagger) {
        this.leech = leech;
        this.flagger = flagger;
        this.number = number;
        this.total = total;
        this.question = question;
        this.text = question.text(wanted);
        this.lang = wanted;
        this.instead = question.has(wanted) ? Optional.empty() : Optional.of(question.language(wanted));
        this.budget = budget;
        this.clock = clock;
        this.deadline = deadline;
    }

    public int number() {
        return number;
    }

    /** Where this question stands: "3/10", or "3" in a mock interview that asks while time is left. */
    public String position() {
        return total > 0 ? number + "/" + total : String.valueOf(number);
    }

    /** How many questions the drill asks; 0 when that is open (a mock interview without -n). */
    public int total() {
        return total;
    }

    public Question question() {
        return question;
    }

    public QuestionText text() {
        return text;
    }

    private final boolean leech;

    /** Marks this question for editing later (':flag'); returns what to tell the person. */
    public String flag() {
        return flagger.apply(question.id());
    }

    /** Whether the question is a leech: failed so often that drilling it the same way is not working. */
    public boolean leech() {
        return leech;
    }

    /** The language shown instead of the one asked for, where the question is written only in that one. */
    public Optional<Lang> shownInstead() {
        return instead;
    }

    public Lang lang() {
        return lang;
    }

    public Duration budget() {
        return budget;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The clock starts when the question is on screen, not when it was chosen. */
    void start() {
        startedAt = clock.instant();
    }

    /** Zero until the clock has started. */
    public Duration elapsed() {
        return startedAt == null ? Duration.ZERO : Duration.between(startedAt, clock.instant());
    }

    /** In a mock interview, the time left on the overall clock (negative when it has run out). */
    public Optional<Duration> interviewLeft() {
        return deadline.map(d -> Duration.between(clock.instant(), d));
    }

    public int hintsUsed() {
        return hintsUsed;
    }

    /** The next hint, counted; empty when there are no more. */
    public Optional<String> nextHint() {
        if (hintsUsed >= text.hints().size()) {
            return Optional.empty();
        }
        return Optional.of(text.hints().get(hintsUsed++));
    }
}
