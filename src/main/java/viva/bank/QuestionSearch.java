package viva.bank;

import viva.text.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds questions by the words of their prompt, answer, key points and tags, in every language they are
 * written in. A question that has more of the words asked for ranks first; among equals, where they stand
 * decides: in the id or a tag, then the prompt, then the key points, then the answer.
 */
public final class QuestionSearch {
    private static final int ID = 8;
    private static final int TAG = 6;
    private static final int PROMPT = 4;
    private static final int POINTS = 2;
    private static final int ANSWER = 1;

    private QuestionSearch() {
    }

    /** One question found: how many of the words it has, and how well placed they are. */
    public record Hit(Question question, int matched, int score) {
    }

    /** The questions that have at least one of the query's terms, best first; ties keep the catalogue's order. */
    public static List<Hit> find(List<Question> questions, String query) {
        Set<String> asked = Terms.of(query);
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        List<Hit> hits = new ArrayList<>();
        for (Question q : questions) {
            Hit hit = score(q, asked, words);
            if (hit.matched() > 0) {
                hits.add(hit);
            }
        }
        hits.sort(Comparator.comparingInt(Hit::matched).thenComparingInt(Hit::score).reversed());
        return List.copyOf(hits);
    }

    private static Hit score(Question q, Set<String> asked, List<String> words) {
        Set<String> tags = Terms.of(String.join(" ", q.tags()));
        Set<String> prompt = new HashSet<>();
        Set<String> points = new HashSet<>();
        Set<String> answer = new HashSet<>();
        for (Lang lang : Lang.values()) {
            if (q.has(lang)) {
                QuestionText t = q.text(lang);
                prompt.addAll(Terms.of(t.prompt()));
                t.points().forEach(p -> {
                    points.addAll(Terms.of(p.text()));
                    p.keywords().forEach(k -> points.addAll(Terms.of(k)));
                });
                answer.addAll(Terms.of(t.answer()));
            }
        }
        int matched = 0;
        int score = 0;
        for (String term : asked) {
            int best = Math.max(Math.max(tags.contains(term) ? TAG : 0, prompt.contains(term) ? PROMPT : 0),
                    Math.max(points.contains(term) ? POINTS : 0, answer.contains(term) ? ANSWER : 0));
            matched += best > 0 ? 1 : 0;
            score += best;
        }
        // An id typed whole, or a piece of it ("grpo", "lora-init"), is the strongest sign of all.
        for (String word : words) {
            if (!word.isEmpty() && q.id().contains(word)) {
                score += ID;
                matched += q.id().equals(word) ? asked.size() : 0;
            }
        }
        return new Hit(q, matched, score);
    }
}
