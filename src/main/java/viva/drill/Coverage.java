package viva.drill;

import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Question;
import viva.bank.QuestionText;
import viva.text.KeywordMatcher;
import viva.text.Reading;

import java.util.List;
import java.util.Optional;

/** Which key points a typed answer mentioned, in the order the bank lists them. */
public record Coverage(List<Boolean> covered) {
    public Coverage {
        covered = List.copyOf(covered);
    }

    /** viva's reading of an answer to the question: a point counts when the answer states one of its keywords. */
    public static Coverage of(QuestionText question, String answer) {
        return new Coverage(matches(question, answer).stream().map(Optional::isPresent).toList());
    }

    /** For each point, the keyword the answer stated, if any; the prompt's own words never count. */
    public static List<Optional<String>> matches(QuestionText question, String answer) {
        return matches(question.prompt(), question.points().stream().map(KeyPoint::keywords).toList(), answer);
    }

    /** The same, listening also for the terms the question's other languages give each point ({@link Question#keywords}). */
    public static List<Optional<String>> matches(Question question, Lang lang, String answer) {
        return matches(question.text(lang).prompt(), question.keywords(lang), answer);
    }

    public static Coverage of(Question question, Lang lang, String answer) {
        return new Coverage(matches(question, lang, answer).stream().map(Optional::isPresent).toList());
    }

    private static List<Optional<String>> matches(String promptText, List<List<String>> keywords, String answer) {
        Reading typed = Reading.of(answer);
        Reading prompt = Reading.of(promptText);
        return keywords.stream().map(k -> KeywordMatcher.find(typed, k, prompt)).toList();
    }

    /** Without a prompt to discount: for checking a bank's model answers against their own points. */
    public static Coverage of(List<KeyPoint> points, String answer) {
        Reading typed = Reading.of(answer);
        return new Coverage(points.stream().map(p -> KeywordMatcher.mentions(typed, p.keywords())).toList());
    }

    public long count() {
        return covered.stream().filter(c -> c).count();
    }

    /** Whole percent, 0-100; a question without points counts as fully covered. */
    public int percent() {
        return covered.isEmpty() ? 100 : (int) Math.round(100.0 * count() / covered.size());
    }
}
