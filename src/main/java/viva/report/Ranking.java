package viva.report;

import viva.store.TagTally;
import viva.store.Tally;

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
    private Ranking() {
    }

    public static final Comparator<Tally> WEAKEST = Comparator.comparingDouble(Tally::meanRating)
            .thenComparingDouble(t -> t.meanCoverage().orElse(Double.MAX_VALUE));

    public static final Comparator<Tally> SLOWEST = Comparator.comparingDouble(Tally::timeRatio).reversed();

    public static List<TagTally> weakestTags(List<TagTally> tags) {
        return tags.stream().sorted(Comparator.comparing(TagTally::tally, WEAKEST).thenComparing(TagTally::tag)).toList();
    }

    /** The weakest questions as drill --weak chooses them ({@link Weakness}); {@code recall} is each question's now. */
    public static List<Report.QuestionRow> weakest(List<Report.QuestionRow> rows, int n, ToDoubleFunction<String> recall) {
        Map<String, Report.QuestionRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.tally().questionId(), r));
        return rows.stream().map(r -> new Weakness.Standing(r.tally().questionId(), recall.applyAsDouble(r.tally().questionId()),
                        r.tally().lastRating(), r.tally().tally().meanCoverage()))
                .sorted(Weakness.WEAKEST_FIRST).limit(n).map(s -> byId.get(s.id())).toList();
    }

    public static List<Report.QuestionRow> slowest(List<Report.QuestionRow> rows, int n) {
        return rows.stream().sorted(Comparator.comparing((Report.QuestionRow r) -> r.tally().tally(), SLOWEST)
                .thenComparing(r -> r.tally().questionId())).limit(n).toList();
    }
}
