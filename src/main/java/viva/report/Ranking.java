package viva.report;

import viva.store.TagTally;
import viva.store.Tally;

import java.util.Comparator;
import java.util.List;

/**
 * What "weakest" and "slowest" mean, in one place: weakest is the lowest mean rating, then the lowest
 * coverage (aloud-only counts as unknown, after any known coverage), then the name.
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

    public static List<Report.QuestionRow> weakest(List<Report.QuestionRow> rows, int n) {
        return rows.stream().sorted(Comparator.comparing((Report.QuestionRow r) -> r.tally().tally(), WEAKEST)
                .thenComparing(r -> r.tally().questionId())).limit(n).toList();
    }

    public static List<Report.QuestionRow> slowest(List<Report.QuestionRow> rows, int n) {
        return rows.stream().sorted(Comparator.comparing((Report.QuestionRow r) -> r.tally().tally(), SLOWEST)
                .thenComparing(r -> r.tally().questionId())).limit(n).toList();
    }
}
