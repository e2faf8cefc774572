package viva.report;


import viva.schedule.Weakness;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What "weakest" and "slowest" mean, in one place. A weakest tag has the lowest mean rating, then the lowest
 * coverage (aloud-only counts as unknown, after any known coverage), then the name; the weakest questions
 * are those drill --weak would choose first.
 */
public final class Ranking {
    /** How many questions the slowest and weakest lists hold. */
    public static final int TOP = 5;

    private Ranking() {
    }

    public static final Comparator<Totals> WEAKEST = Comparator.comparingDouble(Totals::meanRating)
            .thenComparingDouble(t -> t.meanCoverage().orElse(Double.MAX_VALUE));

    public static final Comparator<Totals> SLOWEST = Comparator.comparingDouble(Totals::timeRatio).reversed();

    public static List<TagRow> weakestTags(List<TagRow> tags) {
        return tags.stream().sorted(Comparator.comparing(TagRow::totals, WEAKEST).thenComparing(TagRow::tag)).toList();
    }

    /** The weakest questions as drill --weak chooses them ({@link Weakness}); {@code recall} is each question's now. */
    public static List<QuestionRow> weakest(List<QuestionRow> rows, int n, ToDoubleFunction<String> recall) {
        Map<String, QuestionRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.questionId(), r));
        return rows.stream().map(r -> new Weakness.Standing(r.questionId(), recall.applyAsDouble(r.questionId()),
                        r.lastRating(), r.totals().meanCoverage()))
                .sorted(Weakness.WEAKEST_FIRST).limit(n).map(s -> byId.get(s.id())).toList();
    }

    public static List<QuestionRow> slowest(List<QuestionRow> rows, int n) {
        return rows.stream().sorted(Comparator.comparing((QuestionRow r) -> r.totals(), SLOWEST)
                .thenComparing(r -> r.questionId())).limit(n).toList();
    }
}
