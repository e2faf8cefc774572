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
    private final Session session;
    private final Map<String, Question> questions = new HashMap<>();

    public Recorder(Store store, Session session, List<Question> asked) {
        this.store = store;
        this.session = session;
        asked.forEach(q -> questions.putIfAbsent(q.id(), q));
    }

    @Override
    public String keep(Attempt attempt) throws StoreException {
        Question question = questions.get(attempt.questionId());
        if (question == null) {
            throw new IllegalStateException("attempt at " + attempt.questionId() + ", which this drill did not ask");
        }
        store.add(StoredAttempt.of(attempt, question, session));
        return "";
    }
}
