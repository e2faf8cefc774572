package viva.report;

import java.util.List;
import java.util.OptionalDouble;

/** One learner of a cohort: attempts, mean rating, confirmed key-point coverage (0-100) and weakest tags, weakest first. */
public record LearnerRow(String learner, int attempts, double meanRating, OptionalDouble meanCoverage, List<String> weakestTags) {
    public LearnerRow {
        weakestTags = List.copyOf(weakestTags);
    }
}
