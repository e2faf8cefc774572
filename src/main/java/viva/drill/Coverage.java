package viva.drill;

import viva.bank.KeyPoint;
import viva.text.KeywordMatcher;

import java.util.List;

/** Which key points a typed answer mentioned, in the order the bank lists them. */
public record Coverage(List<Boolean> covered) {
    public Coverage {
        covered = List.copyOf(covered);
    }

    public static Coverage of(List<KeyPoint> points, String answer) {
        String folded = KeywordMatcher.fold(answer);
        return new Coverage(points.stream().map(p -> KeywordMatcher.mentions(folded, p.keywords())).toList());
    }

    public long count() {
        return covered.stream().filter(c -> c).count();
    }

    /** Whole percent, 0-100; a question without points counts as fully covered. */
    public int percent() {
        return covered.isEmpty() ? 100 : (int) Math.round(100.0 * count() / covered.size());
    }
}
