package viva.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every question that was loaded, in bank order, with the lookups the commands need. */
public final class Catalog {
    private final List<Question> questions;
    private final Map<String, Question> byId = new LinkedHashMap<>();

    public Catalog(List<Question> questions) {
        this.questions = List.copyOf(questions);
        questions.forEach(q -> byId.putIfAbsent(q.id(), q));
    }

    public List<Question> questions() {
        return questions;
    }

    /** The same catalogue less these questions: the suspended ones, for drills and plans. */
    public Catalog without(Set<String> ids) {
        return ids.isEmpty() ? this : new Catalog(questions.stream().filter(q -> !ids.contains(q.id())).toList());
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** Each tag with the number of questions that carry it, sorted by tag. */
    public SortedMap<String, Integer> tagCounts() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        questions.forEach(q -> q.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }
}
