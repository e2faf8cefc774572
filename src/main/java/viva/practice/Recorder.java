package viva.practice;

import viva.bank.Question;
import viva.drill.Attempt;
import viva.drill.AttemptSink;
import viva.drill.Coverage;
import viva.store.RecoveryJournal;
import viva.store.Session;
import viva.store.Store;
import viva.store.StoredAttempt;
import viva.store.TextHash;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The drill's sink into history: each attempt is committed as soon as it is rated. When the history
 * cannot take it (damaged, locked, read-only, a full disk) the attempt goes to the recovery journal
 * instead, and the person is told once why and where.
 */
public final class Recorder implements AttemptSink {
    private final Store store;
    private final SessionSource session;
    private final Supplier<Session> planned;
    private final RecoveryJournal journal;
    private final Map<String, Question> questions = new HashMap<>();
    /** Why the history could not be used, once it could not; the drill's other answers follow the first. */
    private IOException failure;
    /** Whether the person has been told why answers go to the journal. */
    private boolean told;
    /** The history's id of each attempt it took, by identity: what an undo takes out again. */
    private final Map<Attempt, Long> stored = new IdentityHashMap<>();

    /** The session, once it is written; a drill writes it while its first question is on screen. */
    @FunctionalInterface
    public interface SessionSource {
        Session get() throws IOException;
    }

    /** {@code planned} is the session as the journal records it when it never reached the history. */
    public Recorder(Store store, SessionSource session, Supplier<Session> planned, RecoveryJournal journal,
                    List<Question> asked) {
        this.store = store;
        this.session = session;
        this.planned = planned;
        this.journal = journal;
        asked.forEach(q -> questions.putIfAbsent(q.id(), q));
    }

    @Override
    public String keep(Attempt attempt) {
        Question question = questions.get(attempt.questionId());
        if (question == null) {
            throw new IllegalStateException("attempt at " + attempt.questionId() + ", which this drill did not ask");
        }
        Session written = null;
        if (failure == null) {
            try {
                written = session.get();
                stored.put(attempt, store.add(stored(attempt, question, written)));
                return "";
            } catch (IOException e) {
                failure = e;
            }
        }
        Session s = written != null ? written : planned.get();
        boolean first = !told;
        try {
            journal.append(s, stored(attempt, question, s));
        } catch (IOException e) {
            return "NOT SAVED: " + failure.getMessage() + "; the recovery journal " + journal.file() + " failed too: "
                    + e.getMessage();
        }
        told = true;
        return first ? failure.getMessage() + "; kept in the recovery journal " + journal.file()
                + ", merged into the history on the next start that can" : "kept in the recovery journal";
    }

    /**
     * Takes {@code attempt} out of the history again; empty when done, else why not (it went to the recovery
     * journal, which keeps what it was given).
     */
    public Optional<String> undo(Attempt attempt) throws IOException {
        Long id = stored.remove(attempt);
        if (id == null) {
            return Optional.of("that answer is in the recovery journal, not the history, and stays there");
        }
        store.forget(id);
        return Optional.empty();
    }

    /**
     * The drill's attempt as history keeps it: with the bank, tags and text fingerprint of the question at the
     * time, and the session it belongs to, so that a later reader can make sense of it without the bank.
     */
    public static StoredAttempt stored(Attempt attempt, Question question, Session session) {
        return new StoredAttempt(0, session.id(), session.mode(), question.id(), question.source().file(),
                TextHash.of(question.text(attempt.lang())), attempt.lang(), question.tags(), attempt.startedAt(),
                attempt.endedAt(), attempt.taken(), attempt.budget(), attempt.hintsUsed(), attempt.answer(),
                attempt.coverage().map(Coverage::covered), attempt.rating(), attempt.suggested().map(Coverage::covered));
    }

    /** Why the history did not take this drill's answers, if it did not. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }
}
