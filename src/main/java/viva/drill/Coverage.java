package viva.drill;

import viva.bank.KeyPoint;
import viva.bank.Lang;
import viva.bank.Question;
import viva.text.KeywordMatcher;
import viva.text.Reading;

import java.util.List;
import java.util.Optional;

/** Which key points a typed answer mentioned, in the order the bank lists them. */
public record Coverage(List<Boolean> covered) {
    public Coverage {
        covered = List.copyOf(covered);
    }

    /**
     * For each point, the keyword the answer stated, if any; the prompt's own words never count. A point listens
     * also for the terms the question's other languages give it ({@link Question#keywords}).
     */
    public static List<Optional<String>> matches(Question question, Lang lang, String answer) {
        return matches(question.text(lang).prompt(), question.keywords(lang), answer);
    }

    /** viva's reading of an answer to the question: a point counts when the answer states one of its keywords. */
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
