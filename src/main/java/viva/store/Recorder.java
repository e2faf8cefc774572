package viva.store;

import viva.bank.Question;
import viva.drill.Attempt;
import viva.drill.AttemptSink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The drill's sink into history: each attempt is committed as soon as it is rated. */
public final class Recorder implements AttemptSink {
    private final Store store;
    private final SessionSource session;
    private final Map<String, Question> questions = new HashMap<>();

    /** The session, once it is written; a drill writes it while its first question is on screen. */
    @FunctionalInterface
    public interface SessionSource {
        Session get() throws java.io.IOException;
    }

    public Recorder(Store store, SessionSource session, List<Question> asked) {
        this.store = store;
        this.session = session;
        asked.forEach(q -> questions.putIfAbsent(q.id(), q));
    }

    @Override
    public String keep(Attempt attempt) throws java.io.IOException {
        Question question = questions.get(attempt.questionId());
        if (question == null) {
            throw new IllegalStateException("attempt at " + attempt.questionId() + ", which this drill did not ask");
        }
        store.add(StoredAttempt.of(attempt, question, session.get()));
        return "";
    }
}
