package viva.drill;

import viva.schedule.Rating;
import viva.bank.Lang;
import viva.bank.Question;
import viva.text.Messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Runs one drill: asks each question, times it, reveals, takes a rating, and sums up. */
public final class Drill {
    private final DrillScreen screen;
    private final Clock clock;
    private final AttemptSink sink;

    public Drill(DrillScreen screen, Clock clock, AttemptSink sink) {
        this.screen = screen;
        this.clock = clock;
        this.sink = sink;
    }

    /** The settings that shape a drill but not its questions. */
    /** What to drill; {@code leeches} are the questions to mark as such in their heading. */
    public record Plan(List<Question> questions, Lang lang, double timeScale, long seed, Set<String> leeches,
                       Optional<String> again) {
        public Plan {
            questions = List.copyOf(questions);
            leeches = Set.copyOf(leeches);
        }

        public Plan(List<Question> questions, Lang lang, double timeScale, long seed) {
            this(questions, lang, timeScale, seed, Set.of(), Optional.empty());
        }

        public Plan(List<Question> questions, Lang lang, double timeScale, long seed, Set<String> leeches) {
            this(questions, lang, timeScale, seed, leeches, Optional.empty());
        }

        /** The same plan, whose summary offers {@code command} to repeat it (a mock interview is repeated as one). */
        public Plan repeatedBy(String command) {
            return new Plan(questions, lang, timeScale, seed, leeches, Optional.of(command));
        }

        public Duration budget(Question q) {
            return Duration.ofMillis(Math.round(q.time().toMillis() * timeScale)).withNanos(0);
        }
    }

    public Summary run(Plan plan) throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        List<Answered> rated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean interrupted = false;
        try {
            for (int i = 0; i < plan.questions().size(); i++) {
                Turn turn = turn(plan, i, Optional.empty(), true);
                Optional<Answered> answered = ask(turn);
                while (undoing(answered)) {
                    if (undo(attempts, rated, plan.lang())) {
                        break;
                    }
                    // Nothing was taken back: the same question, on the same clock.
                    answered = takeAnswer(turn);
                }
                if (undoing(answered)) {
                    // The question before was rated again; this one is asked afresh.
                    i--;
                    continue;
                }
                if (answered.isEmpty()) {
                    skipped.add(turn.question().id());
                    continue;
                }
                if (answered.get().answer().kind() == Answer.Kind.REVEALED) {
                    // Seen, not answered: nothing is rated or stored, and the schedule is left as it was.
                    Answered a = answered.get();
                    screen.reveal(turn, a.answer(), Optional.empty(), Duration.between(turn.startedAt(), a.endedAt()));
                    skipped.add(turn.question().id());
                    screen.read(turn);
                    continue;
                }
                revealAndRate(answered.get(), plan.lang(), attempts);
                rated.add(answered.get());
            }
        } catch (DrillEnded ended) {
            interrupted = ended.interrupted();
        }
        return sumUp(plan, attempts, skipped, interrupted);
    }

    /**
     * Takes back the last rating of this drill, as Anki's undo does: the history and the schedule forget it, and
     * the question is revealed and rated again. Only a rating given in this drill, since the last undo or skip.
     */
    private boolean undo(List<Attempt> attempts, List<Answered> rated, Lang lang) throws Exception {
        if (rated.isEmpty() || attempts.isEmpty() || attempts.get(attempts.size() - 1).rating().isEmpty()) {
            screen.note(words(lang).get("undo.nothing"));
            return false;
        }
        Attempt last = attempts.get(attempts.size() - 1);
        Optional<String> refused = sink.undo(last);
        if (refused.isPresent()) {
            screen.note(words(lang).get("undo.refused", refused.get()));
            return false;
        }
        attempts.remove(attempts.size() - 1);
        Answered again = rated.remove(rated.size() - 1);
        screen.note(words(lang).get("undo.done", last.questionId(), words(lang).get("rating." + last.rating().get().name().toLowerCase(Locale.ROOT))));
        revealAndRate(again, lang, attempts);
        rated.add(again);
        return true;
    }

    /** A flag is kept the moment it is given; a history that cannot take it does not stop the answer. */
    private String flag(String questionId, Lang lang) {
        try {
            return sink.flag(questionId);
        } catch (Exception e) {
            return words(lang).get("flag.failed", questionId, e.getMessage());
        }
    }

    /** The notes are in the drill's language, whatever language each question is shown in. */
    private static Messages words(Lang lang) {
        return Messages.of(lang.code());
    }

    private static boolean undoing(Optional<Answered> answered) {
        return answered.isPresent() && answered.get().answer().kind() == Answer.Kind.UNDO;
    }

    /** Reads the answer to the question on screen; after a note it reads on, the question's clock never stopped. */
    private Optional<Answered> takeAnswer(Turn turn) throws DrillEnded {
        Answer answer = screen.answer(turn);
        Instant endedAt = clock.instant();
        return answer.kind() == Answer.Kind.SKIPPED ? Optional.empty() : Optional.of(new Answered(turn, answer, endedAt));
    }

    /**
     * A mock interview: one overall clock as well as each question's budget, and no model answer
     * until the end, as in a real interview. Questions are asked until they run out or the time is
     * up; then each answer is revealed and rated in turn, and kept in the order it was given. Unless
     * {@code fixedCount}, the number of questions is open: each turn says how many came before, not how many are left.
     */
    public Summary mock(Plan plan, Duration length, boolean fixedCount) throws Exception {
        Instant deadline = clock.instant().plus(length);
        List<Answered> given = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        boolean interrupted = false;
        try {
            for (int i = 0; i < plan.questions().size() && clock.instant().isBefore(deadline); i++) {
                Turn turn = turn(plan, i, Optional.of(deadline), fixedCount);
                Optional<Answered> answered = ask(turn);
                while (undoing(answered)) {
                    screen.note(words(plan.lang()).get("undo.mock"));
                    answered = takeAnswer(turn);
                }
                // No model answer mid-interview: ':reveal' there is a skip.
                answered.filter(a -> a.answer().kind() != Answer.Kind.REVEALED)
                        .ifPresentOrElse(given::add, () -> skipped.add(turn.question().id()));
            }
            for (Answered answered : given) {
                revealAndRate(answered, plan.lang(), attempts);
            }
        } catch (DrillEnded ended) {
            interrupted = ended.interrupted();
            // Answers given but never revealed are the person's work too: kept, unrated.
            for (Answered answered : given.subList(attempts.size(), given.size())) {
                attempts.add(keep(answered, plan.lang(), new Marks(answered.turn().text().points().size(), coverage(answered, plan.lang())),
                        Optional.empty()));
            }
        }
        return sumUp(plan, attempts, skipped, interrupted);
    }

    private Turn turn(Plan plan, int index, Optional<Instant> deadline, boolean counted) {
        Question q = plan.questions().get(index);
        return new Turn(index + 1, counted ? plan.questions().size() : 0, q, plan.lang(), plan.budget(q), clock, deadline,
                plan.leeches().contains(q.id()), id -> flag(id, plan.lang()));
    }

    private Summary sumUp(Plan plan, List<Attempt> attempts, List<String> skipped, boolean interrupted) {
        Summary summary = Summary.of(plan.questions(), attempts, skipped, interrupted, plan.seed(), plan.again());
        screen.summary(summary);
        return summary;
    }

    /** An answer given, waiting for its reveal. */
    private record Answered(Turn turn, Answer answer, Instant endedAt) {
    }

    /** Asks one question and takes the answer; empty when skipped. */
    private Optional<Answered> ask(Turn turn) throws DrillEnded {
        screen.ask(turn);
        turn.start();
        return takeAnswer(turn);
    }

    /**
     * Shows the model answer against the one given, takes the rating, and keeps the attempt at once. Once
     * revealed the attempt exists: ending the drill at the rating prompt keeps it unrated, then ends.
     */
    private void revealAndRate(Answered a, Lang lang, List<Attempt> into) throws Exception {
        Turn turn = a.turn();
        Marks marks = new Marks(turn.text().points().size(), coverage(a, lang));
        screen.reveal(turn, a.answer(), marks.suggested(), Duration.between(turn.startedAt(), a.endedAt()));
        Rating rating;
        try {
            rating = screen.rate(turn, marks);
        } catch (DrillEnded ended) {
            into.add(keep(a, lang, marks, Optional.empty()));
            throw ended;
        }
        into.add(keep(a, lang, marks, Optional.of(rating)));
    }

    private static Optional<Coverage> coverage(Answered a, Lang lang) {
        return a.answer().kind() == Answer.Kind.TYPED
                ? Optional.of(Coverage.of(a.turn().question(), lang, a.answer().text()))
                : Optional.empty();
    }

    private Attempt keep(Answered a, Lang lang, Marks marks, Optional<Rating> rating) throws Exception {
        Turn turn = a.turn();
        Attempt attempt = new Attempt(turn.question().id(), turn.question().language(lang), turn.startedAt(), a.endedAt(), turn.budget(),
                turn.hintsUsed(), a.answer().text(), marks.confirmed(), rating, marks.suggested());
        screen.rated(attempt, sink.keep(attempt));
        return attempt;
    }
}
